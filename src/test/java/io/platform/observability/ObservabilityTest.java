package io.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.KMS_KEY;
import static io.platform.observability.OpsPlans.LOG_GROUP;
import static io.platform.observability.OpsPlans.METRIC_FILTER;
import static io.platform.observability.OpsPlans.ALERT_ROUTES;
import static io.platform.observability.OpsPlans.OBSERVABILITY;
import static io.platform.observability.OpsPlans.QUERY;
import static io.platform.observability.OpsPlans.SUBSCRIPTION;
import static io.platform.observability.OpsPlans.TOPIC;
import static io.platform.observability.OpsPlans.TOPIC_POLICY;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.keyArn;
import static io.platform.observability.OpsPlans.map;
import static io.platform.observability.OpsPlans.names;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.single;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.statements;
import static io.platform.observability.OpsPlans.strings;
import static io.platform.observability.OpsPlans.topicArn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.6 alerting plumbing: the KMS-encrypted alert topic, who may publish to it, the e-mail
 * subscriptions from {@code platform:observability.alertEmails}, the per-service ERROR metric
 * filters the error alarms count, and the three saved Logs Insights queries of seed 001 §10.3.
 */
class ObservabilityTest {
    private static final String EMAILS = "{\"alertEmails\":[\"oncall@example.com\",\"platform-team@example.org\"]}";

    private static PlanResult withEmails() {
        return planWith("staging", Map.of("platform:observability", EMAILS));
    }

    private static JsonNode only(List<JsonNode> statements) {
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void alertTopicIsEncryptedWithTheLogsKey(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource topic = resource(plan, TOPIC, "alerts");
        // One topic per severity, each encrypted with the logs key; critical keeps the single topic's name.
        assertThat(names(plan, TOPIC)).containsExactlyInAnyOrder("platform-" + stack + "-alerts",
                "platform-" + stack + "-alerts-warning", "platform-" + stack + "-alerts-info");
        assertThat(plan.ofType(TOPIC)).allSatisfy(t -> assertThat(t.inputValues())
                .containsEntry("kmsMasterKeyId", keyArn(plan, "logs")));
        assertThat(topic.name()).isEqualTo("platform-" + stack + "-alerts");
        assertThat(topic.inputValues())
                .containsEntry("name", "platform-" + stack + "-alerts")
                .containsEntry("kmsMasterKeyId", keyArn(plan, "logs"));
        assertThat(keyArn(plan, "logs")).matches("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/[0-9a-f-]{36}");
        assertThat(sources(topic, "kmsMasterKeyId")).containsExactly(resource(plan, KMS_KEY, "logs").urn());
        assertThat(map(topic.inputValues().get("tags"))).containsEntry("Name", "platform-" + stack + "-alerts")
                .containsEntry("Environment", stack);
        assertThat(topic.parent()).isEqualTo(component(plan, ALERT_ROUTES).urn());
        assertThat(component(plan, ALERT_ROUTES).parent()).isEqualTo(component(plan, OBSERVABILITY).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void topicPolicyLetsBudgetsAndCostAnomalyDetectionOfThisAccountPublish(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource policy = resource(plan, TOPIC_POLICY, "alerts-policy");
        assertThat(policy.inputValues()).containsEntry("arn", topicArn(plan));
        assertThat(sources(policy, "arn")).containsExactly(resource(plan, TOPIC, "alerts").urn());
        JsonNode doc = json(policy, "policy");
        assertThat(doc.get("Version").asText()).isEqualTo("2012-10-17");
        JsonNode statement = statements(doc).stream().filter(s -> s.path("Sid").asText().equals("ServicesPublish"))
                .findFirst().orElseThrow();
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(strings(statement.get("Principal").get("Service")))
                .containsExactlyInAnyOrder("budgets.amazonaws.com", "costalerts.amazonaws.com", "events.amazonaws.com");
        assertThat(strings(statement.get("Action"))).containsExactly("sns:Publish");
        assertThat(strings(statement.get("Resource"))).containsExactly(topicArn(plan));
        assertThat(statement.get("Condition"))
                .isEqualTo(parse("{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}"));
        // Nobody outside those services and this account's own IAM principals is granted anything.
        assertThat(statements(doc)).allSatisfy(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            assertThat(s.get("Principal").has("AWS")).isFalse();
            assertThat(s.get("Principal").isTextual()).isFalse();
        });
    }

    /**
     * A topic policy replaces SNS's default one, whose account-owner statement is what lets
     * CloudWatch alarms publish. Without a statement for {@code cloudwatch.amazonaws.com} every
     * alarm action fails with "… is not authorized to perform: SNS:Publish". The logs key already
     * lets cloudwatch.amazonaws.com encrypt for the topic (see below); the topic policy must too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void topicPolicyLetsThisAccountsCloudWatchAlarmsPublish(String stack) {
        PlanResult plan = plan(stack);
        JsonNode doc = json(resource(plan, TOPIC_POLICY, "alerts-policy"), "policy");
        assertThat(statements(doc)).anySatisfy(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            assertThat(strings(s.get("Principal").get("Service"))).contains("cloudwatch.amazonaws.com");
            assertThat(strings(s.get("Action"))).contains("sns:Publish");
            assertThat(strings(s.get("Resource"))).containsExactly(topicArn(plan));
            assertThat(s.get("Condition").toString()).contains(ACCOUNT);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void logsKeyLetsTheTopicsPublishersEncryptForThisAccountOnly(String stack) {
        PlanResult plan = plan(stack);
        JsonNode doc = json(resource(plan, KMS_KEY, "logs"), "policy");
        JsonNode publishers = statements(doc).stream()
                .filter(s -> s.path("Sid").asText().equals("AlertingServicesPublish")).findFirst().orElseThrow();
        assertThat(strings(publishers.get("Principal").get("Service"))).containsExactlyInAnyOrder(
                "cloudwatch.amazonaws.com", "budgets.amazonaws.com", "costalerts.amazonaws.com", "events.amazonaws.com");
        assertThat(strings(publishers.get("Action"))).containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(publishers.get("Condition"))
                .isEqualTo(parse("{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}"));
    }

    @Test
    void withoutAlertEmailsThereIsNoSubscription() {
        assertThat(plan("staging").config().observability().alertEmails()).isEmpty();
        assertThat(plan("staging").ofType(SUBSCRIPTION)).isEmpty();
        assertThat(plan("production").ofType(SUBSCRIPTION)).isEmpty();
    }

    @Test
    void everyAlertEmailIsSubscribedToTheCriticalAndWarningTopicsNumberedInListOrder() {
        PlanResult plan = withEmails();
        // Numbered in the order of the list (registration order itself is asynchronous); info is for the channel.
        assertThat(names(plan, SUBSCRIPTION)).containsExactlyInAnyOrder("platform-staging-alerts-email-1",
                "platform-staging-alerts-email-2", "platform-staging-alerts-warning-email-1",
                "platform-staging-alerts-warning-email-2");
        String topicUrn = resource(plan, TOPIC, "alerts").urn();
        assertThat(resource(plan, SUBSCRIPTION, "alerts-email-1").inputValues()).containsOnly(
                Map.entry("topic", topicArn(plan)), Map.entry("protocol", "email"),
                Map.entry("endpoint", "oncall@example.com"));
        assertThat(resource(plan, SUBSCRIPTION, "alerts-email-2").inputValues()).containsOnly(
                Map.entry("topic", topicArn(plan)), Map.entry("protocol", "email"),
                Map.entry("endpoint", "platform-team@example.org"));
        assertThat(resource(plan, SUBSCRIPTION, "alerts-warning-email-2").inputValues()).containsOnly(
                Map.entry("topic", "arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-staging-alerts-warning"),
                Map.entry("protocol", "email"), Map.entry("endpoint", "platform-team@example.org"));
        assertThat(sources(resource(plan, SUBSCRIPTION, "alerts-email-1"), "topic")).containsExactly(topicUrn);
        assertThat(plan.ofType(SUBSCRIPTION)).allSatisfy(s ->
                assertThat(s.parent()).isEqualTo(component(plan, ALERT_ROUTES).urn()));
        // The e-mails change nothing else: still three topics, the same alarms.
        assertThat(plan.ofType(TOPIC)).hasSize(3);
        assertThat(names(plan, ALARM)).containsExactlyInAnyOrderElementsOf(names(plan("staging"), ALARM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachServiceLogGroupCountsItsErrorLinesIntoTheStackNamespace(String stack) {
        PlanResult plan = plan(stack);
        // The account's CIS filters (production) belong to SecurityEvents, not to this tier.
        assertThat(OpsPlans.tier(plan, METRIC_FILTER)).extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-" + stack + "-api-errors", "platform-" + stack + "-worker-errors");
        for (String service : List.of("api", "worker")) {
            RecordedResource logGroup = resource(plan, LOG_GROUP, service + "-logs");
            RecordedResource filter = resource(plan, METRIC_FILTER, service + "-errors");
            assertThat(filter.inputValues()).containsOnly(
                    Map.entry("name", "platform-" + stack + "-" + service + "-errors"),
                    Map.entry("logGroupName", "/platform/" + stack + "/ecs/" + service),
                    Map.entry("pattern", "ERROR"),
                    Map.entry("metricTransformation", Map.of(
                            "name", service + "-error-lines",
                            "namespace", "platform/" + stack,
                            "value", "1",
                            "defaultValue", "0",
                            "unit", "Count")));
            assertThat(logGroup.inputValues()).containsEntry("name", "/platform/" + stack + "/ecs/" + service);
            assertThat(sources(filter, "logGroupName")).containsExactly(logGroup.urn());

            // The error alarm watches exactly the metric this filter writes.
            Map<String, Object> alarm = resource(plan, ALARM, "app-errors-" + service).inputValues();
            Map<String, Object> transformation = map(filter.inputValues().get("metricTransformation"));
            assertThat(alarm).containsEntry("metricName", transformation.get("name"))
                    .containsEntry("namespace", transformation.get("namespace"))
                    .doesNotContainKey("dimensions");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theThreeSeedQueriesAreSavedOverEveryServiceLogGroup(String stack) {
        PlanResult plan = plan(stack);
        List<String> groups = List.of("/platform/" + stack + "/ecs/api", "/platform/" + stack + "/ecs/worker");
        List<String> groupUrns = List.of(resource(plan, LOG_GROUP, "api-logs").urn(),
                resource(plan, LOG_GROUP, "worker-logs").urn());
        assertThat(names(plan, QUERY)).containsExactlyInAnyOrder("platform-" + stack + "-query-error-analysis",
                "platform-" + stack + "-query-slow-requests", "platform-" + stack + "-query-requests-by-status");

        assertThat(resource(plan, QUERY, "query-error-analysis").inputValues()).containsOnly(
                Map.entry("name", "platform/" + stack + "/error-analysis"),
                Map.entry("logGroupNames", groups),
                Map.entry("queryString", String.join("\n",
                        "fields @timestamp, @message",
                        "| filter @message like /ERROR/",
                        "| parse @message '\"path\": \"*\"' as endpoint",
                        "| stats count() as errors by endpoint",
                        "| sort errors desc",
                        "| limit 10")));
        assertThat(resource(plan, QUERY, "query-slow-requests").inputValues()).containsOnly(
                Map.entry("name", "platform/" + stack + "/slow-requests"),
                Map.entry("logGroupNames", groups),
                Map.entry("queryString", String.join("\n",
                        "fields @timestamp, @message",
                        "| filter @message like /Request completed/",
                        "| parse @message 'duration=*ms' as duration",
                        "| filter duration > 1000",
                        "| stats count() as slow_requests, avg(duration) as avg_duration by bin(5m)")));
        assertThat(resource(plan, QUERY, "query-requests-by-status").inputValues()).containsOnly(
                Map.entry("name", "platform/" + stack + "/requests-by-status"),
                Map.entry("logGroupNames", groups),
                Map.entry("queryString", String.join("\n",
                        "fields @timestamp, @message",
                        "| filter @message like /Request completed/",
                        "| parse @message 'status=*' as status",
                        "| stats count() as requests by status")));
        assertThat(plan.ofType(QUERY)).allSatisfy(q ->
                assertThat(sources(q, "logGroupNames")).containsExactlyInAnyOrderElementsOf(groupUrns));
    }

    @Test
    void theObservabilityComponentHoldsTheWholeTier() {
        PlanResult plan = plan("production");
        String observability = component(plan, OBSERVABILITY).urn();
        // Every filter and alarm is the tier's, or one of SecurityEvents' CIS filters and alarms.
        String securityEvents = component(plan, "platform:observability:SecurityEvents").urn();
        for (String type : List.of(METRIC_FILTER, ALARM, OpsPlans.DASHBOARD, QUERY)) {
            assertThat(plan.ofType(type)).as(type).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.parent()).isIn(observability, securityEvents));
        }
        assertThat(plan.ofType(ALARM)).filteredOn(r -> r.parent().equals(securityEvents)).extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-production-cis-root-usage",
                        "platform-production-cis-iam-policy-changes");
        for (String type : List.of(TOPIC, TOPIC_POLICY)) {
            assertThat(plan.ofType(type)).as(type).hasSize(3)
                    .allSatisfy(r -> assertThat(r.parent()).isEqualTo(component(plan, ALERT_ROUTES).urn()));
        }
    }
}
