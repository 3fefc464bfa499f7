package io.platform.storage;

import com.pulumi.Context;
import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import io.platform.plan.RecordedResource;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one component directly on the SDK's mock monitor (no stack config, no other tier)
 * and records every registration as a {@link RecordedResource}, so component tests assert
 * on the same decoded inputs as the stack tests. Buckets answer with {@code id = bucket}
 * and {@code arn = arn:aws:s3:::bucket}, like the offline engine.
 */
final class ComponentHarness {
    private static final String PROJECT = "proj";
    private static final String STACK = "test";

    private ComponentHarness() {
    }

    /** What one run registered. */
    record Run(List<RecordedResource> resources) {
        List<RecordedResource> ofType(String type) {
            return resources.stream().filter(r -> r.type().equals(type)).toList();
        }

        RecordedResource named(String name) {
            return resources.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no resource named " + name + " in " + resources));
        }

        RecordedResource single(String type) {
            List<RecordedResource> found = ofType(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type + " but found " + found);
            }
            return found.get(0);
        }
    }

    static Run run(Consumer<Context> program) {
        Logger quiet = Logger.getLogger("io.platform.storage.harness");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.SEVERE);
        Mocks mocks = new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                Map<String, Object> state = new HashMap<>(args.inputs);
                String id = args.name + "-id";
                if (args.type.equals("aws:s3/bucketV2:BucketV2")) {
                    id = (String) args.inputs.get("bucket");
                    state.put("arn", "arn:aws:s3:::" + id);
                }
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
            }
        };
        Recorder recorder = new Recorder(mocks, PulumiTestInternal.mockLog(quiet));
        try {
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(PROJECT).stackName(STACK).preview(false).build())
                    .mocks(mocks)
                    .standardLogger(quiet)
                    .monitorDecorator(ignored -> recorder)
                    .build()
                    .runTest(program);
            if (!result.exceptions().isEmpty()) {
                throw new AssertionError("the program failed", result.exceptions().get(0));
            }
            if (!result.errors().isEmpty()) {
                throw new AssertionError("the program logged errors: " + result.errors());
            }
            return new Run(recorder.recorded());
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static final class Recorder extends MockMonitor {
        private final List<RecordedResource> recorded = Collections.synchronizedList(new ArrayList<>());

        Recorder(Mocks mocks, Log log) {
            super(mocks, log);
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                                 RegisterResourceRequest request) {
            return super.registerResourceAsync(resource, request).thenApply(response -> {
                Map<String, List<String>> propertyDependencies = new HashMap<>();
                request.getPropertyDependenciesMap().forEach((key, deps) -> propertyDependencies.put(key, deps.getUrnsList()));
                recorded.add(new RecordedResource(response.getUrn(), request.getCustom() ? response.getId() : null,
                        request.getType(), request.getName(),
                        request.getParent().isEmpty() ? null : request.getParent(), request.getCustom(),
                        request.getProtect(), request.getDependenciesList(), propertyDependencies, request.getObject()));
                return response;
            });
        }

        List<RecordedResource> recorded() {
            synchronized (recorded) {
                return List.copyOf(recorded);
            }
        }
    }
}
