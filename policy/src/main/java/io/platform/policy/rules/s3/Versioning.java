package io.platform.policy.rules.s3;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_VERSIONING;

/** Buckets keep object versions: inline (either shape) or on the versioning companion (6.x V2 or 7.x). */
public final class Versioning {
    private static final String WHY = "S3 buckets must keep object versions";

    private Versioning() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-versioning")
                .description("S3 buckets keep object versions")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.14"))
                .types(S3_BUCKET, S3_BUCKET_VERSIONING)
                .fix("Enable versioning (versioningConfiguration.status Enabled on a BucketVersioningV2)")
                .check((r, ctx) -> {
                    if (S3_BUCKET.has(r.type())) {
                        S3Inline.eachVersioning(r, ctx, (v, label) -> Checks.requireTrue(v, "enabled", label + ".enabled", ctx, WHY));
                        return;
                    }
                    ctx.isolated(() -> {
                        String status = r.properties().map("versioningConfiguration").string("status").orElse(null);
                        if (!"Enabled".equals(status)) {
                            ctx.report("versioningConfiguration.status is " + (status == null ? "not set" : status) + "; " + WHY);
                        }
                    });
                })
                .build();
    }
}
