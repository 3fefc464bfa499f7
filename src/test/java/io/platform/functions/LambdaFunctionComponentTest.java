package io.platform.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.CpuArchitecture;
import io.platform.config.FunctionConfig;
import io.platform.config.IamStatementConfig;
import io.platform.config.LambdaRuntime;
import io.platform.config.Naming;
import io.platform.plan.RecordedResource;
import io.platform.testing.ComponentHarness;
import io.platform.testing.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static io.platform.testing.Template.map;
import static io.platform.testing.Template.parse;
import static io.platform.testing.Template.statements;
import static io.platform.testing.Template.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@link LambdaFunction} with every optional feature, run on its own: the function's settings,
 * its role (trust, the platform's statements, exactly the declared ones), log group, DLQ, and each
 * kind of trigger with its invoke permission scoped to the source.
 */
class LambdaFunctionComponentTest {
    private static final Naming NAMING = new Naming("proj", "test", "owner-team", "CC-9");
    private static final String A = ComponentHarness.ACCOUNT;
    private static final String LOGS_KEY = "arn:aws:kms:us-east-1:" + A + ":key/logs-0000";
    private static final String DATA_KEY = "arn:aws:kms:us-east-1:" + A + ":key/data-1111";
    private static final String SECRETS_KEY = "arn:aws:kms:us-east-1:" + A + ":key/secrets-2222";
    private static final String SLACK = "arn:aws:secretsmanager:us-east-1:" + A + ":secret:/test/monitoring/slack-webhook-a1b2c3";
    private static final String JWT = "arn:aws:secretsmanager:us-east-1:" + A + ":secret:/test/app/jwt-secret-d4e5f6";
    private static final String TOPIC = "arn:aws:sns:us-east-1:" + A + ":proj-test-alerts";
    private static final String FN_ARN = "arn:aws:lambda:us-east-1:" + A + ":function:proj-test-notifier";
    private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:" + A + ":proj-test-notifier-fn-dlq";
    private static final String JOBS_ARN = "arn:aws:sqs:us-east-1:" + A + ":proj-test-notifier-jobs-queue";

    static final FunctionConfig NOTIFIER = new FunctionConfig("notifier",
            new FunctionConfig.S3Object("acme-artifacts", "notifier/1.0.0.zip", Optional.of("v3")),
            Optional.of(LambdaRuntime.PYTHON_311), Optional.of("app.handler"), 256, 60, OptionalInt.of(100),
            CpuArchitecture.ARM64, Map.of("MODE", "notify"), Map.of("SLACK_WEBHOOK_ARN", "monitoring/slack-webhook"),
            List.of("database"),
            List.of(new IamStatementConfig("SendMail", List.of("ses:SendEmail"),
                    List.of("arn:${partition}:ses:${region}:${account}:identity/example.com"))),
            List.of(new FunctionConfig.Schedule("nightly", "cron(0 1 ? * MON-FRI *)"),
                    new FunctionConfig.Queue("jobs", 5),
                    new FunctionConfig.BucketEvents("uploads", "${bucket:documents}", List.of("s3:ObjectCreated:*"),
                            Optional.of("uploads/"), Optional.empty()),
                    new FunctionConfig.EventPattern("findings", "{\"source\":[\"aws.guardduty\"]}"),
                    new FunctionConfig.Topic("alerts", "alerts")));

    private static Template t;
    private static List<RecordedResource> resources;

    @BeforeAll
    static void run() {
        resources = ComponentHarness.run(ctx -> new LambdaFunction(NAMING.name("notifier-function"),
                new LambdaFunctionArgs(NAMING, AwsAccount.lookup("us-east-1"), NOTIFIER,
                        new LambdaFunctionArgs.Placement(Output.of(List.of("subnet-0aaa", "subnet-0bbb")), Output.of("sg-0fn")),
                        new LambdaFunctionArgs.Keys(Output.of(LOGS_KEY), Output.of(DATA_KEY), Output.of(SECRETS_KEY)),
                        Map.of("monitoring/slack-webhook", Output.of(SLACK), "app/jwt-secret", Output.of(JWT)),
                        List.of("app/jwt-secret"), Output.of(TOPIC), 30),
                ComponentResourceOptions.Empty)).resources();
        t = Template.of(resources, "proj-test-");
    }

    @Test
    void theFunctionRunsInItsSubnetsAndGroupWithTracingDlqAndEncryptedEnvironment() {
        Map<String, Object> fn = t.inputs("aws:lambda/function:Function", "notifier-fn");
        assertThat(fn).containsEntry("name", "proj-test-notifier")
                .containsEntry("packageType", "Zip")
                .containsEntry("runtime", "python3.11")
                .containsEntry("handler", "app.handler")
                .containsEntry("s3Bucket", "acme-artifacts")
                .containsEntry("s3Key", "notifier/1.0.0.zip")
                .containsEntry("s3ObjectVersion", "v3")
                .containsEntry("memorySize", 256L)
                .containsEntry("timeout", 60L)
                .containsEntry("reservedConcurrentExecutions", 100L)
                .containsEntry("architectures", List.of("arm64"))
                .containsEntry("kmsKeyArn", SECRETS_KEY)
                .containsEntry("tracingConfig", Map.of("mode", "Active"))
                .containsEntry("deadLetterConfig", Map.of("targetArn", DLQ_ARN))
                .containsEntry("vpcConfig", Map.of("subnetIds", List.of("subnet-0aaa", "subnet-0bbb"),
                        "securityGroupIds", List.of("sg-0fn")))
                .containsEntry("loggingConfig", Map.of("logFormat", "JSON", "logGroup", "/aws/lambda/proj-test-notifier"));
        // The secret's ARN, never its value.
        assertThat(map(map(fn.get("environment")).get("variables")))
                .containsExactly(Map.entry("MODE", "notify"), Map.entry("SLACK_WEBHOOK_ARN", SLACK));
        assertThat(map(fn.get("tags"))).containsEntry("Name", "proj-test-notifier-fn").containsEntry("ManagedBy", "pulumi");
    }

    @Test
    void logsGoToAnEncryptedGroupAndFailuresToAnEncryptedQueue() {
        assertThat(t.inputs("aws:cloudwatch/logGroup:LogGroup", "notifier-fn-logs"))
                .containsEntry("name", "/aws/lambda/proj-test-notifier")
                .containsEntry("retentionInDays", 30L)
                .containsEntry("kmsKeyId", LOGS_KEY);
        assertThat(t.inputs("aws:sqs/queue:Queue", "notifier-fn-dlq"))
                .containsEntry("name", "proj-test-notifier-fn-dlq")
                .containsEntry("kmsMasterKeyId", DATA_KEY)
                .containsEntry("messageRetentionSeconds", 1_209_600L)
                .doesNotContainKey("redrivePolicy");
    }

    @Test
    void theRoleTrustsLambdaAndHoldsThePlatformsStatementsAndExactlyTheDeclaredOnes() {
        JsonNode trust = t.json("aws:iam/role:Role", "notifier-fn-role", "assumeRolePolicy");
        assertThat(trust).isEqualTo(parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"LambdaAssume\","
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));

        Map<String, JsonNode> platform = statements(t.json("aws:iam/rolePolicy:RolePolicy", "notifier-fn-policy", "policy"));
        assertThat(platform.keySet()).containsExactly("WriteFunctionLogs", "ManageVpcInterfaces", "DescribeVpcInterfaces",
                "PublishTraces", "SendToDeadLetterQueue", "ConsumeTriggerQueues", "UseQueueKey", "ReadFunctionSecrets",
                "RotateSecrets", "GeneratePasswords", "UseSecretsKey");
        String logGroup = "arn:aws:logs:us-east-1:" + A + ":log-group:/aws/lambda/proj-test-notifier";
        assertThat(strings(platform.get("WriteFunctionLogs").get("Resource"))).containsExactly(logGroup,
                logGroup + ":log-stream:*");
        assertThat(strings(platform.get("ManageVpcInterfaces").get("Resource"))).containsExactly(
                "arn:aws:ec2:us-east-1:" + A + ":network-interface/*", "arn:aws:ec2:us-east-1:" + A + ":subnet/subnet-0aaa",
                "arn:aws:ec2:us-east-1:" + A + ":subnet/subnet-0bbb", "arn:aws:ec2:us-east-1:" + A + ":security-group/sg-0fn");
        assertThat(strings(platform.get("SendToDeadLetterQueue").get("Resource"))).containsExactly(DLQ_ARN);
        assertThat(strings(platform.get("ConsumeTriggerQueues").get("Resource"))).containsExactly(JOBS_ARN);
        assertThat(strings(platform.get("UseQueueKey").get("Resource"))).containsExactly(DATA_KEY);
        assertThat(strings(platform.get("ReadFunctionSecrets").get("Resource"))).containsExactly(SLACK);
        assertThat(strings(platform.get("RotateSecrets").get("Resource"))).containsExactly(JWT);
        assertThat(strings(platform.get("RotateSecrets").get("Action"))).contains("secretsmanager:PutSecretValue",
                "secretsmanager:UpdateSecretVersionStage");
        assertThat(strings(platform.get("UseSecretsKey").get("Action"))).containsExactly("kms:Decrypt", "kms:GenerateDataKey");
        // "*" only where AWS has no resource scope.
        platform.values().stream().filter(s -> strings(s.get("Resource")).contains("*"))
                .forEach(s -> assertThat(strings(s.get("Action"))).isSubsetOf("ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeSubnets", "xray:PutTraceSegments", "xray:PutTelemetryRecords",
                        "secretsmanager:GetRandomPassword"));

        assertThat(t.json("aws:iam/rolePolicy:RolePolicy", "notifier-fn-statements", "policy")).isEqualTo(parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"SendMail\",\"Effect\":\"Allow\",\"Action\":"
                        + "\"ses:SendEmail\",\"Resource\":\"arn:aws:ses:us-east-1:" + A + ":identity/example.com\"}]}"));
    }

    @Test
    void eachTriggerInvokesOnlyFromItsSource() {
        Map<String, Object> rule = t.inputs("aws:cloudwatch/eventRule:EventRule", "notifier-nightly");
        assertThat(rule).containsEntry("scheduleExpression", "cron(0 1 ? * MON-FRI *)").containsEntry("state", "ENABLED");
        assertThat(t.inputs("aws:cloudwatch/eventTarget:EventTarget", "notifier-nightly-target"))
                .containsEntry("rule", "proj-test-notifier-nightly").containsEntry("arn", FN_ARN);
        assertThat(t.inputs("aws:lambda/permission:Permission", "notifier-nightly-invoke"))
                .containsEntry("principal", "events.amazonaws.com")
                .containsEntry("sourceArn", "arn:aws:events:us-east-1:" + A + ":rule/proj-test-notifier-nightly");
        assertThat(t.inputs("aws:cloudwatch/eventRule:EventRule", "notifier-findings"))
                .containsEntry("eventPattern", "{\"source\":[\"aws.guardduty\"]}").doesNotContainKey("scheduleExpression");

        assertThat(t.inputs("aws:sqs/queue:Queue", "notifier-jobs-queue"))
                .containsEntry("kmsMasterKeyId", DATA_KEY)
                .containsEntry("visibilityTimeoutSeconds", 360L);
        assertThat(t.json("aws:sqs/queue:Queue", "notifier-jobs-queue", "redrivePolicy"))
                .isEqualTo(parse("{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":5}"));
        assertThat(t.inputs("aws:lambda/eventSourceMapping:EventSourceMapping", "notifier-jobs-mapping"))
                .containsEntry("eventSourceArn", JOBS_ARN).containsEntry("functionName", FN_ARN).containsEntry("batchSize", 5L);

        assertThat(t.inputs("aws:sns/topicSubscription:TopicSubscription", "notifier-alerts-subscription"))
                .containsEntry("topic", TOPIC).containsEntry("protocol", "lambda").containsEntry("endpoint", FN_ARN);
        assertThat(t.inputs("aws:lambda/permission:Permission", "notifier-alerts-invoke"))
                .containsEntry("principal", "sns.amazonaws.com").containsEntry("sourceArn", TOPIC);

        assertThat(t.inputs("aws:lambda/permission:Permission", "notifier-uploads-invoke"))
                .containsEntry("principal", "s3.amazonaws.com")
                .containsEntry("sourceArn", "arn:aws:s3:::proj-test-documents-" + A)
                .containsEntry("sourceAccount", A);
        assertThat(t.inputs("aws:lambda/permission:Permission", "notifier-fn-rotates-app-jwt-secret"))
                .containsEntry("principal", "secretsmanager.amazonaws.com").containsEntry("sourceArn", JWT);
        assertThat(t.resourceCount("aws:lambda/permission:Permission")).isEqualTo(5);
    }

    @Test
    void everyResourceHangsOffTheUnitAndTheFunctionWaitsForItsPermissions() {
        RecordedResource unit = resources.stream().filter(r -> r.type().equals("platform:functions:LambdaFunction"))
                .findFirst().orElseThrow();
        assertThat(resources).filteredOn(RecordedResource::custom).filteredOn(r -> !r.type().startsWith("pulumi:"))
                .allSatisfy(r -> assertThat(r.parent()).isEqualTo(unit.urn()));
        RecordedResource fn = t.single("aws:lambda/function:Function", "notifier-fn");
        assertThat(fn.dependencies()).contains(t.single("aws:iam/rolePolicy:RolePolicy", "notifier-fn-policy").urn(),
                t.single("aws:iam/rolePolicy:RolePolicy", "notifier-fn-statements").urn(),
                t.single("aws:cloudwatch/logGroup:LogGroup", "notifier-fn-logs").urn());
    }
}
