package io.platform.e2e;

import com.google.common.collect.ImmutableMap;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.test.Mocks;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.platform.plan.SimulatedAws;
import io.platform.policy.sdk.StructCodec;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * TEST DOUBLE — never use it for a real deployment. A Pulumi resource provider plugin that
 * pretends to be {@code aws} so the real Pulumi engine can preview, deploy and destroy the
 * program without AWS. Every answer comes from the offline plan's {@link SimulatedAws}: ids,
 * ARNs and computed outputs are the ones the plan shows, derived from each resource's name.
 *
 * <p>The engine starts one process per provider instance (the default provider and each
 * explicit one, e.g. the us-east-1 provider for CloudFront certificates), so the region comes
 * from {@code Configure}. {@code Diff} compares old and new inputs exactly: a program that
 * declares a different value on every run shows up as a change.
 */
public final class SimulatedAwsProvider extends ResourceProviderGrpc.ResourceProviderImplBase {
    /** The pulumi-aws version the Java SDK's {@code plugin.json} asks the engine for. */
    public static final String VERSION = "6.83.0";
    static final String ACCOUNT_ID = "123456789012";

    private static final Value UNKNOWN = Value.newBuilder().setStringValue(StructCodec.UNKNOWN_STRING).build();
    private static final Value NULL = Value.newBuilder().setNullValue(com.google.protobuf.NullValue.NULL_VALUE).build();

    private volatile SimulatedAws aws = new SimulatedAws("us-east-1", ACCOUNT_ID);

    public static void main(String[] args) throws Exception {
        // The engine passes its own address first; a provider that does not call back needs none.
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(new SimulatedAwsProvider())
                .build()
                .start();
        // The engine reads the port from the first line of stdout; nothing else may go there.
        System.out.println(server.getPort());
        System.out.flush();
        server.awaitTermination();
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> response) {
        answer(response, () -> PluginInfo.newBuilder().setVersion(VERSION).build());
    }

    @Override
    public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> response) {
        answer(response, () -> CheckResponse.newBuilder().setInputs(request.getNews()).build());
    }

    @Override
    public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> response) {
        answer(response, () -> diff(request));
    }

    @Override
    public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> response) {
        answer(response, () -> {
            aws = new SimulatedAws(region(request), ACCOUNT_ID);
            // Secrets arrive as plain values; the engine marks the outputs of secret inputs secret again.
            return ConfigureResponse.newBuilder().setSupportsPreview(true).build();
        });
    }

    @Override
    public void check(CheckRequest request, StreamObserver<CheckResponse> response) {
        answer(response, () -> CheckResponse.newBuilder().setInputs(request.getNews()).build());
    }

    @Override
    public void diff(DiffRequest request, StreamObserver<DiffResponse> response) {
        answer(response, () -> diff(request));
    }

    @Override
    public void create(CreateRequest request, StreamObserver<CreateResponse> response) {
        answer(response, () -> {
            String type = typeOf(request.getUrn(), request.getType());
            if (request.getPreview()) {
                // Like a bridged provider: the inputs now, every other output unknown until the resource exists.
                return CreateResponse.newBuilder()
                        .setProperties(withAllOutputs(type, request.getProperties(), UNKNOWN)).build();
            }
            Mocks.ResourceResult result = simulate(request.getUrn(), type, request.getProperties(), null);
            return CreateResponse.newBuilder().setId(result.id.orElseThrow())
                    .setProperties(withAllOutputs(type, StructCodec.toStruct(state(result)), NULL)).build();
        });
    }

    @Override
    public void read(ReadRequest request, StreamObserver<ReadResponse> response) {
        answer(response, () -> ReadResponse.newBuilder().setId(request.getId())
                .setProperties(request.getProperties()).setInputs(request.getInputs()).build());
    }

    @Override
    public void update(UpdateRequest request, StreamObserver<UpdateResponse> response) {
        answer(response, () -> {
            String type = typeOf(request.getUrn(), request.getType());
            if (request.getPreview()) {
                // The outputs it had, with the new inputs over them.
                return UpdateResponse.newBuilder()
                        .setProperties(request.getOlds().toBuilder().putAllFields(request.getNews().getFieldsMap()))
                        .build();
            }
            Mocks.ResourceResult result = simulate(request.getUrn(), type, request.getNews(), request.getId());
            return UpdateResponse.newBuilder()
                    .setProperties(withAllOutputs(type, StructCodec.toStruct(state(result)), NULL)).build();
        });
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<Empty> response) {
        answer(response, Empty::getDefaultInstance);
    }

    @Override
    public void invoke(InvokeRequest request, StreamObserver<InvokeResponse> response) {
        answer(response, () -> {
            ImmutableMap.Builder<String, Object> args = ImmutableMap.builder();
            StructCodec.toJava(request.getArgs()).forEach((k, v) -> {
                if (v != null) {
                    args.put(k, v);
                }
            });
            Map<String, Object> result = aws.callAsync(new Mocks.CallArgs(request.getTok(), args.build(), null)).join();
            return InvokeResponse.newBuilder().setReturn(StructCodec.toStruct(result)).build();
        });
    }

    @Override
    public void cancel(Empty request, StreamObserver<Empty> response) {
        answer(response, Empty::getDefaultInstance);
    }

    private Mocks.ResourceResult simulate(String urn, String type, Struct inputs, String id) {
        Map<String, Object> values = StructCodec.toJava(inputs);
        return aws.newResourceAsync(new Mocks.ResourceArgs(type, Urns.name(urn), values, null, id)).join();
    }

    private static String typeOf(String urn, String type) {
        return type.isEmpty() ? Urns.type(urn) : type;
    }

    /** Every output of the type's schema, {@code missing} where the properties do not have it. */
    static Struct withAllOutputs(String type, Struct properties, Value missing) {
        Struct.Builder all = properties.toBuilder();
        for (String output : OutputSchema.outputs(type)) {
            if (!all.containsFields(output)) {
                all.putFields(output, missing);
            }
        }
        return all.build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Mocks.ResourceResult result) {
        return (Map<String, Object>) result.state;
    }

    /** Exact comparison of the inputs the engine has on record with the ones the program declares now. */
    static DiffResponse diff(DiffRequest request) {
        Struct olds = request.hasOldInputs() ? request.getOldInputs() : request.getOlds();
        Struct news = request.getNews();
        TreeSet<String> keys = new TreeSet<>(olds.getFieldsMap().keySet());
        keys.addAll(news.getFieldsMap().keySet());
        keys.removeAll(request.getIgnoreChangesList());
        DiffResponse.Builder diff = DiffResponse.newBuilder();
        for (String key : keys) {
            Value before = olds.getFieldsMap().get(key);
            Value after = news.getFieldsMap().get(key);
            if (before == null ? after != null : !before.equals(after)) {
                diff.addDiffs(key);
            }
        }
        return diff.setChanges(diff.getDiffsCount() == 0 ? DiffResponse.DiffChanges.DIFF_NONE
                : DiffResponse.DiffChanges.DIFF_SOME).build();
    }

    /** The provider's {@code region} argument, or the stack's {@code aws:region} variable. */
    static String region(ConfigureRequest request) {
        Value fromArgs = request.getArgs().getFieldsMap().get("region");
        if (fromArgs != null && fromArgs.hasStringValue() && !fromArgs.getStringValue().isEmpty()) {
            return fromArgs.getStringValue();
        }
        Map<String, String> variables = new LinkedHashMap<>(request.getVariablesMap());
        return variables.getOrDefault("aws:region", variables.getOrDefault("aws:config:region", "us-east-1"));
    }

    private static <T> void answer(StreamObserver<T> response, Supplier<T> work) {
        try {
            response.onNext(work.get());
            response.onCompleted();
        } catch (RuntimeException e) {
            response.onError(Status.INTERNAL.withDescription("simulated aws: " + e.getMessage())
                    .withCause(e).asRuntimeException());
        }
    }
}
