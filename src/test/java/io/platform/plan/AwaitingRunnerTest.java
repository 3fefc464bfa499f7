package io.platform.plan;

import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.core.Output;
import io.platform.config.RawConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.platform.testing.StackFixture.stackFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The offline engine's runner waits for work that finishes, or starts, after the program has returned. */
class AwaitingRunnerTest {
    private static final RawConfig RAW = stackFile("staging");

    /** A value that arrives on another thread some time after the program body has returned. */
    private static Output<String> late(String value, long millis) {
        return Output.of(CompletableFuture.supplyAsync(() -> value,
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)));
    }

    private static String bucketName(RecordedResource resource) {
        return resource.inputs().getFieldsMap().get("bucket").getStringValue();
    }

    @Test
    void waitsForLateInputsAndForResourcesDeclaredInsideApply() {
        List<RecordedResource> recorded = OfflineEngine.record(RAW, "us-east-1", "123456789012", ctx -> {
            BucketV2 first = new BucketV2("late-input", BucketV2Args.builder().bucket(late("late-bucket", 300)).build());
            // Declared only once the first bucket has an id: after the program body returned.
            first.id().applyValue(id -> new BucketV2("declared-in-apply",
                    BucketV2Args.builder().bucket(late("second-" + id, 200)).build()));
        });

        assertThat(recorded).filteredOn(r -> r.type().equals("aws:s3/bucketV2:BucketV2"))
                .extracting(RecordedResource::name, AwaitingRunnerTest::bucketName)
                .containsExactly(
                        tuple("declared-in-apply", "second-late-bucket"),
                        tuple("late-input", "late-bucket"));
    }

    @Test
    void aTaskThatFailsAfterTheProgramReturnedFailsThePlanWithItsMessage() {
        assertThatThrownBy(() -> OfflineEngine.record(RAW, "us-east-1", "123456789012", ctx ->
                new BucketV2("doomed", BucketV2Args.builder().bucket(late("x", 200).applyValue(v -> {
                    throw new IllegalStateException("bucket name lookup failed for " + v);
                })).build())))
                .isInstanceOf(PlanException.class)
                // The SDK's runner reports the CompletionException and its cause; the engine names each by its root.
                .hasMessageStartingWith("the program failed: bucket name lookup failed for x");
    }
}
