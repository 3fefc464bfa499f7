package io.platform.plan;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.AliasOuterClass;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The SDK's mock monitor, plus a record of every registration with the URN the engine gave it. */
final class RecordingMonitor extends MockMonitor {
    private final List<RecordedResource> recorded = Collections.synchronizedList(new ArrayList<>());

    RecordingMonitor(Mocks mocks, Log log) {
        super(mocks, log);
    }

    @Override
    public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                             RegisterResourceRequest request) {
        return super.registerResourceAsync(resource, request).thenApply(response -> {
            // Dependencies are sets: the SDK lists them in the order their inputs resolved, which varies by run.
            Map<String, List<String>> propertyDependencies = new java.util.TreeMap<>();
            request.getPropertyDependenciesMap().forEach((key, deps) -> propertyDependencies.put(key,
                    deps.getUrnsList().stream().map(RecordingMonitor::engineUrn).distinct().sorted().toList()));
            recorded.add(new RecordedResource(
                    engineUrn(response.getUrn()),
                    request.getCustom() ? response.getId() : null,
                    request.getType(),
                    request.getName(),
                    request.getParent().isEmpty() ? null : engineUrn(request.getParent()),
                    request.getCustom(),
                    request.getProtect(),
                    request.getDependenciesList().stream().map(RecordingMonitor::engineUrn).distinct().sorted().toList(),
                    propertyDependencies,
                    request.getObject(),
                    request.getAliasesList().stream().map(a -> aliasUrn(a, request)).toList(),
                    List.copyOf(request.getIgnoreChangesList())));
            return response;
        });
    }

    /**
     * The mock monitor puts the root stack's type into child URNs; the real engine leaves it
     * out ({@code urn:pulumi:staging::platform::platform:network:Network$aws:ec2/vpc:Vpc::…}).
     * Plans use the engine's form so URNs in policy exemptions match real deployments.
     */
    static String engineUrn(String urn) {
        return urn.replace("::pulumi:pulumi:Stack$", "::");
    }

    /**
     * The URN an alias stands for. A spec names what changed (here: the parent); the rest is the
     * resource's own name, type, stack and project, as the engine fills them in.
     */
    static String aliasUrn(AliasOuterClass.Alias alias, RegisterResourceRequest request) {
        if (alias.hasUrn()) {
            return engineUrn(alias.getUrn());
        }
        AliasOuterClass.Alias.Spec spec = alias.getSpec();
        String name = spec.getName().isEmpty() ? request.getName() : spec.getName();
        String type = spec.getType().isEmpty() ? request.getType() : spec.getType();
        String parent = spec.hasParentUrn() && !spec.getParentUrn().isEmpty() ? engineUrn(spec.getParentUrn())
                : spec.getNoParent() ? "" : engineUrn(request.getParent());
        String[] own = engineUrn(request.getParent()).split("::");
        String[] parts = parent.isEmpty() ? own : parent.split("::");
        boolean underStack = parent.isEmpty() || parts[2].equals("pulumi:pulumi:Stack");
        return own[0] + "::" + own[1] + "::" + (underStack ? type : parts[2] + "$" + type) + "::" + name;
    }

    /**
     * In URN order: registrations complete in whatever order their inputs resolve, and a plan
     * (and its JSON, diffed between pull requests) must not change from one run to the next.
     */
    List<RecordedResource> recorded() {
        synchronized (recorded) {
            return recorded.stream().sorted(java.util.Comparator.comparing(RecordedResource::urn)).toList();
        }
    }
}
