package io.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Value;
import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.StackFixture;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.ALERT_ROUTES;
import static io.platform.observability.OpsPlans.ROLE;
import static io.platform.observability.OpsPlans.SUBSCRIPTION;
import static io.platform.observability.OpsPlans.TOPIC;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.map;
import static io.platform.observability.OpsPlans.names;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.withDr;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm catalogue from config on the plan, with the seeds' values: CredentialMate's RDS CPU at 70 %,
 * Tax Practice AI's 5xx over five minutes, DevSecOps' critical/warning/info routes with Slack and a paging
 * endpoint, custom and composite alarms, and the built-ins that appear with what the stack declares
 * (replication with a DR region, SES with the SMTP endpoint).
 */
class AlarmRoutingTest {
    private static final String COMPOSITE = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    private static final String SLACK = "aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration";
    private static final String PAGER = "https://events.pagerduty.com/integration/0123456789abcdef/enqueue";

    private static PlanResult tuned() {
        return planWith("staging", Map.of("platform:observability", "{\"alarms\":{"
                + "\"rds-cpu\":{\"threshold\":70},"
                + "\"alb-5xx\":{\"periodSeconds\":300,\"evaluationPeriods\":1},"
                + "\"ecs-cpu\":{\"threshold\":75,\"evaluationPeriods\":3,\"datapointsToAlarm\":2},"
                + "\"ecs-cpu-api\":{\"severity\":\"critical\"},"
                + "\"alb-4xx\":{\"enabled\":false}},"
                + "\"customAlarms\":[{\"name\":\"orders-queue-age\",\"namespace\":\"AWS/SQS\","
                + "\"metric\":\"ApproximateAgeOfOldestMessage\",\"dimensions\":{\"QueueName\":\"orders\"},"
                + "\"statistic\":\"Maximum\",\"comparison\":\"greaterThanOrEqual\",\"threshold\":600,"
                + "\"periodSeconds\":300,\"evaluationPeriods\":2}],"
                + "\"compositeAlarms\":[{\"name\":\"api-down\",\"alarms\":[\"alb-5xx\",\"ecs-running-api\"]}]}"));
    }

    private static Map<String, Object> in(PlanResult plan, String alarm) {
        return resource(plan, ALARM, alarm).inputValues();
    }

    @Test
    void builtInThresholdsPeriodsAndSeveritiesAreTunedPerStack() {
        PlanResult plan = tuned();
        // CredentialMate (seed 002 §12.2): RDS CPU > 70 %.
        assertThat(in(plan, "rds-cpu")).containsEntry("threshold", 70L).containsEntry("period", 300L)
                .containsEntry("alarmDescription", "Database CPU: Average > 70 % in 2 of 2 periods of 300 s [warning]");
        // Tax Practice AI (seed 000 §16.2): 5xx summed over five minutes.
        assertThat(in(plan, "alb-5xx")).containsEntry("period", 300L).containsEntry("evaluationPeriods", 1L)
                .containsEntry("threshold", 10L);
        // A family's tuning applies to every service; one service's entry on top of it.
        for (String service : List.of("api", "worker")) {
            assertThat(in(plan, "ecs-cpu-" + service)).containsEntry("threshold", 75L)
                    .containsEntry("evaluationPeriods", 3L).containsEntry("datapointsToAlarm", 2L);
        }
        String critical = "arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-staging-alerts";
        assertThat(in(plan, "ecs-cpu-api")).containsEntry("alarmActions", List.of(critical))
                .containsEntry("okActions", List.of(critical));
        assertThat(map(in(plan, "ecs-cpu-api").get("tags"))).containsEntry("Severity", "critical");
        assertThat(in(plan, "ecs-cpu-worker")).containsEntry("alarmActions", List.of(critical + "-warning"))
                .doesNotContainKey("okActions");
        assertThat(names(plan, ALARM)).doesNotContain("platform-staging-alb-4xx");
    }

    @Test
    void aCustomAlarmWatchesAnyMetricWithItsLiteralDimensions() {
        assertThat(in(tuned(), "orders-queue-age")).containsEntry("namespace", "AWS/SQS")
                .containsEntry("metricName", "ApproximateAgeOfOldestMessage")
                .containsEntry("dimensions", Map.of("QueueName", "orders"))
                .containsEntry("statistic", "Maximum")
                .containsEntry("comparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("threshold", 600L).containsEntry("period", 300L).containsEntry("evaluationPeriods", 2L)
                .containsEntry("treatMissingData", "missing")
                .containsEntry("alarmActions", List.of("arn:aws:sns:us-east-1:" + ACCOUNT
                        + ":platform-staging-alerts-warning"));
    }

    @Test
    void aCompositeAlarmPagesOnceForItsMembers() {
        PlanResult plan = tuned();
        RecordedResource composite = resource(plan, COMPOSITE, "composite-api-down");
        String critical = "arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-staging-alerts";
        assertThat(composite.inputValues())
                .containsEntry("alarmName", "platform-staging-composite-api-down")
                .containsEntry("alarmRule", "ALARM(\"platform-staging-alb-5xx\") OR "
                        + "ALARM(\"platform-staging-ecs-running-api\")")
                .containsEntry("alarmActions", List.of(critical)).containsEntry("okActions", List.of(critical));
        assertThat(plan.config().observability().alarmCounts().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(plan.ofType(ALARM).size() + plan.ofType(COMPOSITE).size());
    }

    @Test
    void devSecOpsRoutesReachEmailPagingAndSlackPerSeverity() {
        RawConfig base = withOverrides(stackFile("production"), Map.of("platform:observability",
                "{\"alertEmails\":[\"oncall@example.com\"],\"slackWorkspaceId\":\"T0123ABCDE\",\"routes\":{"
                        + "\"critical\":{\"https\":true,\"slackChannelId\":\"C0CRITICAL1\"},"
                        + "\"warning\":{\"slackChannelId\":\"C0WARNING01\"},"
                        + "\"info\":{\"emails\":[\"platform-info@example.com\"],\"slackChannelId\":\"C0INFO0001\"}}}"));
        Map<String, String> values = new HashMap<>(base.values());
        values.put("platform:alertHttpsEndpoint", PAGER);
        Set<String> secrets = new HashSet<>(base.secretKeys());
        secrets.add("platform:alertHttpsEndpoint");
        PlanResult plan = StackFixture.plan(new RawConfig(base.project(), base.stack(), values, secrets));

        String topic = "arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-production-alerts";
        assertThat(names(plan, SUBSCRIPTION)).containsExactlyInAnyOrder("platform-production-alerts-email-1",
                "platform-production-alerts-https", "platform-production-alerts-warning-email-1",
                "platform-production-alerts-info-email-1");
        RecordedResource https = resource(plan, SUBSCRIPTION, "alerts-https");
        assertThat(https.inputValues()).containsEntry("protocol", "https").containsEntry("topic", topic);
        // The paging URL carries its integration key: a secret in state, never in the plan's text.
        Value endpoint = https.inputs().getFieldsMap().get("endpoint");
        assertThat(endpoint.hasStructValue()).isTrue();
        assertThat(endpoint.getStructValue().getFieldsMap().get("4dabf18193072939515e22adb298388d").getStringValue())
                .isEqualTo("1b47061264138c4ac30d75fd1eb44270");
        assertThat(plan.toString()).doesNotContain("0123456789abcdef");

        assertThat(names(plan, SLACK)).containsExactlyInAnyOrder("platform-production-alerts-slack",
                "platform-production-alerts-warning-slack", "platform-production-alerts-info-slack");
        RecordedResource warning = resource(plan, SLACK, "alerts-warning-slack");
        assertThat(warning.inputValues()).containsEntry("slackTeamId", "T0123ABCDE")
                .containsEntry("slackChannelId", "C0WARNING01")
                .containsEntry("snsTopicArns", List.of(topic + "-warning"))
                .containsEntry("guardrailPolicyArns", List.of("arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess"))
                .containsEntry("userAuthorizationRequired", true);
        assertThat(sources(warning, "iamRoleArn")).containsExactly(resource(plan, ROLE, "chatbot-role").urn());
        JsonNode trust = json(resource(plan, ROLE, "chatbot-role"), "assumeRolePolicy");
        assertThat(trust.toString()).contains("chatbot.amazonaws.com").contains(ACCOUNT);
        assertThat(warning.parent()).isEqualTo(component(plan, ALERT_ROUTES).urn());
    }

    @Test
    void replicatedBucketsAreWatchedForLatencyAndFailures() {
        PlanResult plan = withDr("staging");
        Map<String, Object> failures = in(plan, "s3-replication-failures-documents");
        assertThat(failures).containsEntry("namespace", "AWS/S3").containsEntry("metricName",
                "OperationsFailedReplication").containsEntry("statistic", "Sum").containsEntry("threshold", 0L)
                .containsEntry("comparisonOperator", "GreaterThanThreshold");
        assertThat(map(failures.get("dimensions"))).containsEntry("RuleId", "replicate-everything")
                .containsEntry("SourceBucket", "platform-staging-documents-" + ACCOUNT)
                .containsEntry("DestinationBucket", "platform-staging-dr-documents-" + ACCOUNT);
        assertThat(in(plan, "s3-replication-latency-documents")).containsEntry("metricName", "ReplicationLatency")
                .containsEntry("threshold", 900L);
        assertThat(names(OpsPlans.plan("staging"), ALARM)).noneMatch(n -> n.contains("s3-replication"));
    }

    @Test
    void sesReputationIsWatchedWhereServicesSendMail() {
        PlanResult plan = planWith("staging", Map.of("platform:network", "{\"vpcCidr\":\"10.1.0.0/16\",\"azCount\":3,"
                + "\"natStrategy\":\"single\",\"interfaceEndpoints\":[\"ecr.api\",\"ecr.dkr\",\"logs\","
                + "\"secretsmanager\",\"ssm\",\"kms\",\"sts\",\"email-smtp\"]}"));
        assertThat(in(plan, "ses-bounce-rate")).containsEntry("namespace", "AWS/SES")
                .containsEntry("metricName", "Reputation.BounceRate").containsEntry("threshold", 0.05)
                .doesNotContainKey("dimensions");
        assertThat(in(plan, "ses-complaint-rate")).containsEntry("threshold", 0.001);
        assertThat(names(OpsPlans.plan("staging"), ALARM)).noneMatch(n -> n.contains("ses-"));
    }

    @Test
    void tierDashboardsFollowWhatTheStackDeclares() {
        PlanResult plan = planWith("staging", Map.of("platform:observability", "{\"dashboards\":{\"perService\":true}}"));
        assertThat(names(plan, OpsPlans.DASHBOARD)).containsExactlyInAnyOrder("platform-staging-dashboard",
                "platform-staging-dashboard-services", "platform-staging-dashboard-data",
                "platform-staging-dashboard-edge", "platform-staging-dashboard-service-api",
                "platform-staging-dashboard-service-worker");
        JsonNode services = json(resource(plan, OpsPlans.DASHBOARD, "dashboard-services"), "dashboardBody");
        assertThat(services.get("widgets").findValuesAsText("markdown"))
                .containsExactly("## Service api", "## Service worker");
        JsonNode data = json(resource(plan, OpsPlans.DASHBOARD, "dashboard-data"), "dashboardBody");
        assertThat(data.get("widgets").findValuesAsText("markdown")).containsExactly("## Database", "## Redis");
        assertThat(data.toString()).contains("\"CacheHitRate\",\"CacheClusterId\",\"platform-staging-redis-001\"");
        JsonNode edge = json(resource(plan, OpsPlans.DASHBOARD, "dashboard-edge"), "dashboardBody");
        assertThat(edge.toString()).contains("\"region\":\"us-east-1\"").contains("\"5xxErrorRate\"");
    }
}
