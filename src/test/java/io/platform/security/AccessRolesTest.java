package io.platform.security;

import io.platform.plan.PlanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.METRIC_FILTER;
import static io.platform.observability.OpsPlans.ROLE;
import static io.platform.observability.OpsPlans.ROLE_POLICY_ATTACHMENT;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.roleArn;
import static io.platform.observability.OpsPlans.topicArn;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:access} on the production plan: a break-glass role (PowerUserAccess, one hour, paged on
 * use) and a read-only developer role (30-minute sessions, noted on use), each trusting only its
 * principals with MFA.
 */
class AccessRolesTest {
    static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/alice";
    static final String ACCESS = "{\"roles\":["
            + "{\"name\":\"break-glass\",\"managedPolicy\":\"PowerUserAccess\",\"principals\":[\"" + ALICE + "\"],"
            + "\"mfaMaxAgeSeconds\":900},"
            + "{\"name\":\"developer\",\"principals\":[\"this-account\"],\"maxSessionSeconds\":1800}]}";

    private static PlanResult plan() {
        return planWith("production", Map.of("platform:access", ACCESS));
    }

    @Test
    void breakGlassTrustsOnlyItsPrincipalsWithMfa() {
        PlanResult plan = plan();
        var breakGlass = resource(plan, ROLE, "break-glass");
        Map<String, Object> role = breakGlass.inputValues();
        assertThat(role).containsEntry("name", "platform-production-break-glass")
                .containsEntry("maxSessionDuration", 3600L)
                .containsEntry("permissionsBoundary", "arn:aws:iam::aws:policy/PowerUserAccess");
        assertThat(json(breakGlass, "assumeRolePolicy")).isEqualTo(parse("{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Sid\":\"AssumeWithMfa\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ALICE + "\"},"
                + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"},"
                + "\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"900\"}}}]}"));
        assertThat(resource(plan, ROLE_POLICY_ATTACHMENT, "break-glass-policy").inputValues())
                .containsEntry("role", "platform-production-break-glass")
                .containsEntry("policyArn", "arn:aws:iam::aws:policy/PowerUserAccess");
    }

    @Test
    void developerIsReadOnlyForHalfAnHourFromThisAccount() {
        PlanResult plan = plan();
        Map<String, Object> role = resource(plan, ROLE, "developer").inputValues();
        assertThat(role).containsEntry("maxSessionDuration", 1800L)
                .containsEntry("permissionsBoundary", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(role.get("assumeRolePolicy").toString()).contains("\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"",
                "\"aws:MultiFactorAuthPresent\":\"true\"", "\"aws:MultiFactorAuthAge\":\"3600\"");
    }

    @Test
    void everyAssumeRoleIsCountedFromTheTrailAndAlarmsOnItsSeverity() {
        PlanResult plan = plan();
        String breakGlassArn = roleArn(resource(plan, ROLE, "break-glass"));
        assertThat(resource(plan, METRIC_FILTER, "break-glass-assumed").inputValues())
                .containsEntry("logGroupName", "/platform/production/cloudtrail")
                .containsEntry("pattern", "{ ($.eventSource = \"sts.amazonaws.com\") && ($.eventName = \"AssumeRole\") "
                        + "&& ($.requestParameters.roleArn = \"" + breakGlassArn + "\") }")
                .containsEntry("metricTransformation", Map.of("name", "AssumeRole-platform-production-break-glass",
                        "namespace", "PlatformAccess", "value", "1", "defaultValue", "0"));
        assertThat(resource(plan, ALARM, "break-glass-assumed").inputValues())
                .containsEntry("threshold", 1L).containsEntry("period", 300L)
                .containsEntry("alarmActions", List.of(topicArn(plan))).containsEntry("okActions", List.of(topicArn(plan)));
        assertThat(resource(plan, ALARM, "developer-assumed").inputValues())
                .containsEntry("alarmActions", List.of(topicArn(plan) + "-info")).doesNotContainKey("okActions");
    }

    @Test
    void stacksWithoutRolesHaveNone() {
        assertThat(io.platform.observability.OpsPlans.plan("production").ofType(ROLE))
                .noneMatch(r -> r.name().endsWith("-break-glass"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"roles\":[{\"name\":\"ops\"}]}|platform:access.roles[0].principals: is missing or []",
            "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"alice\"]}]}|platform:access.roles[0].principals[0]: 'alice' is not an IAM principal ARN",
            "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"arn:aws-cn:iam::123456789012:root\"]}]}|platform:access.roles[0].principals[0]: 'arn:aws-cn:iam::123456789012:root' is in partition aws-cn, but the stack deploys to aws",
            "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"this-account\"],\"maxSessionSeconds\":600}]}|platform:access.roles[0].maxSessionSeconds: 600 is out of range 900..43200",
            "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"this-account\"],\"managedPolicy\":\"AdministratorAccess\"}]}|platform:access.roles[0].managedPolicy: 'AdministratorAccess' is not allowed",
            "{\"roles\":[{\"name\":\"Ops\",\"principals\":[\"this-account\"]}]}|platform:access.roles[0].name: 'Ops' is not allowed",
            "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"this-account\"]},{\"name\":\"ops\",\"principals\":[\"this-account\"]}]}|platform:access.roles[1].name: 'ops' is declared twice",
            "{\"role\":[]}|platform:access.role: is not a known setting (did you mean roles?)",
    })
    void mistakesAreOneLine(String access, String message) {
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:access", access))))
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void rolesNeedTheTrail() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:access",
                "{\"roles\":[{\"name\":\"ops\",\"principals\":[\"this-account\"]}]}"))))
                .hasMessageStartingWith("platform:access.roles: needs the CloudTrail trail in CloudWatch Logs");
    }
}
