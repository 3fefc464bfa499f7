package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET_SSE;

/** Every bucket has a default-encryption configuration (s3-sse-kms judges it). */
public final class BucketHasEncryption {
    private BucketHasEncryption() {
    }

    public static StackPolicy policy() {
        return BucketCompanions.rule("s3-bucket-has-encryption", S3_BUCKET_SSE,
                        BucketCompanions.inline("serverSideEncryptionConfiguration", "serverSideEncryptionConfigurations"),
                        "bucket has no default-encryption configuration (inline, or " + S3_BUCKET_SSE.current()
                                + "); every bucket needs SSE-KMS default encryption")
                .description("Every bucket has a default-encryption configuration")
                .severity(Severity.HIGH).controls(SecurityHub.controls("S3.17"))
                .fix("Declare a BucketServerSideEncryptionConfigurationV2 with aws:kms for the bucket")
                .build();
    }
}
