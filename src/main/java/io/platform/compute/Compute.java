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
import com.pulumi.aws.codedeploy.Application;
import com.pulumi.aws.codedeploy.ApplicationArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.servicediscovery.HttpNamespace;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.SecretRef;
import io.platform.config.ServiceConfig;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.Collections;
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
    private final Map<String, FargateService> services = new LinkedHashMap<>();

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
        Optional<HttpNamespace> namespace = ServiceMesh.namespace(args, child);
        Optional<Application> deployments = config.codeDeployServices().isEmpty() ? Optional.empty()
                : Optional.of(new Application(naming.name("ecs-deploy"), ApplicationArgs.builder()
                        .name(naming.name("ecs-deploy"))
                        .computePlatform("ECS")
                        .tags(naming.tags("ecs-deploy"))
                        .build(), child));
        for (ServiceConfig service : config.services()) {
            Output<String> image = service.image().map(Output::of).orElseGet(() ->
                    repositories.get(service.repository().orElseThrow()).applyValue(url -> url + ":" + service.tag()));
            FargateServiceArgs serviceArgs = new FargateServiceArgs(naming, args.account(), service,
                    new FargateServiceArgs.Cluster(cluster.arn(), cluster.name()), image,
                    new FargateServiceArgs.Placement(args.privateSubnetIds(), Output.all(List.of(
                            args.appSecurityGroupId(), args.workloads().serviceSecurityGroupIds().get(service.name())))),
                    args.roles().executionRoleArn(), args.workloads().taskRoles().get(service.name()),
                    ServiceMesh.environment(args, service), args.secretArns(), args.mountsOf(service.name()),
                    new FargateServiceArgs.Logs(args.keys().logsKeyArn(), config.logRetentionDays()),
                    config.execEnabled(), loadBalancing(service),
                    namespace.map(ns -> ServiceMesh.membership(config, service, ns)).flatMap(m -> m),
                    deployments.map(app -> new FargateServiceArgs.Rollout(app.name(),
                            args.workloads().codeDeployRoleArn().orElseThrow())).filter(r ->
                            service.deployment().strategy().usesCodeDeploy()));
            // A service names FARGATE as its capacity provider, which must be associated with the cluster first.
            services.put(service.name(), new FargateService(naming.name(service.name() + "-service"), serviceArgs,
                    ComponentResourceOptions.builder().parent(this).build(), List.of(capacity)));
        }

        registerOutputs(Map.of(
                "clusterName", cluster.name(),
                "albDnsName", alb.dnsName(),
                "albZoneId", alb.loadBalancer.zoneId()));
    }

    private Optional<FargateServiceArgs.LoadBalancing> loadBalancing(ServiceConfig service) {
        TargetGroup blue = alb.targetGroups.get(service.name());
        if (blue == null) {
            return Optional.empty();
        }
        return Optional.of(new FargateServiceArgs.LoadBalancing(handle(blue),
                Optional.ofNullable(alb.greenTargetGroups.get(service.name())).map(Compute::handle),
                alb.https.arn(), alb.test.map(Listener::arn), alb.loadBalancer.arnSuffix()));
    }

    private static FargateServiceArgs.TargetGroupHandle handle(TargetGroup group) {
        return new FargateServiceArgs.TargetGroupHandle(group.arn(), group.name(), group.arnSuffix());
    }

    /**
     * The execution role reads exactly the secrets the services reference (including the
     * RDS-managed master secret), and decrypts them with the secrets key.
     */
    private static void allowSecretInjection(ComputeArgs args, CustomResourceOptions child) {
        TreeSet<String> referenced = new TreeSet<>();
        args.config().services().forEach(s -> s.secrets().values().forEach(ref -> referenced.add(SecretRef.parse(ref).name())));
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

    /**
     * ECS Exec (outside production only) needs the SSM message channels and the exec log key, on the
     * shared task role and on every service's own.
     */
    private static void allowExec(ComputeArgs args, LogGroup execLogs, CustomResourceOptions child) {
        execPolicy(args, "ecs-task-exec", args.roles().taskRoleName(), execLogs, child);
        args.workloads().taskRoles().entrySet().stream().filter(e -> !e.getValue().shared())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> execPolicy(args, e.getKey() + "-task-exec", e.getValue().name(), execLogs, child));
    }

    private static void execPolicy(ComputeArgs args, String name, Output<String> role, LogGroup execLogs,
                                   CustomResourceOptions child) {
        new RolePolicy(args.naming().name(name), RolePolicyArgs.builder()
                .role(role)
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

    /** The HTTPS listener, for targets other tiers register behind the ALB (instances). */
    public Output<String> httpsListenerArn() {
        return alb.https.arn();
    }

    /** Service name → its unit (ECS service, log group, scalable target, config). */
    public Map<String, FargateService> services() {
        return Collections.unmodifiableMap(services);
    }

    /** Service name → ECS service name, for alarms and schedules. */
    public Map<String, Output<String>> serviceNames() {
        Map<String, Output<String>> names = new LinkedHashMap<>();
        services.forEach((name, s) -> names.put(name, s.serviceName()));
        return names;
    }

    /** Service name → its target group's ARN suffix (public services only), for alarms. */
    public Map<String, Output<String>> targetGroupArnSuffixes() {
        Map<String, Output<String>> suffixes = new LinkedHashMap<>();
        alb.targetGroups.forEach((name, group) -> suffixes.put(name, group.arnSuffix()));
        return suffixes;
    }

    /** Service name → its log group name, for metric filters and queries. */
    public Map<String, Output<String>> logGroupNames() {
        Map<String, Output<String>> groups = new LinkedHashMap<>();
        services.forEach((name, s) -> groups.put(name, s.logGroupName()));
        return groups;
    }

    /**
     * Service name → the {@code service/<cluster>/<service>} id of its registered scalable target;
     * scheduled scaling built from it waits for the target to exist.
     */
    public Map<String, Output<String>> scalableResourceIds() {
        Map<String, Output<String>> ids = new LinkedHashMap<>();
        services.forEach((name, s) -> ids.put(name, s.scalableResourceId()));
        return ids;
    }

    /** Service name → its config (min tasks for alarms, etc.). */
    public Map<String, ServiceConfig> serviceConfigs() {
        Map<String, ServiceConfig> configs = new LinkedHashMap<>();
        services.forEach((name, s) -> configs.put(name, s.config()));
        return configs;
    }
}
