package io.platform.e2e;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.stub.StreamObserver;
import io.platform.policy.sdk.StructCodec;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated AWS provider (a test double for the real-CLI tests) answers like a bridged provider. */
class SimulatedAwsProviderTest {
    private static final String LB_URN =
            "urn:pulumi:staging::platform::platform:compute:Compute$aws:lb/loadBalancer:LoadBalancer::platform-staging-alb";

    @Test
    void previewAnswersEveryOutputWithTheComputedOnesUnknown() {
        CreateResponse response = call(new SimulatedAwsProvider()::create, CreateRequest.newBuilder().setUrn(LB_URN)
                .setType("aws:lb/loadBalancer:LoadBalancer").setPreview(true)
                .setProperties(StructCodec.toStruct(Map.of("name", "platform-staging-alb"))).build());

        Map<String, Value> fields = response.getProperties().getFieldsMap();
        assertThat(fields.get("name").getStringValue()).isEqualTo("platform-staging-alb");
        assertThat(fields.get("arn").getStringValue()).isEqualTo(StructCodec.UNKNOWN_STRING);
        assertThat(fields.get("dnsName").getStringValue()).isEqualTo(StructCodec.UNKNOWN_STRING);
        assertThat(response.getId()).isEmpty();
    }

    @Test
    void createAnswersTheOfflinePlansIdsAndArnsInTheConfiguredRegion() {
        SimulatedAwsProvider provider = new SimulatedAwsProvider();
        call(provider::configure, ConfigureRequest.newBuilder().putVariables("aws:region", "ca-central-1").build());
        CreateResponse response = call(provider::create, CreateRequest.newBuilder().setUrn(LB_URN)
                .setType("aws:lb/loadBalancer:LoadBalancer")
                .setProperties(StructCodec.toStruct(Map.of("name", "platform-staging-alb"))).build());

        Map<String, Value> fields = response.getProperties().getFieldsMap();
        assertThat(fields.get("arn").getStringValue())
                .startsWith("arn:aws:elasticloadbalancing:ca-central-1:123456789012:loadbalancer/app/platform-staging-alb/");
        assertThat(fields.get("dnsName").getStringValue()).endsWith(".ca-central-1.elb.amazonaws.com");
        assertThat(fields.get("accessLogs").hasNullValue()).isTrue();
        assertThat(response.getId()).isEqualTo(fields.get("name").getStringValue());
    }

    @Test
    void diffReportsExactlyTheInputsThatChanged() {
        Struct before = StructCodec.toStruct(Map.of("port", 443, "protocol", "HTTPS", "sslPolicy", "A"));
        Struct after = StructCodec.toStruct(Map.of("port", 443, "protocol", "HTTPS", "sslPolicy", "B"));

        DiffResponse changed = SimulatedAwsProvider.diff(DiffRequest.newBuilder().setOldInputs(before).setNews(after).build());
        DiffResponse same = SimulatedAwsProvider.diff(DiffRequest.newBuilder().setOldInputs(before).setNews(before).build());

        assertThat(changed.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_SOME);
        assertThat(changed.getDiffsList()).containsExactly("sslPolicy");
        assertThat(same.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);
    }

    @Test
    void invokesAnswerLikeTheOfflinePlan() {
        InvokeResponse response = call(new SimulatedAwsProvider()::invoke, InvokeRequest.newBuilder()
                .setTok("aws:index/getCallerIdentity:getCallerIdentity").build());

        assertThat(response.getReturn().getFieldsMap().get("accountId").getStringValue()).isEqualTo("123456789012");
    }

    private interface Rpc<Q, R> {
        void call(Q request, StreamObserver<R> response);
    }

    private static <Q, R> R call(Rpc<Q, R> rpc, Q request) {
        List<R> answers = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        rpc.call(request, new StreamObserver<>() {
            @Override
            public void onNext(R value) {
                answers.add(value);
            }

            @Override
            public void onError(Throwable t) {
                errors.add(t);
            }

            @Override
            public void onCompleted() {
            }
        });
        assertThat(errors).isEmpty();
        return answers.get(0);
    }
}
