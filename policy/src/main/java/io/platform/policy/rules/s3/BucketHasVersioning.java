package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET_VERSIONING;

/** Every bucket has a versioning configuration (s3-versioning judges it). */
public final class BucketHasVersioning {
    private BucketHasVersioning() {
    }

    public static StackPolicy policy() {
        return BucketCompanions.rule("s3-bucket-has-versioning", S3_BUCKET_VERSIONING,
                        BucketCompanions.inline("versioning", "versionings"),
                        "bucket has no versioning configuration (inline, or " + S3_BUCKET_VERSIONING.current()
                                + "); every bucket must keep object versions")
                .description("Every bucket has a versioning configuration")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.14"))
                .fix("Declare a BucketVersioningV2 with status Enabled for the bucket")
                .build();
    }
}
