package io.platform.policy.rules.rds;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;

/** Production Aurora clusters have at least two instances (Multi-AZ failover). */
public final class AuroraMultiAz {
    private AuroraMultiAz() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("rds-aurora-multi-az")
                .description("Production Aurora clusters have at least two instances (Multi-AZ failover)")
                .inspects(RDS_CLUSTER, RDS_CLUSTER_INSTANCE)
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.15"))
                .productionOnly()
                .setting(Setting.integer("minimumInstances", "Minimum cluster instances in production", 2, 2, 16))
                .fix("Add a second ClusterInstance (a reader in another AZ) to the cluster")
                .check((stack, ctx) -> {
                    int minimum = ctx.settings().integer("minimumInstances");
                    ctx.forEach(stack.of(RDS_CLUSTER), cluster -> {
                        if (!cluster.properties().string("engine").orElse("").startsWith("aurora")) {
                            return; // Multi-AZ DB clusters of other engines always run three instances
                        }
                        int instances = stack.referrers(cluster, Joins.CLUSTER_INSTANCE_CLUSTER).size();
                        if (instances < minimum && !stack.unresolved(Joins.CLUSTER_INSTANCE_CLUSTER).isEmpty()) {
                            throw new UnknownValueException("clusterIdentifier"); // an instance's cluster is not known yet
                        }
                        if (instances < minimum) {
                            ctx.report(cluster, "cluster has " + instances + " " + RDS_CLUSTER_INSTANCE.current()
                                    + "; production Aurora clusters need at least " + minimum
                                    + " instances in different AZs for Multi-AZ failover");
                        }
                    });
                })
                .build();
    }
}
