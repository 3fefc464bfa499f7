package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_SNAPSHOT;
import static io.platform.policy.rules.AwsTypes.RDS_SNAPSHOT;
import static io.platform.policy.rules.AwsTypes.RDS_SNAPSHOT_COPY;

/** Manual snapshots are never shared with everyone ({@code sharedAccounts} "all"). */
public final class SnapshotPrivate {
    private SnapshotPrivate() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-snapshot-private")
                .description("RDS snapshots are not public")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("RDS.1"))
                .types(RDS_SNAPSHOT, RDS_CLUSTER_SNAPSHOT, RDS_SNAPSHOT_COPY)
                .fix("Remove \"all\" from sharedAccounts; share with named account ids only")
                .check((r, ctx) -> {
                    if (r.properties().strings("sharedAccounts").stream().anyMatch(a -> a.equalsIgnoreCase("all"))) {
                        ctx.report("sharedAccounts includes all; snapshots must not be public");
                    }
                })
                .build();
    }
}
