package io.platform.compute;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.ComputeConfig;
import io.platform.config.Naming;
import io.platform.storage.FileSystemMount;

import java.util.List;
import java.util.Map;

/**
 * Inputs of the compute tier.
 *
 * @param secretArns          secret name → ARN, for services' {@code secrets} (includes {@code database/master})
 * @param serviceEnvironment  where the data stores answer, given to every container as plain environment
 *                            (hosts and ports only, never credentials)
 * @param fileSystemMounts    service name → the EFS access points it mounts
 */
public record ComputeArgs(
        Naming naming,
        AwsAccount account,
        ComputeConfig config,
        Output<String> vpcId,
        Output<List<String>> publicSubnetIds,
        Output<List<String>> privateSubnetIds,
        Output<String> albSecurityGroupId,
        Output<String> appSecurityGroupId,
        Roles roles,
        Output<String> webAclArn,
        Map<String, Output<String>> secretArns,
        Keys keys,
        Output<String> accessLogsBucket,
        Output<String> certificateArn,
        Map<String, Output<String>> serviceEnvironment,
        Map<String, List<FileSystemMount>> fileSystemMounts) {

    public ComputeArgs {
        secretArns = Map.copyOf(secretArns);
        serviceEnvironment = Map.copyOf(serviceEnvironment);
        fileSystemMounts = Map.copyOf(fileSystemMounts);
    }

    /** The EFS access points a service mounts (none for most). */
    public List<FileSystemMount> mountsOf(String service) {
        return fileSystemMounts.getOrDefault(service, List.of());
    }

    /** The IAM roles the security tier made for ECS. */
    public record Roles(Output<String> executionRoleArn, Output<String> executionRoleName,
                        Output<String> taskRoleArn, Output<String> taskRoleName) {
    }

    /** KMS keys: secrets (what the execution role decrypts), logs, and images. */
    public record Keys(Output<String> secretsKeyArn, Output<String> logsKeyArn, Output<String> imagesKeyArn) {
    }
}
