package io.platform.observability;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.ObservabilityConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of the observability tier: the real resources the alarms and dashboard watch.
 *
 * @param distributionIds   front-end name → CloudFront distribution id (its metrics live in us-east-1)
 * @param functionNames     the Lambda functions' names, for their dashboard
 * @param scheduledDowntime services and database are stopped every night (dev auto-shutdown)
 */
public record ObservabilityArgs(
        Naming naming,
        AwsAccount account,
        ObservabilityConfig config,
        Output<String> logsKeyArn,
        LoadBalancer alb,
        Output<String> clusterName,
        List<Service> services,
        Database database,
        Optional<Cache> cache,
        List<Replica> replicas,
        List<ReplicatedBucket> replicatedBuckets,
        Map<String, Output<String>> distributionIds,
        Optional<Provider> usEast1,
        List<String> functionNames,
        boolean scheduledDowntime) {

    public ObservabilityArgs {
        services = List.copyOf(services);
        replicas = List.copyOf(replicas);
        replicatedBuckets = List.copyOf(replicatedBuckets);
        distributionIds = Map.copyOf(distributionIds);
        functionNames = List.copyOf(functionNames);
    }

    /** @param targetGroups public service name → target group ARN suffix */
    public record LoadBalancer(Output<String> arnSuffix, Map<String, Output<String>> targetGroups) {
    }

    public record Service(String name, Output<String> serviceName, Output<String> logGroupName, int minTasks) {
    }

    /** @param cluster true for Aurora (DBClusterIdentifier), false for an RDS instance (DBInstanceIdentifier) */
    public record Database(Output<String> identifier, boolean cluster, int maxConnections, int storageCeilingGb) {
    }

    /**
     * A database read replica; its metrics live in its region, so alarms on one in another region are
     * made through that region's provider.
     */
    public record Replica(String name, Output<String> identifier, Optional<String> region, Optional<Provider> provider) {
    }

    /**
     * A bucket replicated to the DR region: S3 publishes its replication metrics per source, destination
     * and rule (with replication metrics on, as {@code SecureBucket} turns them on).
     */
    public record ReplicatedBucket(String name, Output<String> sourceBucket, Output<String> destinationBucket,
                                   String ruleId) {
    }

    /**
     * The Redis replication group's shape: its member clusters are {@code <id>-001} (the primary) to
     * {@code <id>-00N}, or in cluster mode {@code <id>-0001-001} … {@code <id>-<shard>-<node>}.
     */
    public record Cache(Output<String> replicationGroupId, boolean clusterMode, int shards, int nodesPerShard) {
        /** The member suffixes, in order: {@code 001}, … or {@code 0001-001}, …. */
        public List<String> members() {
            return io.platform.config.RedisNodes.suffixes(clusterMode, shards, nodesPerShard);
        }
    }
}
