package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;

/** Every bucket has a bucket policy (s3-tls-only-policy checks that it denies plain HTTP). */
public final class BucketHasTlsPolicy {
    private BucketHasTlsPolicy() {
    }

    public static StackPolicy policy() {
        return BucketCompanions.rule("s3-bucket-has-tls-policy", S3_BUCKET_POLICY, BucketCompanions.inline("policy", "policy"),
                        "bucket has no bucket policy (inline, or " + S3_BUCKET_POLICY.current()
                                + "); every bucket needs a policy that denies requests without TLS")
                .description("Every bucket has a bucket policy (s3-tls-only-policy checks that it denies plain HTTP)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("S3.5"))
                .fix("Declare a BucketPolicy that denies s3:* when aws:SecureTransport is false")
                .build();
    }
}
