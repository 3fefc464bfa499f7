package io.platform.operations;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.OperationsConfig;

import java.util.List;
import java.util.Optional;

/**
 * Inputs of the operations tier.
 *
 * @param services          ECS services that auto-shutdown scales to zero at night
 * @param disasterRecovery  the DR tier, when a DR region is configured
 */
public record OperationsArgs(
        Naming naming,
        AwsAccount account,
        OperationsConfig config,
        Output<String> dataKeyArn,
        Output<String> alertTopicArn,
        Database database,
        Output<String> clusterName,
        List<Service> services,
        Optional<DisasterRecovery> disasterRecovery) {

    public OperationsArgs {
        services = List.copyOf(services);
    }

    /** @param cluster true for Aurora; its backups are copied by AWS Backup, not replicated by RDS */
    public record Database(Output<String> identifier, Output<String> arn, boolean cluster, int backupRetentionDays) {
    }

    /** @param scalableResourceId the registered scalable target's id ({@code service/<cluster>/<service>}) */
    public record Service(String name, Output<String> scalableResourceId, int min, int max) {
    }
}
