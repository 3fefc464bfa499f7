package io.platform.operations;

import com.pulumi.Context;
import com.pulumi.Log;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
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
 * Runs operations-tier components directly on the SDK's mock monitor and records, for every
 * registration, the provider reference the engine would create it through. The stack plans do
 * not keep that reference; this is how a test sees which region a resource really lands in.
 */
final class ProviderHarness {
    static final String ACCOUNT = "123456789012";

    private ProviderHarness() {
    }

    /** One registration: {@code provider} is {@code <provider urn>::<provider id>}, empty for the default provider. */
    record Registration(String type, String name, String urn, String id, String provider, String parent,
                        Map<String, Object> inputs) {
        /** The reference other resources use to name this one as their provider. */
        String reference() {
            return urn + "::" + id;
        }
    }

    static List<Registration> run(Consumer<Context> program) {
        Logger quiet = Logger.getLogger("io.platform.operations.harness");
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
                } else {
                    state.putIfAbsent("arn", "arn:test:" + args.type + ":" + args.name);
                }
                state.putIfAbsent("name", args.name);
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                Map<String, Object> result = switch (args.token) {
                    case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of("accountId", ACCOUNT,
                            "arn", "arn:aws:sts::" + ACCOUNT + ":assumed-role/test/test", "userId", "AROATEST:test",
                            "id", ACCOUNT);
                    case "aws:index/getPartition:getPartition" -> Map.of("partition", "aws",
                            "dnsSuffix", "amazonaws.com", "reverseDnsPrefix", "com.amazonaws", "id", "aws");
                    case "aws:index/getAvailabilityZones:getAvailabilityZones" -> Map.of(
                            "names", List.of("us-east-1a", "us-east-1b", "us-east-1c"),
                            "zoneIds", List.of("use1-az1", "use1-az2", "use1-az3"), "id", "us-east-1",
                            "groupNames", List.of("us-east-1"));
                    default -> throw new IllegalArgumentException("unexpected data source " + args.token);
                };
                return CompletableFuture.completedFuture(result);
            }
        };
        Recorder recorder = new Recorder(mocks, PulumiTestInternal.mockLog(quiet));
        try {
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName("platform").stackName("staging").preview(false).build())
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
            return recorder.recorded();
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static final class Recorder extends MockMonitor {
        private final List<Registration> recorded = Collections.synchronizedList(new ArrayList<>());

        Recorder(Mocks mocks, Log log) {
            super(mocks, log);
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                                 RegisterResourceRequest request) {
            return super.registerResourceAsync(resource, request).thenApply(response -> {
                Map<String, Object> inputs = new HashMap<>();
                request.getObject().getFieldsMap().forEach((k, v) -> inputs.put(k, v.hasStringValue()
                        ? v.getStringValue() : v.toString()));
                recorded.add(new Registration(request.getType(), request.getName(), response.getUrn(),
                        response.getId(), request.getProvider(), request.getParent(), inputs));
                return response;
            });
        }

        List<Registration> recorded() {
            synchronized (recorded) {
                return List.copyOf(recorded);
            }
        }
    }
}
