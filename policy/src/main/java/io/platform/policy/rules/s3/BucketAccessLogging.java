package io.platform.policy.rules.s3;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.Set;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LOGGING;

/** Every bucket logs requests, except the buckets that receive access logs (they would log into themselves). */
public final class BucketAccessLogging {
    private BucketAccessLogging() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("s3-bucket-access-logging")
                .description("Every bucket logs requests, except the bucket that receives access logs")
                .inspects(TokenFamily.union(BucketCompanions.ACCESS_LOG_WRITER_FAMILIES))
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.9", "CloudTrail.7"))
                .fix("Declare a BucketLoggingV2 that writes to the access-log bucket")
                .check((stack, ctx) -> {
                    Set<String> logBuckets = BucketCompanions.accessLogBuckets(stack);
                    ctx.forEach(stack.of(S3_BUCKET), bucket -> {
                        if (logBuckets.contains(bucket.urn())
                                || !stack.referrers(bucket, Joins.bucketCompanion(S3_BUCKET_LOGGING, "bucket")).isEmpty()
                                || BucketCompanions.declaresInline(bucket, BucketCompanions.inline("loggings", "loggings"))) {
                            return;
                        }
                        BucketCompanions.requireLogTargetsKnown(stack);
                        ctx.report(bucket, "bucket has no access logging (inline loggings, or " + S3_BUCKET_LOGGING.current()
                                + "); every bucket except the access-log bucket must log requests");
                    });
                })
                .build();
    }
}
