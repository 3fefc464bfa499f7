package io.platform.observability;

import io.platform.plan.PlanResult;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.REGION;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.topicArn;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:security.findings.remediationFunction}: the GuardDuty rule invokes the named function
 * besides paging, with an invoke permission limited to that rule.
 */
class FindingsRemediationTest {
    private static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    private static final String PERMISSION = "aws:lambda/permission:Permission";
    private static final String SECURITY = "{\"accountBaseline\":true,\"github\":{\"repository\":\"acme/platform\","
            + "\"environments\":[\"production\"]},\"findings\":";
    private static final String FUNCTIONS = "[{\"name\":\"responder\",\"runtime\":\"python3.11\",\"handler\":\"app.handler\","
            + "\"code\":{\"s3Bucket\":\"acme-artifacts\",\"s3Key\":\"responder/1.0.0.zip\"}}]";

    private static Map<String, String> overrides(String findings, String functions) {
        return Map.of("platform:security", SECURITY + findings + "}", "platform:functions", functions);
    }

    @Test
    void guardDutyFindingsAlsoInvokeTheRemediationFunctionFromThatRuleOnly() {
        PlanResult plan = planWith("production", overrides("{\"remediationFunction\":\"responder\"}", FUNCTIONS));
        String ruleArn = "arn:aws:events:" + REGION + ":" + ACCOUNT + ":rule/platform-production-guardduty-findings";
        assertThat(resource(plan, PERMISSION, "guardduty-findings-remediation-invoke").inputValues())
                .containsEntry("action", "lambda:InvokeFunction").containsEntry("principal", "events.amazonaws.com")
                .containsEntry("sourceArn", ruleArn).containsEntry("function", "platform-production-responder");
        Map<String, Object> target = resource(plan, TARGET, "guardduty-findings-to-remediation").inputValues();
        assertThat(target).containsEntry("rule", "platform-production-guardduty-findings")
                .containsEntry("targetId", "remediation")
                .containsEntry("arn", "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:platform-production-responder");
        assertThat(resource(plan, TARGET, "guardduty-findings-to-topic").inputValues())
                .containsEntry("arn", topicArn(plan));
    }

    @Test
    void withoutItOnlyTheTopicIsTargeted() {
        PlanResult plan = planWith("production", overrides("{}", FUNCTIONS));
        assertThat(plan.ofType(TARGET)).noneMatch(r -> r.name().endsWith("-to-remediation"));
    }

    @Test
    void anUnknownFunctionIsRefusedNamingTheDeclaredOnes() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"),
                overrides("{\"remediationFunction\":\"responer\"}", FUNCTIONS)))).hasMessage(
                "platform:security.findings.remediationFunction: 'responer' is not declared in platform:functions "
                        + "(did you mean responder?); declared: responder");
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:security",
                SECURITY + "{\"remediationFunction\":\"responder\"}}")))).hasMessage(
                "platform:security.findings.remediationFunction: 'responder' is not declared in platform:functions; "
                        + "declared: none");
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"),
                overrides("{\"enabled\":false,\"cisAlarms\":false,\"remediationFunction\":\"responder\"}", FUNCTIONS))))
                .hasMessageStartingWith("platform:security.findings.remediationFunction: needs "
                        + "platform:security.findings.enabled");
    }
}
