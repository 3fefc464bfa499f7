package io.platform.policy.rules.rds;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Production databases take a final snapshot when deleted (read replicas cannot, and are skipped). */
public final class FinalSnapshot {
    private FinalSnapshot() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-final-snapshot")
                .description("Production databases take a final snapshot when deleted")
                .severity(Severity.HIGH)
                .noPublicControl("a final snapshot only exists when a database is deleted, which no posture check "
                        + "observes; the nearest controls (RDS.7/RDS.8 deletion protection) are rds-deletion-protection's")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .productionOnly()
                .fix("Set skipFinalSnapshot to false and finalSnapshotIdentifier to a name for the snapshot")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (RDS_INSTANCE.has(r.type()) && p.has("replicateSourceDb")) {
                        return; // RDS takes no final snapshot of a read replica
                    }
                    if (p.bool("skipFinalSnapshot", false)) {
                        ctx.report("skipFinalSnapshot is true; production databases must take a final snapshot when deleted");
                    } else if (p.nonBlank("finalSnapshotIdentifier").isEmpty()) {
                        ctx.report("finalSnapshotIdentifier is not set; production databases need a final snapshot "
                                + "name so deleting them keeps a backup");
                    }
                })
                .build();
    }
}
