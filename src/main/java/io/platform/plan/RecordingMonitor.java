package io.platform.plan;

import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.internal.MockMonitor;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
            Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
            request.getPropertyDependenciesMap().forEach((key, deps) ->
                    propertyDependencies.put(key, List.copyOf(deps.getUrnsList())));
            recorded.add(new RecordedResource(
                    response.getUrn(),
                    request.getType(),
                    request.getName(),
                    request.getParent().isEmpty() ? null : request.getParent(),
                    request.getCustom(),
                    request.getProtect(),
                    List.copyOf(request.getDependenciesList()),
                    propertyDependencies,
                    request.getObject()));
            return response;
        });
    }

    List<RecordedResource> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }
}
