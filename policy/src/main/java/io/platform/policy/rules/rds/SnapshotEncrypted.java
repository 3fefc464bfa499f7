package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_SNAPSHOT;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_SNAPSHOT;

/**
 * Snapshots are encrypted: a manual snapshot is encrypted exactly when its database is, so the rule
 * follows each snapshot to the database of the stack it is taken from (one outside the stack is not judged).
 */
public final class SnapshotEncrypted {
    private static final Reference SNAPSHOT_INSTANCE = Reference.of(RDS_SNAPSHOT.set(), "dbInstanceIdentifier",
            RDS_INSTANCE.set(), "identifier", "id");
    private static final Reference SNAPSHOT_CLUSTER = Reference.of(RDS_CLUSTER_SNAPSHOT.set(), "dbClusterIdentifier",
            RDS_CLUSTER.set(), "clusterIdentifier", "id");

    private SnapshotEncrypted() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("rds-snapshot-encrypted")
                .description("RDS and cluster snapshots are taken of encrypted databases")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.4"))
                .inspects(RDS_SNAPSHOT, RDS_CLUSTER_SNAPSHOT, RDS_INSTANCE, RDS_CLUSTER)
                .fix("Encrypt the database (storageEncrypted with a KMS key); copy old snapshots with kmsKeyId")
                .check((stack, ctx) -> {
                    ctx.forEach(stack.of(RDS_SNAPSHOT, RDS_CLUSTER_SNAPSHOT), snapshot -> {
                        Reference ref = RDS_SNAPSHOT.has(snapshot.type()) ? SNAPSHOT_INSTANCE : SNAPSHOT_CLUSTER;
                        for (PolicyResource db : stack.targets(snapshot, ref)) {
                            if (!db.properties().bool("storageEncrypted", false) && !db.properties().has("replicateSourceDb")) {
                                ctx.report(snapshot, "snapshot of " + db.name() + " whose storageEncrypted is "
                                        + db.properties().display("storageEncrypted") + "; snapshots must be encrypted at rest");
                            }
                        }
                    });
                })
                .build();
    }
}
