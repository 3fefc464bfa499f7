package io.platform.operations;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.ANOMALY_MONITOR;
import static io.platform.observability.OpsPlans.ANOMALY_SUBSCRIPTION;
import static io.platform.observability.OpsPlans.BUDGET;
import static io.platform.observability.OpsPlans.OPERATIONS;
import static io.platform.observability.OpsPlans.TOPIC;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.dev;
import static io.platform.observability.OpsPlans.hex;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.maps;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.single;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.warningTopicArn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.6 cost controls: a Cost Anomaly Detection monitor over this stack's spend (its
 * Environment cost-allocation tag) with an immediate subscription, and a monthly budget warning
 * at 80 % actual and 100 % forecast spend — both to the alert topic.
 */
class CostControlsTest {

    private static PlanResult plan(String stack) {
        return stack.equals("dev") ? dev() : io.platform.observability.OpsPlans.plan(stack);
    }

    private static String monitorArn(RecordedResource monitor) {
        String hex = hex(monitor);
        return "arn:aws:ce::" + ACCOUNT + ":anomalymonitor/"
                + UUID.nameUUIDFromBytes(hex.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production", "dev"})
    void anomalyMonitorWatchesTheStacksEnvironmentTag(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource monitor = single(plan, ANOMALY_MONITOR);
        assertThat(monitor.inputValues()).containsEntry("name", "platform-" + stack + "-cost-monitor")
                .containsEntry("monitorType", "CUSTOM");
        assertThat(json(monitor, "monitorSpecification")).isEqualTo(parse(
                "{\"Tags\":{\"Key\":\"Environment\",\"Values\":[\"" + stack + "\"],\"MatchOptions\":[\"EQUALS\"]}}"));
        assertThat(monitor.parent()).isEqualTo(component(plan, OPERATIONS).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anomaliesOfAHundredDollarsOrMoreGoToTheAlertTopicImmediately(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource monitor = single(plan, ANOMALY_MONITOR);
        RecordedResource subscription = single(plan, ANOMALY_SUBSCRIPTION);
        Map<String, Object> in = subscription.inputValues();
        assertThat(in).containsEntry("name", "platform-" + stack + "-cost-anomalies")
                .containsEntry("frequency", "IMMEDIATE")
                .containsEntry("monitorArnLists", List.of(monitorArn(monitor)))
                .containsEntry("subscribers", List.of(Map.of("type", "SNS", "address", warningTopicArn(plan))))
                .containsEntry("thresholdExpression", Map.of("dimension", Map.of(
                        "key", "ANOMALY_TOTAL_IMPACT_ABSOLUTE",
                        "matchOptions", List.of("GREATER_THAN_OR_EQUAL"),
                        "values", List.of("100"))));
        assertThat(sources(subscription, "monitorArnLists")).containsExactly(monitor.urn());
        assertThat(sources(subscription, "subscribers")).containsExactly(resource(plan, TOPIC, "alerts-warning").urn());
    }

    @ParameterizedTest(name = "{0}: {1} USD")
    @CsvSource({"staging, 800", "production, 3000", "dev, 200"})
    void monthlyBudgetWarnsAtEightyPercentActualAndFullForecastToTheTopic(String stack, String limit) {
        PlanResult plan = plan(stack);
        RecordedResource budget = single(plan, BUDGET);
        Map<String, Object> in = budget.inputValues();
        assertThat(in).containsEntry("name", "platform-" + stack + "-monthly-budget")
                .containsEntry("budgetType", "COST")
                .containsEntry("timeUnit", "MONTHLY")
                .containsEntry("limitAmount", limit)
                .containsEntry("limitUnit", "USD")
                .containsEntry("costFilters", List.of(Map.of("name", "TagKeyValue",
                        "values", List.of("user:Environment$" + stack))));
        assertThat(maps(in.get("notifications"))).containsExactlyInAnyOrder(
                Map.of("notificationType", "ACTUAL", "comparisonOperator", "GREATER_THAN", "threshold", 80L,
                        "thresholdType", "PERCENTAGE", "subscriberSnsTopicArns", List.of(warningTopicArn(plan))),
                Map.of("notificationType", "FORECASTED", "comparisonOperator", "GREATER_THAN", "threshold", 100L,
                        "thresholdType", "PERCENTAGE", "subscriberSnsTopicArns", List.of(warningTopicArn(plan))));
        assertThat(sources(budget, "notifications")).containsExactly(resource(plan, TOPIC, "alerts-warning").urn());
    }

    @Test
    void budgetAndAnomalyThresholdCanBeConfigured() {
        PlanResult plan = planWith("staging", Map.of("platform:operations",
                "{\"monthlyBudgetUsd\":1234,\"anomalyThresholdUsd\":25}"));
        assertThat(single(plan, BUDGET).inputValues()).containsEntry("limitAmount", "1234");
        assertThat(single(plan, ANOMALY_SUBSCRIPTION).inputValues()).containsEntry("thresholdExpression",
                Map.of("dimension", Map.of("key", "ANOMALY_TOTAL_IMPACT_ABSOLUTE",
                        "matchOptions", List.of("GREATER_THAN_OR_EQUAL"), "values", List.of("25"))));
    }

    @Test
    void theTopicCostAlertsPublishToIsTheWarningTopic() {
        PlanResult plan = plan("production");
        // A budget or an anomaly is looked at the same day; it pages nobody.
        assertThat(warningTopicArn(plan)).isEqualTo("arn:aws:sns:us-east-1:" + ACCOUNT
                + ":platform-production-alerts-warning");
        assertThat(plan.ofType(TOPIC)).hasSize(3);
    }
}
