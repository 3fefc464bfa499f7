package io.platform.compute;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.ClusterCapacityProvidersArgs;
import com.pulumi.aws.ecs.inputs.ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationExecuteCommandConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterConfigurationExecuteCommandConfigurationLogConfigurationArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compute tier (SPEC §3.4): ECR repositories, the ECS cluster, one Fargate service per
 * entry of {@code platform:compute.services}, and the ALB in front of the public ones.
 */
public final class Compute extends ComponentResource {
    private final Cluster cluster;
    private final ApplicationLoadBalancer alb;
    private final List<FargateService> services = new ArrayList<>();

    public Compute(String name, ComputeArgs args, ComponentResourceOptions options) {
        super("platform:compute:Compute", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        var config = args.config();

        Map<String, Output<String>> repositories = Registry.declare(args, child);

        var clusterArgs = ClusterArgs.builder()
                .name(naming.name("cluster"))
                .settings(ClusterSettingArgs.builder().name("containerInsights").value("enabled").build())
                .tags(naming.tags("cluster"));
        if (config.execEnabled()) {
            // Every ECS Exec session is logged, encrypted, for audit.
            LogGroup execLogs = new LogGroup(naming.name("ecs-exec-logs"), LogGroupArgs.builder()
                    .name("/" + naming.project() + "/" + naming.environment() + "/ecs/exec")
                    .retentionInDays(config.logRetentionDays())
                    .kmsKeyId(args.keys().logsKeyArn())
                    .tags(naming.tags("ecs-exec-logs"))
                    .build(), child);
            clusterArgs.configuration(ClusterConfigurationArgs.builder()
                    .executeCommandConfiguration(ClusterConfigurationExecuteCommandConfigurationArgs.builder()
                            .kmsKeyId(args.keys().logsKeyArn())
                            .logging("OVERRIDE")
                            .logConfiguration(ClusterConfigurationExecuteCommandConfigurationLogConfigurationArgs.builder()
                                    .cloudWatchLogGroupName(execLogs.name())
                                    .cloudWatchEncryptionEnabled(true)
                                    .build())
                            .build())
                    .build());
            allowExec(args, execLogs, child);
        }
        cluster = new Cluster(naming.name("cluster"), clusterArgs.build(), child);
        ClusterCapacityProviders capacity = new ClusterCapacityProviders(naming.name("cluster-capacity"),
                ClusterCapacityProvidersArgs.builder()
                .clusterName(cluster.name())
                .capacityProviders("FARGATE", "FARGATE_SPOT")
                .defaultCapacityProviderStrategies(ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs.builder()
                        .capacityProvider("FARGATE").base(1).weight(1).build())
                .build(), child);

        alb = new ApplicationLoadBalancer(args, child);
        allowSecretInjection(args, child);
        for (ServiceConfig service : config.services()) {
            Output<String> image = service.image().map(Output::of).orElseGet(() ->
                    repositories.get(service.repository().orElseThrow()).applyValue(url -> url + ":" + service.tag()));
            // A service names FARGATE as its capacity provider, which must be associated with the cluster first.
            services.add(new FargateService(args, service, cluster.arn(), cluster.name(), image,
                    Optional.ofNullable(alb.targetGroups.get(service.name())),
                    CustomResourceOptions.builder().parent(this).dependsOn(capacity).build()));
        }

        registerOutputs(Map.of(
                "clusterName", cluster.name(),
                "albDnsName", alb.dnsName(),
                "albZoneId", alb.loadBalancer.zoneId()));
    }

    /**
     * The execution role reads exactly the secrets the services reference (including the
     * RDS-managed master secret), and decrypts them with the secrets key.
     */
    private static void allowSecretInjection(ComputeArgs args, CustomResourceOptions child) {
        TreeSet<String> referenced = new TreeSet<>();
        args.config().services().forEach(s -> referenced.addAll(s.secrets().values()));
        if (referenced.isEmpty()) {
            return;
        }
        Output<List<String>> arns = Output.all(referenced.stream().map(args.secretArns()::get).toList());
        new RolePolicy(args.naming().name("ecs-execution-secrets"), RolePolicyArgs.builder()
                .role(args.roles().executionRoleName())
                .policy(Output.tuple(arns, args.keys().secretsKeyArn()).applyValue(t -> PolicyDocument.create()
                        .statement(Statement.allow("InjectServiceSecrets")
                                .actions("secretsmanager:GetSecretValue").resources(t.t1))
                        .statement(Statement.allow("DecryptServiceSecrets")
                                .actions("kms:Decrypt").resources(t.t2))
                        .toJson()))
                .build(), child);
    }

    /** ECS Exec (outside production only) needs the SSM message channels and the exec log key. */
    private static void allowExec(ComputeArgs args, LogGroup execLogs, CustomResourceOptions child) {
        new RolePolicy(args.naming().name("ecs-task-exec"), RolePolicyArgs.builder()
                .role(args.roles().taskRoleName())
                .policy(Output.tuple(args.keys().logsKeyArn(), execLogs.arn()).applyValue(t -> PolicyDocument.create()
                        // The SSM message-channel actions have no resource-level permissions.
                        .statement(Statement.allow("EcsExecChannels")
                                .actions("ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                                        "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel")
                                .resources("*"))
                        .statement(Statement.allow("EcsExecLogEncryption")
                                .actions("kms:Decrypt", "kms:GenerateDataKey").resources(t.t1))
                        // The session's transcript goes to the exec log group, written as the task role.
                        .statement(Statement.allow("EcsExecSessionLogs")
                                .actions("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams")
                                .resources(t.t2, t.t2 + ":log-stream:*"))
                        .statement(Statement.allow("EcsExecFindLogGroup")
                                .actions("logs:DescribeLogGroups").resources(t.t2))
                        .toJson()))
                .build(), child);
    }

    public Output<String> clusterName() {
        return cluster.name();
    }

    public Output<String> albDnsName() {
        return alb.dnsName();
    }

    public Output<String> albZoneId() {
        return alb.loadBalancer.zoneId();
    }

    public Output<String> albArnSuffix() {
        return alb.loadBalancer.arnSuffix();
    }

    /** Service name → ECS service name, for alarms and schedules. */
    public Map<String, Output<String>> serviceNames() {
        Map<String, Output<String>> names = new LinkedHashMap<>();
        services.forEach(s -> names.put(s.config.name(), s.service.name()));
        return names;
    }

    /** Service name → its target group's ARN suffix (public services only), for alarms. */
    public Map<String, Output<String>> targetGroupArnSuffixes() {
        Map<String, Output<String>> suffixes = new LinkedHashMap<>();
        services.forEach(s -> s.targetGroup.ifPresent(g -> suffixes.put(s.config.name(), g.arnSuffix())));
        return suffixes;
    }

    /** Service name → its log group name, for metric filters and queries. */
    public Map<String, Output<String>> logGroupNames() {
        Map<String, Output<String>> groups = new LinkedHashMap<>();
        services.forEach(s -> groups.put(s.config.name(), s.logGroup.name()));
        return groups;
    }

    /**
     * Service name → the {@code service/<cluster>/<service>} id of its registered scalable target;
     * scheduled scaling built from it waits for the target to exist.
     */
    public Map<String, Output<String>> scalableResourceIds() {
        Map<String, Output<String>> ids = new LinkedHashMap<>();
        services.forEach(s -> ids.put(s.config.name(), s.scalingTarget.resourceId()));
        return ids;
    }

    /** Service name → its config (min tasks for alarms, etc.). */
    public Map<String, ServiceConfig> serviceConfigs() {
        Map<String, ServiceConfig> configs = new LinkedHashMap<>();
        services.forEach(s -> configs.put(s.config.name(), s.config));
        return configs;
    }
}
