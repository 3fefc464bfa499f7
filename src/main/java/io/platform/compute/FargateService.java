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
import com.pulumi.aws.ecs.inputs.ServiceDeploymentControllerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceArgs;
import com.pulumi.aws.ecs.inputs.ServiceServiceConnectConfigurationServiceClientAliasArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeEfsVolumeConfigurationArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeEfsVolumeConfigurationAuthorizationConfigArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.aws.OutputMaps;
import io.platform.config.Naming;
import io.platform.config.SecretRef;
import io.platform.config.ServiceConfig;
import io.platform.storage.FileSystemMount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ECS service from config (SPEC §3.4), {@code platform:compute:FargateService}: log group,
 * task definition (with the EFS access points it mounts), service in the private subnets,
 * target-tracking autoscaling on CPU and memory, and — for blue/green and canary services — its
 * CodeDeploy deployment group.
 *
 * <p>Its children were once declared straight under the compute tier; each carries an alias naming
 * that parent, so deployed stacks keep their resources instead of replacing them.
 */
public final class FargateService extends ComponentResource {
    static final double CPU_TARGET = 70;
    static final double MEMORY_TARGET = 80;
    /** The ECS service joins Service Connect under this port name (the container's port mapping). */
    static final String PORT_NAME_FORMAT = "%s-%d";

    private final ServiceConfig config;
    private final Service service;
    private final LogGroup logGroup;
    private final Target scalingTarget;

    /** @param options its parent is the compute tier, which the children's aliases name */
    public FargateService(String name, FargateServiceArgs args, ComponentResourceOptions options,
                          List<Resource> serviceDependsOn) {
        super("platform:compute:FargateService", name, options);
        this.config = args.config();
        Naming naming = args.naming();
        String unit = config.name();
        Alias[] formerParent = options.getParent().map(p -> new Alias[]{Alias.builder().parent(p).build()})
                .orElse(new Alias[0]);
        var child = CustomResourceOptions.builder().parent(this).aliases(formerParent).build();

        logGroup = new LogGroup(naming.name(unit + "-logs"), LogGroupArgs.builder()
                .name(naming.serviceLogGroup(unit))
                .retentionInDays(args.logs().retentionDays())
                .kmsKeyId(args.logs().keyArn())
                .tags(naming.tags(unit + "-logs"))
                .build(), child);

        List<TaskDefinitionVolumeArgs> volumes = new ArrayList<>();
        volumes.add(TaskDefinitionVolumeArgs.builder().name(ContainerDefinitions.TMP_VOLUME).build());
        args.fileSystems().forEach(m -> volumes.add(efsVolume(m)));
        TaskDefinition task = new TaskDefinition(naming.name(unit + "-task"), TaskDefinitionArgs.builder()
                .family(naming.name(unit))
                .cpu(Integer.toString(config.cpu()))
                .memory(Integer.toString(config.memory()))
                .networkMode("awsvpc")
                .requiresCompatibilities("FARGATE")
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX").cpuArchitecture("X86_64").build())
                .executionRoleArn(args.executionRoleArn())
                .taskRoleArn(args.taskRole().arn())
                .containerDefinitions(containers(args))
                .volumes(volumes)
                .tags(naming.tags(unit + "-task"))
                .build(), child);

        boolean codeDeploy = config.deployment().strategy().usesCodeDeploy();
        var serviceOptions = CustomResourceOptions.builder().parent(this).aliases(formerParent)
                .dependsOn(serviceDependsOn);
        if (codeDeploy) {
            // CodeDeploy registers new task definitions and moves the load balancer between task sets.
            serviceOptions.ignoreChanges("taskDefinition", "loadBalancers");
        }
        this.service = new Service(naming.name(unit), serviceArgs(args, task, codeDeploy), serviceOptions.build());

        Output<String> resourceId = Output.format("service/%s/%s", args.cluster().name(), service.name());
        Target target = this.scalingTarget = new Target(naming.name(unit + "-scaling"), TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension("ecs:service:DesiredCount")
                .resourceId(resourceId)
                .minCapacity(config.min())
                .maxCapacity(config.max())
                .tags(naming.tags(unit + "-scaling"))
                .build(), child);
        targetTracking(naming, unit + "-cpu", target, "ECSServiceAverageCPUUtilization", CPU_TARGET, child);
        targetTracking(naming, unit + "-memory", target, "ECSServiceAverageMemoryUtilization", MEMORY_TARGET, child);

        if (codeDeploy) {
            CodeDeployRollout.declare(args, service, args.cluster().name(), CustomResourceOptions.builder().parent(this)
                    .build());
        }
        registerOutputs(Map.of("serviceName", service.name(), "logGroupName", logGroup.name()));
    }

    private Output<String> containers(FargateServiceArgs args) {
        Map<String, Output<String>> secrets = new LinkedHashMap<>();
        config.secrets().forEach((variable, text) -> {
            SecretRef ref = SecretRef.parse(text);
            secrets.put(variable, args.secretArns().get(ref.name()).applyValue(ref::valueFrom));
        });
        String logGroupName = args.naming().serviceLogGroup(config.name());
        List<ContainerDefinitions.Mount> mounts = args.fileSystems().stream().map(m -> new ContainerDefinitions.Mount(
                m.volumeName(), m.containerPath(), m.readOnly())).toList();
        return Output.tuple(args.image(), OutputMaps.resolve(args.environment()), OutputMaps.resolve(secrets))
                .applyValue(t -> ContainerDefinitions.render(config, t.t1, logGroupName, args.account().region(),
                        t.t2, t.t3, mounts));
    }

    private ServiceArgs serviceArgs(FargateServiceArgs args, TaskDefinition task, boolean codeDeploy) {
        Naming naming = args.naming();
        var service = ServiceArgs.builder()
                .name(naming.name(config.name()))
                .cluster(args.cluster().arn())
                .taskDefinition(task.arn())
                .desiredCount(config.desiredCount())
                .capacityProviderStrategies(ServiceCapacityProviderStrategyArgs.builder()
                        .capacityProvider("FARGATE").base(1).weight(1).build())
                .platformVersion("LATEST")
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(args.placement().subnetIds())
                        .securityGroups(args.placement().securityGroupIds())
                        .assignPublicIp(false)
                        .build())
                .deploymentMinimumHealthyPercent(100)
                .deploymentMaximumPercent(200)
                .enableExecuteCommand(args.execEnabled())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                .tags(naming.tags(config.name()));
        if (codeDeploy) {
            service.deploymentController(ServiceDeploymentControllerArgs.builder().type("CODE_DEPLOY").build());
        } else {
            service.deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true)
                    .build());
        }
        args.loadBalancer().ifPresent(lb -> service
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(lb.blue().arn())
                        .containerName(config.name())
                        .containerPort(config.port())
                        .build())
                .healthCheckGracePeriodSeconds(60));
        args.serviceConnect().ifPresent(sc -> service.serviceConnectConfiguration(serviceConnect(sc)));
        return service.build();
    }

    /** Callers resolve {@code http://<name>:<port>}; a service only called needs no published port. */
    private ServiceServiceConnectConfigurationArgs serviceConnect(FargateServiceArgs.ServiceConnect sc) {
        var connect = ServiceServiceConnectConfigurationArgs.builder().enabled(true).namespace(sc.namespaceArn());
        if (sc.server()) {
            connect.services(ServiceServiceConnectConfigurationServiceArgs.builder()
                    .portName(String.format(PORT_NAME_FORMAT, config.name(), config.port()))
                    .discoveryName(config.name())
                    .clientAlias(ServiceServiceConnectConfigurationServiceClientAliasArgs.builder()
                            .dnsName(config.name()).port(config.port()).build())
                    .build());
        }
        return connect.build();
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

    public ServiceConfig config() {
        return config;
    }

    public Output<String> serviceName() {
        return service.name();
    }

    public Output<String> logGroupName() {
        return logGroup.name();
    }

    /** The {@code service/<cluster>/<service>} id of the registered scalable target. */
    public Output<String> scalableResourceId() {
        return scalingTarget.resourceId();
    }
}
