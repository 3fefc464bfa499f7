package io.platform.data;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import io.platform.config.DataConfig;
import io.platform.config.Naming;

import java.util.List;
import java.util.Optional;

/**
 * Inputs of one {@link ReadReplica}. What is not an option: never public, encrypted storage and
 * Performance Insights with a key of the replica's region, enhanced monitoring, the PostgreSQL log
 * exported, IAM authentication, the TLS-only parameter group.
 *
 * @param database     the source's settings (engine version policy, storage ceiling, deletion protection)
 * @param source       what the replica replicates: the source's identifier in its region, its ARN elsewhere
 * @param placement    where the replica lives and what encrypts it
 */
public record ReadReplicaArgs(Naming naming, DataConfig.Database database, DataConfig.ReadReplica replica,
                              Output<String> source, Placement placement, Output<String> rdsMonitoringRoleArn) {

    /** @param provider the other region's provider; empty in the stack's region */
    public record Placement(Optional<Provider> provider, Output<String> keyArn, Output<String> subnetGroupName,
                            Output<List<String>> securityGroupIds, Output<String> parameterGroupName) {
    }
}
