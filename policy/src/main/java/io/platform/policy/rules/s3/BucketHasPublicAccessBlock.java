package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.Map;

import static io.platform.policy.rules.AwsTypes.S3_PUBLIC_ACCESS_BLOCK;

/** Every bucket has a public access block (s3-public-access-block judges its four settings). */
public final class BucketHasPublicAccessBlock {
    private BucketHasPublicAccessBlock() {
    }

    public static StackPolicy policy() {
        return BucketCompanions.rule("s3-bucket-has-public-access-block", S3_PUBLIC_ACCESS_BLOCK, Map.of(),
                        "bucket has no " + S3_PUBLIC_ACCESS_BLOCK.current()
                                + "; every bucket needs a public access block with all four settings true")
                .description("Every bucket has a public access block")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("S3.8"))
                .fix("Declare a BucketPublicAccessBlock for the bucket (the secure-bucket component does)")
                .build();
    }
}
