package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.platform.policy.Tokens;
import io.platform.policy.sdk.PolicyExecutionException;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureResponse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The service without gRPC transport: what each RPC answers, and how failures become statuses. */
class AnalyzerServiceTest {
    static final CompletableFuture<AnalyzerService.LoadedPack> PACK =
            CompletableFuture.completedFuture(AnalyzerService.LoadedPack.load());

    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final EngineLog log = new EngineLog(new PrintStream(err, true, StandardCharsets.UTF_8));
    final AtomicInteger cancels = new AtomicInteger();

    AnalyzerService service(CompletableFuture<AnalyzerService.LoadedPack> pack) {
        log.toStderrOnly();
        return new AnalyzerService(pack, new AnalyzerState(), log, cancels::incrementAndGet);
    }

    /** Collects one unary answer. */
    static final class Answer<T> implements StreamObserver<T> {
        T value;
        Throwable error;
        boolean completed;

        @Override
        public void onNext(T v) {
            value = v;
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onCompleted() {
            completed = true;
        }

        Status status() {
            return ((StatusRuntimeException) error).getStatus();
        }
    }

    @Test
    void analysisBeforeConfigureStackWarnsOnceThatTheStackIsUnknown() {
        AnalyzerService service = service(PACK);
        for (int i = 0; i < 3; i++) {
            Answer<AnalyzeResponse> answer = new Answer<>();
            service.analyze(Requests.analyze("staging", Tokens.S3_PUBLIC_ACCESS_BLOCK, "pab",
                    Map.of("blockPublicAcls", false, "blockPublicPolicy", true, "ignorePublicAcls", true,
                            "restrictPublicBuckets", true)), answer);
            assertThat(answer.completed).isTrue();
            assertThat(answer.value.getDiagnosticsCount()).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("ConfigureStack was not called before analysis");
    }

    @Test
    void aStackWithoutANameIsRefused() {
        Answer<AnalyzerStackConfigureResponse> answer = new Answer<>();
        service(PACK).configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("platform").build(), answer);
        assertThat(answer.status().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(answer.status().getDescription()).isEqualTo("ConfigureStack: AnalyzerStackConfigureRequest.stack is empty");
    }

    @Test
    void aPackThatFailedToLoadIsReportedOnEveryRpcThatNeedsIt() {
        CompletableFuture<AnalyzerService.LoadedPack> broken = new CompletableFuture<>();
        broken.completeExceptionally(new IllegalStateException("taggable-types.txt is missing from the classpath"));
        Answer<AnalyzerInfo> answer = new Answer<>();
        service(broken).getAnalyzerInfo(Empty.getDefaultInstance(), answer);
        assertThat(answer.status().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(answer.status().getDescription()).isEqualTo("GetAnalyzerInfo: the policy pack failed to load: "
                + "java.lang.IllegalStateException: taggable-types.txt is missing from the classpath");
    }

    @Test
    void cancelAnswersThenStopsAndRefusesFurtherAnalysis() {
        AnalyzerService service = service(PACK);
        Answer<Empty> cancelled = new Answer<>();
        service.cancel(Empty.getDefaultInstance(), cancelled);
        assertThat(cancelled.completed).isTrue();
        assertThat(cancels).hasValue(1);

        Answer<AnalyzeResponse> after = new Answer<>();
        service.analyze(Requests.analyze("staging", Tokens.S3_PUBLIC_ACCESS_BLOCK, "pab", Map.of()), after);
        assertThat(after.status().getCode()).isEqualTo(Status.Code.CANCELLED);
        assertThat(after.status().getDescription()).isEqualTo("the analyzer was cancelled and is stopping");
    }

    @Test
    void secretsAreMaskedInTheTextOfAFailingRule() {
        io.platform.policy.sdk.PolicyResource r = io.platform.policy.sdk.PolicyResource.builder(Tokens.RDS_INSTANCE, "db")
                .property("password", new io.platform.policy.sdk.Secret("hunter2-password")).build();
        assertThat(AnalyzerService.masked("policy x failed on urn:db: java.lang.NumberFormatException: For input string: "
                + "\"hunter2-password\"", java.util.List.of(r)))
                .isEqualTo("policy x failed on urn:db: java.lang.NumberFormatException: For input string: \"[secret]\"");
    }

    @Test
    void aFailingRuleIsAnInternalErrorNamingThePolicyAndResource() {
        Status status = AnalyzerService.toStatus("Analyze", new PolicyExecutionException(
                "policy s3-sse-kms failed on urn:x: java.lang.NullPointerException", new NullPointerException())).getStatus();
        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).isEqualTo("policy s3-sse-kms failed on urn:x: java.lang.NullPointerException");
    }
}
