package io.platform.security;

import com.pulumi.aws.iam.OpenIdConnectProvider;
import com.pulumi.aws.iam.OpenIdConnectProviderArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.SecurityConfig;
import io.platform.config.ServiceConfig;
import io.platform.iam.DeclaredStatements;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IAM roles of seed 001 §5.2.1. Each trust policy names one service (or GitHub's
 * OIDC provider with audience and subject conditions) and pins the account; each
 * permission names its resources. {@code *} appears as a resource only for the actions
 * AWS does not scope to a resource (noted where used), never with a {@code *} action.
 */
final class Roles {
    private static final String GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
    /** GitHub's published intermediate thumbprints; AWS no longer checks them for GitHub but the API needs one. */
    private static final List<String> GITHUB_THUMBPRINTS = List.of(
            "6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd");
    private static final List<String> ECR_PULL = List.of(
            "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");
    private static final List<String> ECR_PUSH = List.of(
            "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage");

    final Role taskExecution;
    final Role task;
    /** Service name → its own task role, for services that declare statements. */
    final Map<String, Role> serviceTasks = new LinkedHashMap<>();
    final Optional<Role> codeDeploy;
    final Role rdsMonitoring;
    final Role githubDeploy;

    private final Naming naming;
    private final AwsAccount account;
    private final CustomResourceOptions child;
    private final List<String> serviceTaskNames;

    Roles(SecurityArgs args, CustomResourceOptions child) {
        this.naming = args.naming();
        this.account = args.account();
        this.child = child;
        this.serviceTaskNames = args.serviceNames();
        taskExecution = taskExecutionRole(args);
        task = taskRole(args);
        for (ServiceConfig service : args.workloads().compute().services()) {
            if (args.workloads().ownTaskRole(service)) {
                serviceTasks.put(service.name(), serviceTaskRole(args, service));
            }
        }
        codeDeploy = args.workloads().compute().codeDeployServices().isEmpty() ? Optional.empty()
                : Optional.of(codeDeployRole());
        rdsMonitoring = rdsMonitoringRole();
        githubDeploy = githubDeployRole(args);
    }

    /** Used by the ECS agent: pull this stack's images, write this stack's service logs. Secrets are added per service by the compute tier. */
    private Role taskExecutionRole(SecurityArgs args) {
        Role role = role("ecs-execution-role", "ECS agent: pulls images and writes logs for " + naming.name("cluster"),
                ecsTasksTrust());
        Output<List<String>> repositories = repositoryArns(args.ecrRepositories());
        Output<String> logGroups = account.arn("logs", "log-group:" + naming.serviceLogGroup("*"));
        inlinePolicy("ecs-execution-pull-and-log", role, Output.tuple(repositories, logGroups).applyValue(t -> {
            PolicyDocument doc = PolicyDocument.create()
                    // GetAuthorizationToken has no resource-level permissions in AWS.
                    .statement(Statement.allow("EcrLogin").actions("ecr:GetAuthorizationToken").resources("*"))
                    .statement(Statement.allow("WriteServiceLogs")
                            .actions("logs:CreateLogStream", "logs:PutLogEvents")
                            .resources(t.t2, t.t2 + ":log-stream:*"));
            if (!t.t1.isEmpty()) {
                doc.statement(Statement.allow("PullStackImages").actions(ECR_PULL).resources(t.t1));
            }
            return doc.toJson();
        }));
        return role;
    }

    /** Used by the application: its S3 prefixes, its named secrets, its keys, metrics in its namespace. */
    private Role taskRole(SecurityArgs args) {
        Role role = role("ecs-task-role", "Application tasks of " + naming.name("cluster"), ecsTasksTrust());
        inlinePolicy("ecs-task-app-access", role, appAccessPolicy(args));
        return role;
    }

    /**
     * A service that declares statements, or that the data tier grants buckets or file systems to,
     * runs as a role of its own: the shared application access plus exactly its statements (the data
     * tier adds its grants), so no other service gains them.
     */
    private Role serviceTaskRole(SecurityArgs args, ServiceConfig service) {
        String name = service.name();
        Role role = role(name + "-task-role", "Application tasks of service " + naming.name(name), ecsTasksTrust());
        inlinePolicy(name + "-task-app-access", role, appAccessPolicy(args));
        if (!service.statements().isEmpty()) {
            inlinePolicy(name + "-task-statements", role, DeclaredStatements.policy(service.statements(), naming,
                    account));
        }
        if (service.xray()) {
            inlinePolicy(name + "-task-xray", role, Output.of(XRAY_POLICY));
        }
        return role;
    }

    /**
     * What the X-Ray daemon sidecar does with the task's credentials: send segments and telemetry, read the
     * sampling rules and targets (AWSXRayDaemonWriteAccess). X-Ray has no resource-level permissions for these.
     */
    static final String XRAY_POLICY = PolicyDocument.create()
            .statement(Statement.allow("SendTraces")
                    .actions("xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                            "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries")
                    .resources("*"))
            .toJson();

    private Output<String> appAccessPolicy(SecurityArgs args) {
        SecurityConfig.AppAccess access = args.config().appAccess();
        Output<String> bucket = account.accountId().applyValue(id -> naming.bucketName("documents", id));
        Output<List<String>> secretArns = Output.all(access.secrets().stream()
                .map(s -> account.arn("secretsmanager", "secret:" + naming.secretName(s) + "-??????")).toList());
        return Output.tuple(bucket, account.partition(), secretArns, args.s3KeyArn(), args.secretsKeyArn())
                .applyValue(t -> {
                    String bucketArn = "arn:" + t.t2 + ":s3:::" + t.t1;
                    PolicyDocument doc = PolicyDocument.create()
                            .statement(Statement.allow("ReadWriteAppObjects")
                                    .actions("s3:GetObject", "s3:PutObject")
                                    .resources(access.documentPrefixes().stream().map(p -> bucketArn + "/" + p + "*").toList()))
                            .statement(Statement.allow("ListAppPrefixes")
                                    .actions("s3:ListBucket")
                                    .resources(bucketArn)
                                    .condition("StringLike", "s3:prefix",
                                            access.documentPrefixes().stream().map(p -> p + "*").toList()))
                            .statement(Statement.allow("UseDocumentsKey")
                                    .actions("kms:Decrypt", "kms:GenerateDataKey")
                                    .resources(t.t4));
                    if (!t.t3.isEmpty()) {
                        doc.statement(Statement.allow("ReadAppSecrets")
                                        .actions("secretsmanager:GetSecretValue").resources(t.t3))
                                .statement(Statement.allow("DecryptAppSecrets")
                                        .actions("kms:Decrypt").resources(t.t5));
                    }
                    // PutMetricData has no resource-level permissions; the namespace condition scopes it.
                    return doc.statement(Statement.allow("PublishAppMetrics")
                                    .actions("cloudwatch:PutMetricData").resources("*")
                                    .condition("StringEquals", "cloudwatch:namespace", access.metricNamespace()))
                            .toJson();
                });
    }

    /** CodeDeploy shifts ALB traffic between a blue/green service's task sets (AWS's managed ECS policy). */
    private Role codeDeployRole() {
        Role role = role("codedeploy-role", "CodeDeploy blue/green and canary deployments of " + naming.name("cluster"),
                // CodeDeploy sends aws:SourceAccount (AWS's confused-deputy guidance for CodeDeploy service roles).
                TrustPolicies.service("CodeDeployAssume", "codedeploy.amazonaws.com", account.accountId()));
        new RolePolicyAttachment(naming.name("codedeploy-ecs-policy"), RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(account.partition().applyValue(p -> "arn:" + p + ":iam::aws:policy/AWSCodeDeployRoleForECS"))
                .build(), child);
        return role;
    }

    /** Every service's task role (its own, or the shared one). */
    Map<String, TaskRole> taskRoles() {
        Map<String, TaskRole> roles = new LinkedHashMap<>();
        serviceTaskNames.forEach(name -> {
            Role own = serviceTasks.get(name);
            roles.put(name, own == null ? new TaskRole(task.arn(), task.name(), true)
                    : new TaskRole(own.arn(), own.name(), false));
        });
        return roles;
    }

    private Role rdsMonitoringRole() {
        Role role = role("rds-monitoring-role", "RDS enhanced monitoring for " + naming.name("db"),
                TrustPolicies.service("ServiceAssume", "monitoring.rds.amazonaws.com", account.accountId()));
        new RolePolicyAttachment(naming.name("rds-monitoring-policy"), RolePolicyAttachmentArgs.builder()
                .role(role.name())
                .policyArn(account.partition().applyValue(p ->
                        "arn:" + p + ":iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"))
                .build(), child);
        return role;
    }

    /**
     * Assumed by GitHub Actions through OIDC: only tokens for {@code sts.amazonaws.com} from the
     * configured repository and branches/environments. It may push this stack's images and roll
     * this stack's services, and nothing else.
     */
    private Role githubDeployRole(SecurityArgs args) {
        SecurityConfig.GithubConfig github = args.config().github();
        Output<String> providerArn = github.existingOidcProviderArn().map(Output::of).orElseGet(() ->
                new OpenIdConnectProvider(naming.name("github-oidc"), OpenIdConnectProviderArgs.builder()
                        .url("https://" + GITHUB_OIDC_HOST)
                        .clientIdLists("sts.amazonaws.com")
                        .thumbprintLists(GITHUB_THUMBPRINTS)
                        .tags(naming.tags("github-oidc"))
                        .build(), child).arn());
        Output<String> trust = providerArn.applyValue(arn -> PolicyDocument.create()
                .statement(Statement.allow("GithubActionsOidc")
                        .federatedPrincipal(arn)
                        .actions("sts:AssumeRoleWithWebIdentity")
                        .condition("StringEquals", GITHUB_OIDC_HOST + ":aud", "sts.amazonaws.com")
                        .condition("StringEquals", GITHUB_OIDC_HOST + ":sub", github.subjects()))
                .toJson());
        Role role = role("github-deploy-role", "GitHub Actions deploys of " + github.repository(), trust);

        Output<List<String>> repositories = repositoryArns(args.ecrRepositories());
        Output<List<String>> services = Output.all(args.serviceNames().stream()
                .map(s -> account.arn("ecs", "service/" + naming.name("cluster") + "/" + naming.name(s))).toList());
        Output<String> cluster = account.arn("ecs", "cluster/" + naming.name("cluster"));
        List<Output<String>> passable = new ArrayList<>(List.of(taskExecution.arn(), task.arn()));
        serviceTasks.values().forEach(r -> passable.add(r.arn()));
        Output<List<String>> passRoles = Output.all(passable);
        Output<List<String>> codeDeploy = codeDeployTargets(args);
        inlinePolicy("github-deploy-permissions", role, Output.tuple(repositories, services, cluster, passRoles,
                        codeDeploy)
                .applyValue(t -> {
                    PolicyDocument doc = PolicyDocument.create()
                            .statement(Statement.allow("EcrLogin").actions("ecr:GetAuthorizationToken").resources("*"));
                    if (!t.t1.isEmpty()) {
                        List<String> push = new ArrayList<>(ECR_PULL);
                        push.addAll(ECR_PUSH);
                        doc.statement(Statement.allow("PushStackImages").actions(push).resources(t.t1));
                    }
                    if (!t.t2.isEmpty()) {
                        doc.statement(Statement.allow("RollStackServices")
                                .actions("ecs:UpdateService", "ecs:DescribeServices").resources(t.t2));
                    }
                    if (!t.t5.isEmpty()) {
                        doc.statement(Statement.allow("RunCodeDeployRollouts")
                                .actions("codedeploy:CreateDeployment", "codedeploy:GetDeployment",
                                        "codedeploy:GetDeploymentConfig", "codedeploy:GetApplicationRevision",
                                        "codedeploy:RegisterApplicationRevision")
                                .resources(t.t5));
                    }
                    return doc
                            // Task-definition actions have no resource-level permissions in AWS.
                            .statement(Statement.allow("RegisterTaskDefinitions")
                                    .actions("ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition").resources("*"))
                            .statement(Statement.allow("WaitForRollout")
                                    .actions("ecs:DescribeClusters").resources(t.t3))
                            .statement(Statement.allow("PassTaskRoles")
                                    .actions("iam:PassRole").resources(t.t4)
                                    .condition("StringEquals", "iam:PassedToService", "ecs-tasks.amazonaws.com"))
                            .toJson();
                }));
        return role;
    }

    /** The CodeDeploy application, deployment groups and configs the deploy role may start rollouts with. */
    private Output<List<String>> codeDeployTargets(SecurityArgs args) {
        List<ServiceConfig> rollouts = args.workloads().compute().codeDeployServices();
        if (rollouts.isEmpty()) {
            return Output.of(List.of());
        }
        String application = naming.name("ecs-deploy");
        List<Output<String>> arns = new ArrayList<>();
        arns.add(account.arn("codedeploy", "application:" + application));
        for (ServiceConfig service : rollouts) {
            arns.add(account.arn("codedeploy", "deploymentgroup:" + application + "/" + naming.name(service.name())));
            arns.add(account.arn("codedeploy", "deploymentconfig:"
                    + service.deployment().codeDeployConfigName(naming.name(service.name()))));
        }
        return Output.all(arns).applyValue(list -> list.stream().distinct().toList());
    }

    private Output<String> ecsTasksTrust() {
        return TrustPolicies.service("EcsTasksAssume", "ecs-tasks.amazonaws.com", account.accountId(),
                account.arn("ecs", "*"));
    }

    private Output<List<String>> repositoryArns(List<String> repositories) {
        return Output.all(repositories.stream().map(r -> account.arn("ecr", "repository/" + naming.name(r))).toList());
    }

    private Role role(String name, String description, Output<String> trust) {
        return new Role(naming.name(name), RoleArgs.builder()
                .description(description)
                .assumeRolePolicy(trust)
                .maxSessionDuration(3600)
                .tags(naming.tags(name))
                .build(), child);
    }

    private void inlinePolicy(String name, Role role, Output<String> policy) {
        new RolePolicy(naming.name(name), RolePolicyArgs.builder()
                .role(role.id())
                .policy(policy)
                .build(), child);
    }
}
