package io.platform.compute;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.security.TaskRole;
import io.platform.storage.FileSystemMount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of one {@link FargateService}. Safe settings are not options here: read-only root file
 * system, user 1000, no public IP, secrets by ARN, the circuit breaker under rolling deployments,
 * target-tracking scaling on CPU and memory.
 *
 * @param placement      private subnets and the groups (the app tier's and the service's own)
 * @param environment    plain environment of the container (hosts, ports, Service Connect URLs)
 * @param secretArns     secret name → ARN, for the service's {@code secrets}
 * @param fileSystems    the EFS access points it mounts (volumes with IAM authorization and TLS in transit)
 * @param loadBalancer   the target group(s) and listeners, for public services
 * @param serviceConnect the Cloud Map namespace, when the service calls or is called
 * @param rollout        CodeDeploy's application and role, for blue/green and canary services
 */
public record FargateServiceArgs(
        Naming naming,
        AwsAccount account,
        ServiceConfig config,
        Cluster cluster,
        Output<String> image,
        Placement placement,
        Output<String> executionRoleArn,
        TaskRole taskRole,
        Map<String, Output<String>> environment,
        Map<String, Output<String>> secretArns,
        List<FileSystemMount> fileSystems,
        Logs logs,
        boolean execEnabled,
        Optional<LoadBalancing> loadBalancer,
        Optional<ServiceConnect> serviceConnect,
        Optional<Rollout> rollout) {

    public FargateServiceArgs {
        environment = Map.copyOf(environment);
        secretArns = Map.copyOf(secretArns);
        fileSystems = List.copyOf(fileSystems);
    }

    public record Cluster(Output<String> arn, Output<String> name) {
    }

    public record Placement(Output<List<String>> subnetIds, Output<List<String>> securityGroupIds) {
    }

    public record Logs(Output<String> keyArn, int retentionDays) {
    }

    /**
     * @param green        the second target group CodeDeploy moves traffic to (CodeDeploy services only)
     * @param testListener the listener CodeDeploy sends test traffic through (CodeDeploy services only)
     */
    public record LoadBalancing(TargetGroupHandle blue, Optional<TargetGroupHandle> green,
                                Output<String> productionListenerArn, Optional<Output<String>> testListener,
                                Output<String> loadBalancerArnSuffix) {
    }

    public record TargetGroupHandle(Output<String> arn, Output<String> name, Output<String> arnSuffix) {
    }

    /** {@code server}: other services call this one, so it publishes its port under its name. */
    public record ServiceConnect(Output<String> namespaceArn, boolean server) {
    }

    public record Rollout(Output<String> applicationName, Output<String> serviceRoleArn) {
    }
}
