package io.platform.security;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.2 WAF: the REGIONAL web ACL for the ALB, its rules in priority order, and its logging. */
class SecurityWebFirewallTest {
    private static final String WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    private static final String LOGGING = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";
    private static final List<String> MANAGED = List.of(
            "AWSManagedRulesAmazonIpReputationList",
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesSQLiRuleSet",
            "AWSManagedRulesLinuxRuleSet");

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void oneRegionalAclThatAllowsByDefault(String stack) {
        PlanResult plan = plan(stack);
        // The edge tier's CLOUDFRONT-scope ACL (us-east-1) is the other one.
        assertThat(plan.ofType(WEB_ACL)).filteredOn(acl -> "REGIONAL".equals(acl.inputValues().get("scope")))
                .singleElement().satisfies(acl -> {
            assertThat(acl.name()).isEqualTo("platform-" + stack + "-waf");
            assertThat(acl.parent()).isEqualTo(named(plan, "platform-" + stack + "-security").urn());
            assertThat(acl.inputValues())
                    .containsEntry("name", "platform-" + stack + "-waf")
                    .containsEntry("scope", "REGIONAL")
                    .containsEntry("defaultAction", Map.of("allow", Map.of()))
                    .containsEntry("visibilityConfig", Map.of("cloudwatchMetricsEnabled", true,
                            "sampledRequestsEnabled", true, "metricName", "platform-" + stack + "-waf"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void rulesAreTheRateLimitThenTheFiveManagedGroupsInPriorityOrder(String stack) {
        List<Map<String, Object>> rules = rules(plan(stack));
        assertThat(rules).extracting(r -> r.get("name"), r -> r.get("priority")).containsExactly(
                tuple("rate-limit-per-ip", 1L),
                tuple("AWSManagedRulesAmazonIpReputationList", 10L),
                tuple("AWSManagedRulesCommonRuleSet", 20L),
                tuple("AWSManagedRulesKnownBadInputsRuleSet", 30L),
                tuple("AWSManagedRulesSQLiRuleSet", 40L),
                tuple("AWSManagedRulesLinuxRuleSet", 50L));
        assertThat(rules).noneMatch(r -> "geo-block".equals(r.get("name")));
    }

    @Test
    void rateLimitBlocksPerIpAt2000OverFiveMinutes() {
        Map<String, Object> rate = rule(plan("staging"), "rate-limit-per-ip");
        assertThat(rate).containsEntry("action", Map.of("block", Map.of())).doesNotContainKey("overrideAction");
        assertThat(rate.get("statement")).isEqualTo(Map.of("rateBasedStatement",
                Map.of("limit", 2000L, "aggregateKeyType", "IP", "evaluationWindowSec", 300L)));
        assertThat(rate.get("visibilityConfig")).isEqualTo(Map.of("cloudwatchMetricsEnabled", true,
                "sampledRequestsEnabled", true, "metricName", "platform-staging-waf-rate-limit"));
        assertThat(rule(plan("production"), "rate-limit-per-ip").get("statement")).isEqualTo(rate.get("statement"));
    }

    @Test
    void managedGroupsAreAwsVendorGroupsWithOverrideNone() {
        PlanResult plan = plan("staging");
        for (String group : MANAGED) {
            Map<String, Object> rule = rule(plan, group);
            assertThat(rule).as(group)
                    .containsEntry("overrideAction", Map.of("none", Map.of()))
                    .doesNotContainKey("action")
                    .containsEntry("statement", Map.of("managedRuleGroupStatement",
                            Map.of("name", group, "vendorName", "AWS")))
                    .containsEntry("visibilityConfig", Map.of("cloudwatchMetricsEnabled", true,
                            "sampledRequestsEnabled", true, "metricName", "platform-staging-waf-" + group));
        }
    }

    @Test
    void blockedCountriesAddAGeoBlockRuleAtPriorityZero() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/platform\"},\"waf\":{\"blockedCountries\":[\"KP\",\"IR\"]}}")));
        List<Map<String, Object>> rules = rules(plan);
        assertThat(rules).extracting(r -> r.get("name"), r -> r.get("priority")).containsExactly(
                tuple("geo-block", 0L),
                tuple("rate-limit-per-ip", 1L),
                tuple("AWSManagedRulesAmazonIpReputationList", 10L),
                tuple("AWSManagedRulesCommonRuleSet", 20L),
                tuple("AWSManagedRulesKnownBadInputsRuleSet", 30L),
                tuple("AWSManagedRulesSQLiRuleSet", 40L),
                tuple("AWSManagedRulesLinuxRuleSet", 50L));
        assertThat(rules.get(0))
                .containsEntry("action", Map.of("block", Map.of()))
                .containsEntry("statement", Map.of("geoMatchStatement", Map.of("countryCodes", List.of("KP", "IR"))))
                .containsEntry("visibilityConfig", Map.of("cloudwatchMetricsEnabled", true,
                        "sampledRequestsEnabled", true, "metricName", "platform-staging-waf-geo-block"));
    }

    @Test
    void rateLimitComesFromConfig() {
        PlanResult plan = plan(withOverrides(stackFile("production"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/platform\"},\"waf\":{\"rateLimit\":1000}}")));
        assertThat(map(rule(plan, "rate-limit-per-ip").get("statement")).get("rateBasedStatement"))
                .isEqualTo(Map.of("limit", 1000L, "aggregateKeyType", "IP", "evaluationWindowSec", 300L));
        assertThat(rules(plan)).extracting(r -> r.get("name")).doesNotContain("geo-block");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void logsGoToAnEncryptedAwsWafLogsGroupWithTheAuthorizationHeaderRedacted(String stack) {
        PlanResult plan = plan(stack);
        String groupName = "aws-waf-logs-platform-" + stack + "-alb";
        RecordedResource group = named(plan, "platform-" + stack + "-waf-logs");
        assertThat(group.inputValues())
                .containsEntry("name", groupName)
                .containsEntry("retentionInDays", stack.equals("production") ? 90L : 30L)
                .containsEntry("kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/"
                        + named(plan, "platform-" + stack + "-logs").id());

        RecordedResource acl = named(plan, "platform-" + stack + "-waf");
        // The regional ACL's configuration; the CloudFront ACL's own one is the edge tier's (EdgeTest).
        assertThat(plan.ofType(LOGGING)).extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-" + stack + "-waf-logging", "platform-" + stack + "-cdn-waf-logging");
        assertThat(named(plan, "platform-" + stack + "-waf-logging")).satisfies(logging -> {
            assertThat(logging.inputValues())
                    .containsEntry("logDestinationConfigs",
                            List.of("arn:aws:logs:us-east-1:123456789012:log-group:" + groupName))
                    .containsEntry("redactedFields", List.of(Map.of("singleHeader", Map.of("name", "authorization"))));
            assertThat((String) logging.inputValues().get("resourceArn"))
                    .startsWith("arn:aws:wafv2:us-east-1:123456789012:regional/webacl/platform-" + stack + "-waf/");
            assertThat(logging.propertyDependencies().get("resourceArn")).containsExactly(acl.urn());
            assertThat(logging.propertyDependencies().get("logDestinationConfigs")).containsExactly(group.urn());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(PlanResult plan) {
        return (List<Map<String, Object>>) named(plan, "platform-" + plan.stack() + "-waf").inputValues().get("rules");
    }

    private static Map<String, Object> rule(PlanResult plan, String name) {
        return rules(plan).stream().filter(r -> name.equals(r.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no WAF rule " + name));
    }
}
