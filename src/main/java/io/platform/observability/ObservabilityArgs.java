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
        Cache cache,
        Map<String, Output<String>> distributionIds,
        Optional<Provider> usEast1,
        boolean scheduledDowntime) {

    public ObservabilityArgs {
        services = List.copyOf(services);
        distributionIds = Map.copyOf(distributionIds);
    }

    /** @param targetGroups public service name → target group ARN suffix */
    public record LoadBalancer(Output<String> arnSuffix, Map<String, Output<String>> targetGroups) {
    }

    public record Service(String name, Output<String> serviceName, Output<String> logGroupName, int minTasks) {
    }

    /** @param cluster true for Aurora (DBClusterIdentifier), false for an RDS instance (DBInstanceIdentifier) */
    public record Database(Output<String> identifier, boolean cluster, int maxConnections, int storageCeilingGb) {
    }

    /** @param nodes member clusters of the replication group: {@code <id>-001} is the primary */
    public record Cache(Output<String> replicationGroupId, int nodes) {
    }
}
