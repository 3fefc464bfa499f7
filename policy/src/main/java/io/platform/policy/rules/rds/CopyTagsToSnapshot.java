package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Snapshots carry the database's tags (owner, data classification) so they are governed like it. */
public final class CopyTagsToSnapshot {
    private CopyTagsToSnapshot() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-copy-tags-to-snapshot")
                .description("RDS instances and clusters copy their tags to snapshots")
                .severity(Severity.LOW).controls(SecurityHub.controls("RDS.16", "RDS.17", "RDS.47", "RDS.48"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set copyTagsToSnapshot to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "copyTagsToSnapshot", ctx,
                        "snapshots must carry the database's tags"))
                .build();
    }
}
