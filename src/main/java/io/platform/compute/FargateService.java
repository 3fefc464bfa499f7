package io.platform.compute;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.aws.ecs.ServiceArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeEfsVolumeConfigurationArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeEfsVolumeConfigurationAuthorizationConfigArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.OutputMaps;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.storage.FileSystemMount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ECS service from config (SPEC §3.4): log group, task definition, service in the
 * private subnets, and target-tracking autoscaling on CPU and memory.
 */
final class FargateService {
    static final double CPU_TARGET = 70;
    static final double MEMORY_TARGET = 80;

    final ServiceConfig config;
    final Service service;
    final LogGroup logGroup;
    final Optional<TargetGroup> targetGroup;
    final Target scalingTarget;

    FargateService(ComputeArgs args, ServiceConfig config, Output<String> clusterArn, Output<String> clusterName,
                   Output<String> image, Optional<TargetGroup> targetGroup, CustomResourceOptions serviceOptions) {
        var child = CustomResourceOptions.builder().parent(serviceOptions.getParent().orElseThrow()).build();
        this.config = config;
        this.targetGroup = targetGroup;
        Naming naming = args.naming();
        String name = config.name();

        logGroup = new LogGroup(naming.name(name + "-logs"), LogGroupArgs.builder()
                .name(naming.serviceLogGroup(name))
                .retentionInDays(args.config().logRetentionDays())
                .kmsKeyId(args.keys().logsKeyArn())
                .tags(naming.tags(name + "-logs"))
                .build(), child);

        Map<String, Output<String>> environment = new LinkedHashMap<>(args.serviceEnvironment());
        config.environment().forEach((k, v) -> environment.put(k, Output.of(v)));
        Map<String, Output<String>> secrets = new LinkedHashMap<>();
        config.secrets().forEach((variable, secret) -> secrets.put(variable, args.secretArns().get(secret)));
        List<FileSystemMount> fileSystems = args.mountsOf(name);
        List<ContainerDefinitions.Mount> mounts = fileSystems.stream().map(m -> new ContainerDefinitions.Mount(
                m.volumeName(), m.containerPath(), m.readOnly())).toList();
        Output<String> containers = Output.tuple(image, OutputMaps.resolve(environment), OutputMaps.resolve(secrets))
                .applyValue(t -> ContainerDefinitions.render(config, t.t1, naming.serviceLogGroup(name),
                        args.account().region(), t.t2, t.t3, mounts));
        List<TaskDefinitionVolumeArgs> volumes = new ArrayList<>();
        volumes.add(TaskDefinitionVolumeArgs.builder().name(ContainerDefinitions.TMP_VOLUME).build());
        fileSystems.forEach(m -> volumes.add(efsVolume(m)));

        TaskDefinition task = new TaskDefinition(naming.name(name + "-task"), TaskDefinitionArgs.builder()
                .family(naming.name(name))
                .cpu(Integer.toString(config.cpu()))
                .memory(Integer.toString(config.memory()))
                .networkMode("awsvpc")
                .requiresCompatibilities("FARGATE")
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX").cpuArchitecture("X86_64").build())
                .executionRoleArn(args.roles().executionRoleArn())
                .taskRoleArn(args.roles().taskRoleArn())
                .containerDefinitions(containers)
                .volumes(volumes)
                .tags(naming.tags(name + "-task"))
                .build(), child);

        var service = ServiceArgs.builder()
                .name(naming.name(name))
                .cluster(clusterArn)
                .taskDefinition(task.arn())
                .desiredCount(config.desiredCount())
                .capacityProviderStrategies(ServiceCapacityProviderStrategyArgs.builder()
                        .capacityProvider("FARGATE").base(1).weight(1).build())
                .platformVersion("LATEST")
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(args.privateSubnetIds())
                        .securityGroups(args.appSecurityGroupId().applyValue(List::of))
                        .assignPublicIp(false)
                        .build())
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .deploymentMinimumHealthyPercent(100)
                .deploymentMaximumPercent(200)
                .enableExecuteCommand(args.config().execEnabled())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                .tags(naming.tags(name));
        targetGroup.ifPresent(group -> service
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(group.arn())
                        .containerName(name)
                        .containerPort(config.port())
                        .build())
                .healthCheckGracePeriodSeconds(60));
        this.service = new Service(naming.name(name), service.build(), serviceOptions);

        Output<String> resourceId = Output.format("service/%s/%s", clusterName, this.service.name());
        Target target = this.scalingTarget = new Target(naming.name(name + "-scaling"), TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(resourceId)
                .minCapacity(config.min())
                .maxCapacity(config.max())
                .tags(naming.tags(name + "-scaling"))
                .build(), child);
        targetTracking(naming, name + "-cpu", target, "ECSServiceAverageCPUUtilization", CPU_TARGET, child);
        targetTracking(naming, name + "-memory", target, "ECSServiceAverageMemoryUtilization", MEMORY_TARGET, child);
    }

    /** An EFS access point mounted with the task role (IAM authorization) over TLS. */
    private static TaskDefinitionVolumeArgs efsVolume(FileSystemMount mount) {
        return TaskDefinitionVolumeArgs.builder()
                .name(mount.volumeName())
                .efsVolumeConfiguration(TaskDefinitionVolumeEfsVolumeConfigurationArgs.builder()
                        .fileSystemId(mount.fileSystemId())
                        .transitEncryption("ENABLED")
                        .authorizationConfig(TaskDefinitionVolumeEfsVolumeConfigurationAuthorizationConfigArgs.builder()
                                .accessPointId(mount.accessPointId())
                                .iam("ENABLED")
                                .build())
                        .build())
                .build();
    }

    private static void targetTracking(Naming naming, String name, Target target, String metric, double value,
                                       CustomResourceOptions child) {
        new Policy(naming.name(name), PolicyArgs.builder()
                .name(naming.name(name))
                .policyType("TargetTrackingScaling")
                .serviceNamespace(target.serviceNamespace())
                .scalableDimension(target.scalableDimension())
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .predefinedMetricSpecification(
                                PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                        .predefinedMetricType(metric).build())
                        .targetValue(value)
                        // Scale out fast, scale in slowly: a flapping service is worse than a spare task.
                        .scaleOutCooldown(60)
                        .scaleInCooldown(300)
                        .build())
                .build(), child);
    }
}
