package io.platform.functions;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.Template.map;
import static io.platform.testing.Template.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The functions tier in a stack: seed 001's Slack notifier subscribed to the stack's own alarm
 * topic and its GuardDuty remediation on high-severity findings; seed 000's document processor on
 * the documents bucket's uploads, reaching PostgreSQL through its own group; seed 004's 25 functions.
 */
class FunctionsStackTest {
    private static final String A = StackFixture.ACCOUNT;

    @Test
    void theSlackNotifierListensToTheStacksAlarmTopicAndReadsItsWebhookByArn() {
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.devSecOps());
        Template t = WorkloadStacks.template(plan);
        String topic = "arn:aws:sns:us-east-1:" + A + ":" + t.single("aws:sns/topic:Topic", "alerts").inputValues().get("name");
        assertThat(t.inputs("aws:sns/topicSubscription:TopicSubscription", "slack-notifier-alerts-subscription"))
                .containsEntry("topic", topic).containsEntry("protocol", "lambda")
                .containsEntry("endpoint", "arn:aws:lambda:us-east-1:" + A + ":function:platform-staging-slack-notifier");
        Map<String, Object> variables = map(map(t.inputs("aws:lambda/function:Function", "slack-notifier-fn")
                .get("environment")).get("variables"));
        assertThat(String.valueOf(variables.get("SLACK_WEBHOOK_SECRET_ARN")))
                .matches("arn:aws:secretsmanager:us-east-1:" + A + ":secret:/staging/monitoring/slack-webhook-[0-9a-f]{6}");
    }

    @Test
    void autoRemediationRunsOnHighSeverityGuardDutyFindings() {
        Template t = WorkloadStacks.template(WorkloadStacks.plan(SeedWorkloads.devSecOps()));
        assertThat(t.json("aws:cloudwatch/eventRule:EventRule", "auto-remediate-findings", "eventPattern")).isEqualTo(parse(
                "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],"
                        + "\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]}}"));
        assertThat(t.inputs("aws:cloudwatch/eventRule:EventRule", "scale-down-dev-evening"))
                .containsEntry("scheduleExpression", "cron(0 1 ? * MON-FRI *)");
        assertThat(t.json("aws:iam/rolePolicy:RolePolicy", "auto-remediate-fn-statements", "policy").at("/Statement/0/Resource"))
                .isEqualTo(parse("[\"arn:aws:ec2:us-east-1:" + A + ":instance/*\",\"arn:aws:ec2:us-east-1::snapshot/*\"]"));
    }

    @Test
    void theDocumentProcessorTriggersOnUploadsAndReachesPostgres() {
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.taxPracticeAi());
        Template t = WorkloadStacks.template(plan);
        RecordedResource notification = t.single("aws:s3/bucketNotification:BucketNotification",
                "bucket-notifications-documents");
        assertThat(notification.inputValues()).containsEntry("bucket", "platform-staging-documents-" + A)
                .containsEntry("lambdaFunctions", List.of(Map.of("id", "document-processor-uploads",
                        "lambdaFunctionArn", "arn:aws:lambda:us-east-1:" + A + ":function:platform-staging-document-processor",
                        "events", List.of("s3:ObjectCreated:*"), "filterPrefix", "uploads/")));
        assertThat(notification.dependencies()).contains(t.single("aws:lambda/permission:Permission",
                "document-processor-uploads-invoke").urn());
        String group = t.single("aws:ec2/securityGroup:SecurityGroup", "document-processor-fn-sg").id();
        assertThat(t.inputs("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "document-processor-fn-out-db-5432"))
                .containsEntry("securityGroupId", group)
                .containsEntry("referencedSecurityGroupId", t.single("aws:ec2/securityGroup:SecurityGroup", "db-sg").id());
        assertThat(map(t.inputs("aws:lambda/function:Function", "document-processor-fn").get("vpcConfig"))
                .get("securityGroupIds")).isEqualTo(List.of(group));
        assertThat(plan.ofType("aws:ec2/securityGroup:SecurityGroup")).filteredOn(g -> g.name().endsWith("-fn-sg")).hasSize(1);
    }

    @Test
    void techCorpsTwentyFiveFunctionsEachReserveAHundredAndGetTheirOwnGroupQueueAndDlq() {
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.techCorp());
        List<RecordedResource> functions = plan.ofType("aws:lambda/function:Function");
        assertThat(functions).hasSize(25).allSatisfy(f -> assertThat(f.inputValues())
                .containsEntry("reservedConcurrentExecutions", 100L)
                .containsEntry("tracingConfig", Map.of("mode", "Active")));
        assertThat(functions).extracting(f -> f.inputValues().get("runtime")).containsOnly("nodejs20.x", "python3.11");
        assertThat(functions).filteredOn(f -> "nodejs20.x".equals(f.inputValues().get("runtime"))).hasSize(12);
        assertThat(plan.ofType("aws:sqs/queue:Queue")).hasSize(50);
        assertThat(plan.ofType("aws:lambda/eventSourceMapping:EventSourceMapping")).hasSize(25);
        assertThat(plan.ofType("aws:ec2/securityGroup:SecurityGroup")).filteredOn(g -> g.name().endsWith("-fn-sg")).hasSize(25);
    }

    @Test
    void aStackWithoutFunctionsHasNoFunctionsTier() {
        assertThat(StackFixture.plan("staging").resources()).noneMatch(r -> r.type().startsWith("platform:functions:")
                || r.type().startsWith("aws:lambda/"));
    }
}
