package io.platform.observability;

import io.platform.config.StackConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.METRIC_FILTER;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.topicArn;
import static io.platform.observability.OpsPlans.warningTopicArn;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:security.findings} on the plan: production (account baseline on) routes GuardDuty
 * findings of severity 7 and above to the critical topic, Config non-compliance and HIGH/CRITICAL Security
 * Hub findings to the warning topic, and watches the trail's log group for root use and IAM policy changes.
 */
class SecurityEventsTest {
    private static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    private static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    private static final String SECURITY = "{\"accountBaseline\":true,\"github\":{\"repository\":\"acme/platform\","
            + "\"environments\":[\"production\"]}";

    private static String pattern(PlanResult plan, String rule) {
        return (String) resource(plan, RULE, rule).inputValues().get("eventPattern");
    }

    private static Map<String, Object> target(PlanResult plan, String rule) {
        return resource(plan, TARGET, rule + "-to-topic").inputValues();
    }

    @Test
    void productionRoutesFindingsBySeverity() {
        PlanResult plan = plan("production");
        assertThat(pattern(plan, "guardduty-findings")).isEqualTo("{\"detail\":{\"severity\":[{\"numeric\":[\">=\",7.0]}]},"
                + "\"detail-type\":[\"GuardDuty Finding\"],\"source\":[\"aws.guardduty\"]}");
        assertThat(target(plan, "guardduty-findings")).containsEntry("rule", "platform-production-guardduty-findings")
                .containsEntry("arn", topicArn(plan)).containsEntry("targetId", "alert-topic");
        assertThat(pattern(plan, "config-compliance")).isEqualTo("{\"detail\":{\"newEvaluationResult\":"
                + "{\"complianceType\":[\"NON_COMPLIANT\"]}},\"detail-type\":[\"Config Rules Compliance Change\"],"
                + "\"source\":[\"aws.config\"]}");
        assertThat(target(plan, "config-compliance")).containsEntry("arn", warningTopicArn(plan));
        assertThat(pattern(plan, "securityhub-findings")).isEqualTo("{\"detail\":{\"findings\":{\"RecordState\":[\"ACTIVE\"],"
                + "\"Severity\":{\"Label\":[\"HIGH\",\"CRITICAL\"]},\"Workflow\":{\"Status\":[\"NEW\"]}}},"
                + "\"detail-type\":[\"Security Hub Findings - Imported\"],\"source\":[\"aws.securityhub\"]}");
        assertThat(target(plan, "securityhub-findings")).containsEntry("arn", warningTopicArn(plan));
    }

    @Test
    void cisFiltersWatchTheTrailsLogGroupAndAlarmOnTheFirstEvent() {
        PlanResult plan = plan("production");
        RecordedResource root = resource(plan, METRIC_FILTER, "cis-root-usage");
        assertThat(root.inputValues()).containsEntry("logGroupName", "/platform/production/cloudtrail")
                .containsEntry("pattern", "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS "
                        + "&& $.eventType != \"AwsServiceEvent\" }")
                .containsEntry("metricTransformation", Map.of("name", "RootAccountUsage", "namespace", "CISBenchmark",
                        "value", "1", "defaultValue", "0"));
        assertThat((String) resource(plan, METRIC_FILTER, "cis-iam-policy-changes").inputValues().get("pattern"))
                .contains("($.eventName=PutRolePolicy)", "($.eventName=AttachRolePolicy)", "($.eventName=CreatePolicyVersion)");
        Map<String, Object> rootAlarm = resource(plan, ALARM, "cis-root-usage").inputValues();
        assertThat(rootAlarm).containsEntry("name", "platform-production-cis-root-usage")
                .containsEntry("namespace", "CISBenchmark").containsEntry("metricName", "RootAccountUsage")
                .containsEntry("statistic", "Sum").containsEntry("threshold", 1L).containsEntry("period", 300L)
                .containsEntry("comparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("alarmActions", List.of(topicArn(plan))).containsEntry("okActions", List.of(topicArn(plan)));
        assertThat(resource(plan, ALARM, "cis-iam-policy-changes").inputValues())
                .containsEntry("alarmActions", List.of(warningTopicArn(plan))).doesNotContainKey("okActions");
    }

    @Test
    void stagingWithoutTheBaselineHasNoneAndTheThresholdsComeFromConfig() {
        assertThat(plan("staging").ofType(RULE)).isEmpty();
        PlanResult tuned = planWith("staging", Map.of("platform:security", SECURITY + ",\"findings\":"
                + "{\"guardDutyMinSeverity\":4,\"securityHubMinSeverity\":\"MEDIUM\",\"configCompliance\":false}}"));
        assertThat(pattern(tuned, "guardduty-findings")).contains("{\"numeric\":[\">=\",4.0]}");
        assertThat(pattern(tuned, "securityhub-findings")).contains("\"Label\":[\"MEDIUM\",\"HIGH\",\"CRITICAL\"]");
        assertThat(tuned.ofType(RULE)).extracting(RecordedResource::name).containsExactlyInAnyOrder(
                "platform-staging-guardduty-findings", "platform-staging-securityhub-findings");
        assertThat(tuned.ofType(METRIC_FILTER)).extracting(RecordedResource::name).contains(
                "platform-staging-cis-root-usage", "platform-staging-cis-iam-policy-changes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"guardDutyMinSeverity\":11}|platform:security.findings.guardDutyMinSeverity: 11 is out of range 1..10",
            "{\"guardDutyMinSeverity\":\"high\"}|platform:security.findings.guardDutyMinSeverity: 'high' is not a number; allowed: 1..10",
            "{\"securityHubMinSeverity\":\"SEVERE\"}|platform:security.findings.securityHubMinSeverity: 'SEVERE' is not allowed",
            "{\"cisAlarm\":true}|platform:security.findings.cisAlarm: is not a known setting (did you mean cisAlarms?)",
    })
    void mistakesAreOneLine(String findings, String message) {
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:security",
                SECURITY + ",\"findings\":" + findings + "}")))).hasMessageStartingWith(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    void cisAlarmsNeedTheTrailsLogGroup() {
        String security = SECURITY.replace("\"accountBaseline\":true", "\"accountBaseline\":false");
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:security",
                security + ",\"findings\":{\"cisAlarms\":true}}")))).hasMessage(
                "platform:security.findings.cisAlarms: true needs the trail's CloudWatch Logs group, but "
                        + "platform:security.accountBaseline is false; allowed: false");
        StackConfig rulesOnly = load(withOverrides(stackFile("staging"), Map.of("platform:security",
                security + ",\"findings\":{\"enabled\":true}}")));
        assertThat(rulesOnly.security().findings().enabled()).isTrue();
        assertThat(rulesOnly.security().findings().cisAlarms()).isFalse();
    }
}
