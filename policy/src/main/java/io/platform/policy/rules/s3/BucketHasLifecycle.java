package io.platform.policy.rules.s3;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LIFECYCLE;
import static io.platform.policy.rules.AwsTypes.S3_DIRECTORY_BUCKET;

/** Every general purpose and directory bucket has a lifecycle configuration (inline rules or the companion). */
public final class BucketHasLifecycle {
    private static final Reference DIRECTORY_LIFECYCLE = Reference.of(S3_BUCKET_LIFECYCLE.set(), "bucket",
            S3_DIRECTORY_BUCKET.set(), "bucket", "id", "arn").normalizedBy(Joins::bucketName);

    private BucketHasLifecycle() {
    }

    public static StackPolicy policy() {
        Reference generalPurpose = Joins.bucketCompanion(S3_BUCKET_LIFECYCLE, "bucket");
        return StackPolicy.builder("s3-bucket-has-lifecycle")
                .description("Every bucket (general purpose or directory) has a lifecycle configuration")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.13", "S3.25"))
                .inspects(S3_BUCKET, S3_DIRECTORY_BUCKET, S3_BUCKET_LIFECYCLE)
                .fix("Declare a BucketLifecycleConfigurationV2 (abort incomplete uploads, expire noncurrent versions)")
                .check((stack, ctx) -> {
                    ctx.forEach(stack.of(S3_BUCKET), bucket -> {
                        if (stack.referrers(bucket, generalPurpose).isEmpty()
                                && !BucketCompanions.declaresInline(bucket, BucketCompanions.inline("lifecycleRules", "lifecycleRules"))) {
                            ctx.report(bucket, "bucket has no lifecycle configuration (inline lifecycleRules, or "
                                    + S3_BUCKET_LIFECYCLE.current() + "); every bucket needs lifecycle rules");
                        }
                    });
                    ctx.forEach(stack.of(S3_DIRECTORY_BUCKET), bucket -> {
                        if (stack.referrers(bucket, DIRECTORY_LIFECYCLE).isEmpty()) {
                            ctx.report(bucket, "directory bucket has no " + S3_BUCKET_LIFECYCLE.current()
                                    + "; every directory bucket needs lifecycle rules");
                        }
                    });
                })
                .build();
    }
}
