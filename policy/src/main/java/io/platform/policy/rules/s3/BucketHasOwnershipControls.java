package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.Map;

import static io.platform.policy.rules.AwsTypes.S3_OWNERSHIP_CONTROLS;

/** Every bucket has ownership controls (s3-ownership-enforced judges them). */
public final class BucketHasOwnershipControls {
    private BucketHasOwnershipControls() {
    }

    public static StackPolicy policy() {
        return BucketCompanions.rule("s3-bucket-has-ownership-controls", S3_OWNERSHIP_CONTROLS, Map.of(),
                        "bucket has no " + S3_OWNERSHIP_CONTROLS.current()
                                + "; every bucket must disable ACLs with BucketOwnerEnforced")
                .description("Every bucket has ownership controls")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.12"))
                .fix("Declare BucketOwnershipControls with objectOwnership BucketOwnerEnforced for the bucket")
                .build();
    }
}
