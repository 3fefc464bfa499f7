package io.platform.compute;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.ComputeConfig;
import io.platform.config.Naming;
import io.platform.security.TaskRole;
import io.platform.storage.FileSystemMount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of the compute tier.
 *
 * @param secretArns          secret name → ARN, for services' {@code secrets} (includes {@code database/master})
 * @param serviceEnvironment  where the data stores answer, given to every container as plain environment
 *                            (hosts and ports only, never credentials)
 * @param fileSystemMounts    service name → the EFS access points it mounts
 * @param workloads           per-service groups and task roles, CodeDeploy's role, route priorities
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
        Map<String, List<FileSystemMount>> fileSystemMounts,
        Workloads workloads) {

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

    /**
     * What the security tier made per service, and where each route sits on the listener.
     *
     * @param serviceSecurityGroupIds service → its own group (service-to-service rules), beside the app group
     * @param taskRoles               service → the task role it runs as
     * @param codeDeployRoleArn       CodeDeploy's role, when a service deploys blue/green or canary
     * @param routePriorities         {@code service:<name>} / {@code instance:<name>} → listener-rule priority
     */
    public record Workloads(Map<String, Output<String>> serviceSecurityGroupIds, Map<String, TaskRole> taskRoles,
                            Optional<Output<String>> codeDeployRoleArn, Map<String, Integer> routePriorities) {
        public Workloads {
            serviceSecurityGroupIds = Map.copyOf(serviceSecurityGroupIds);
            taskRoles = Map.copyOf(taskRoles);
            routePriorities = Map.copyOf(routePriorities);
        }
    }

    /** KMS keys: secrets (what the execution role decrypts), logs, and images. */
    public record Keys(Output<String> secretsKeyArn, Output<String> logsKeyArn, Output<String> imagesKeyArn) {
    }
}
