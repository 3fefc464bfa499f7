package io.platform.functions;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.lambda.inputs.FunctionDeadLetterConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionEnvironmentArgs;
import com.pulumi.aws.lambda.inputs.FunctionLoggingConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionTracingConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionVpcConfigArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.aws.AwsAccount;
import io.platform.aws.OutputMaps;
import io.platform.config.FunctionConfig;
import io.platform.config.Naming;
import io.platform.iam.DeclaredStatements;
import io.platform.iam.TrustPolicies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lambda function from config, {@code platform:functions:LambdaFunction}: its role (the
 * platform's inline policy and, separately, exactly the declared statements), KMS log group, DLQ,
 * the function in the private subnets with its own group and active tracing, and its triggers.
 */
public final class LambdaFunction extends ComponentResource {
    /** Amazon's retention limit for SQS messages: a failed event waits two weeks for a look. */
    static final int DLQ_RETENTION_SECONDS = 14 * 24 * 3600;
    static final String LOG_FORMAT = "JSON";

    private final FunctionConfig config;
    private final Function function;
    private final Role role;
    private final Queue deadLetterQueue;
    private final Map<String, Permission> rotationPermissions = new LinkedHashMap<>();
    private final List<Permission> bucketPermissions = new ArrayList<>();

    public LambdaFunction(String name, LambdaFunctionArgs args, ComponentResourceOptions options) {
        super("platform:functions:LambdaFunction", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        this.config = args.config();
        Naming naming = args.naming();
        String unit = config.name() + "-fn";

        LogGroup logs = new LogGroup(naming.name(unit + "-logs"), LogGroupArgs.builder()
                .name(logGroupName(naming, config.name()))
                .retentionInDays(args.logRetentionDays())
                .kmsKeyId(args.keys().logsKeyArn())
                .tags(naming.tags(unit + "-logs"))
                .build(), child);
        this.deadLetterQueue = Triggers.queue(naming, unit + "-dlq", args.keys().dataKeyArn(), DLQ_RETENTION_SECONDS,
                30, null, child);
        Map<String, Queue> triggerQueues = Triggers.queues(args, deadLetterQueue, child);

        this.role = new Role(naming.name(unit + "-role"), RoleArgs.builder()
                .description("Lambda function " + naming.name(config.name()))
                .assumeRolePolicy(TrustPolicies.serviceOnly("LambdaAssume", "lambda.amazonaws.com"))
                .maxSessionDuration(3600)
                .tags(naming.tags(unit + "-role"))
                .build(), child);
        List<Resource> permissions = new ArrayList<>();
        permissions.add(new RolePolicy(naming.name(unit + "-policy"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(platformPolicy(args, logs, triggerQueues))
                .build(), child));
        if (!config.statements().isEmpty()) {
            permissions.add(new RolePolicy(naming.name(unit + "-statements"), RolePolicyArgs.builder()
                    .role(role.id())
                    .policy(DeclaredStatements.policy(config.statements(), naming, args.account()))
                    .build(), child));
        }
        permissions.add(logs);
        this.function = new Function(naming.name(unit), functionArgs(args, logs),
                CustomResourceOptions.builder().parent(this).dependsOn(permissions).build());

        Triggers.wire(args, function, triggerQueues, child);
        config.triggers().stream().filter(t -> t instanceof FunctionConfig.BucketEvents).forEach(t ->
                bucketPermissions.add(Triggers.bucketPermission(args, function, (FunctionConfig.BucketEvents) t, child)));
        for (String secret : args.rotatedSecrets()) {
            rotationPermissions.put(secret, new Permission(naming.name(unit + "-rotates-" + secret.replace('/', '-')),
                    PermissionArgs.builder()
                            .function(function.name())
                            .action("lambda:InvokeFunction")
                            .principal("secretsmanager.amazonaws.com")
                            .sourceArn(args.secretArns().get(secret))
                            .build(), child));
        }
        registerOutputs(Map.of("functionArn", function.arn(), "roleArn", role.arn()));
    }

    private FunctionArgs functionArgs(LambdaFunctionArgs args, LogGroup logs) {
        Naming naming = args.naming();
        var builder = FunctionArgs.builder()
                .name(naming.name(config.name()))
                .description(naming.name(config.name()) + " (" + config.triggers().size() + " triggers)")
                .role(role.arn())
                .memorySize(config.memoryMb())
                .timeout(config.timeoutSeconds())
                .architectures(config.architecture().configName())
                .environment(FunctionEnvironmentArgs.builder().variables(OutputMaps.resolve(environment(args))).build())
                .kmsKeyArn(args.keys().secretsKeyArn())
                .vpcConfig(FunctionVpcConfigArgs.builder()
                        .subnetIds(args.placement().subnetIds())
                        .securityGroupIds(args.placement().securityGroupId().applyValue(List::of))
                        .build())
                .deadLetterConfig(FunctionDeadLetterConfigArgs.builder().targetArn(deadLetterQueue.arn()).build())
                .tracingConfig(FunctionTracingConfigArgs.builder().mode("Active").build())
                .loggingConfig(FunctionLoggingConfigArgs.builder().logFormat(LOG_FORMAT).logGroup(logs.name()).build())
                .tags(naming.tags(config.name() + "-fn"));
        config.reservedConcurrency().ifPresent(builder::reservedConcurrentExecutions);
        if (config.code() instanceof FunctionConfig.S3Object zip) {
            builder.packageType("Zip").runtime(config.runtime().orElseThrow().configName())
                    .handler(config.handler().orElseThrow()).s3Bucket(zip.bucket()).s3Key(zip.key());
            zip.objectVersion().ifPresent(builder::s3ObjectVersion);
        } else if (config.code() instanceof FunctionConfig.Image image) {
            builder.packageType("Image").imageUri(image.uri());
        }
        return builder.build();
    }

    /** The declared environment, plus each secret's ARN (never its value) under the secret's variable. */
    private Map<String, Output<String>> environment(LambdaFunctionArgs args) {
        Map<String, Output<String>> environment = new LinkedHashMap<>();
        new java.util.TreeMap<>(config.environment()).forEach((k, v) -> environment.put(k, Output.of(v)));
        new java.util.TreeMap<>(config.secrets()).forEach((k, secret) -> environment.put(k, args.secretArns().get(secret)));
        return environment;
    }

    private Output<String> platformPolicy(LambdaFunctionArgs args, LogGroup logs, Map<String, Queue> triggerQueues) {
        AwsAccount account = args.account();
        Output<List<String>> subnets = Output.tuple(args.placement().subnetIds(), account.arn("ec2", "subnet/"))
                .applyValue(t -> t.t1.stream().map(id -> t.t2 + id).toList());
        Output<String> group = Output.tuple(args.placement().securityGroupId(), account.arn("ec2", "security-group/"))
                .applyValue(t -> t.t2 + t.t1);
        Output<List<String>> queues = Output.all(triggerQueues.values().stream().map(Queue::arn).toList());
        Output<List<String>> secrets = Output.all(config.secrets().values().stream().distinct().sorted()
                .map(s -> args.secretArns().get(s)).toList());
        Output<List<String>> rotated = Output.all(args.rotatedSecrets().stream().map(s -> args.secretArns().get(s)).toList());
        Output<List<String>> keys = Output.all(List.of(args.keys().dataKeyArn(), args.keys().secretsKeyArn()));
        return Output.tuple(logs.arn(), account.arn("ec2", "network-interface/*"), subnets, group,
                        deadLetterQueue.arn(), keys, queues, Output.tuple(secrets, rotated))
                .applyValue(t -> FunctionPolicy.render(new FunctionPolicy.Inputs(t.t1, t.t2, t.t3, t.t4, t.t5,
                        t.t6.get(0), t.t6.get(1), t.t7, t.t8.t1, t.t8.t2)));
    }

    /** Lambda's own log group name, so nothing else creates it unencrypted first. */
    static String logGroupName(Naming naming, String function) {
        return "/aws/lambda/" + naming.name(function);
    }

    public FunctionConfig config() {
        return config;
    }

    public Output<String> functionArn() {
        return function.arn();
    }

    public Output<String> functionName() {
        return function.name();
    }

    public Output<String> roleArn() {
        return role.arn();
    }

    public Output<String> deadLetterQueueArn() {
        return deadLetterQueue.arn();
    }

    /** Secret name → the permission that lets Secrets Manager invoke this function to rotate it. */
    public Map<String, Permission> rotationPermissions() {
        return java.util.Collections.unmodifiableMap(rotationPermissions);
    }

    /** The permissions S3 needs before a bucket notification may target this function. */
    public List<Permission> bucketPermissions() {
        return List.copyOf(bucketPermissions);
    }
}
