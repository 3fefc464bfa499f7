package io.platform.security;

import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional web ACL as seed 000 writes it: US only, 1000 requests per five minutes, the bad-bot
 * rule on the user agent, Bot Control; and, on another stack, account-takeover prevention on the
 * login path and a per-rule override inside a managed group.
 */
class WafSeedRulesTest {
    private static final String ACL = "aws:wafv2/webAcl:WebAcl";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, String> sections) {
        return (List<Map<String, Object>>) WorkloadStacks.template(WorkloadStacks.plan(sections)).inputs(ACL, "waf").get("rules");
    }

    private static Map<String, Object> rule(List<Map<String, Object>> rules, String name) {
        return rules.stream().filter(r -> name.equals(r.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + name + " in " + rules));
    }

    @Test
    void taxPracticeAiAllowsOnlyTheUsAndBlocksBadBots() {
        List<Map<String, Object>> rules = rules(SeedWorkloads.taxPracticeAi());
        assertThat(rules).extracting(r -> r.get("name") + "@" + r.get("priority")).containsExactly(
                "geo-allow-only@0", "rate-limit-per-ip@1", "BlockBadBots@2",
                "AWSManagedRulesAmazonIpReputationList@10", "AWSManagedRulesCommonRuleSet@20",
                "AWSManagedRulesKnownBadInputsRuleSet@30", "AWSManagedRulesSQLiRuleSet@40",
                "AWSManagedRulesLinuxRuleSet@50", "AWSManagedRulesBotControlRuleSet@60");
        assertThat(rule(rules, "geo-allow-only")).containsEntry("action", Map.of("block", Map.of()))
                .containsEntry("statement", Map.of("notStatement", Map.of("statements", List.of(
                        Map.of("geoMatchStatement", Map.of("countryCodes", List.of("US")))))));
        assertThat(map(map(rule(rules, "rate-limit-per-ip").get("statement")).get("rateBasedStatement")))
                .containsEntry("limit", 1000L);
        assertThat(rule(rules, "BlockBadBots").get("statement")).isEqualTo(Map.of("byteMatchStatement", Map.of(
                "fieldToMatch", Map.of("singleHeader", Map.of("name", "user-agent")),
                "positionalConstraint", "CONTAINS", "searchString", "bad-bot",
                "textTransformations", List.of(Map.of("priority", 0L, "type", "LOWERCASE")))));
        assertThat(map(rule(rules, "AWSManagedRulesBotControlRuleSet").get("statement")).get("managedRuleGroupStatement"))
                .isEqualTo(Map.of("vendorName", "AWS", "name", "AWSManagedRulesBotControlRuleSet",
                        "managedRuleGroupConfigs", List.of(Map.of("awsManagedRulesBotControlRuleSet",
                                Map.of("inspectionLevel", "COMMON")))));
    }

    @Test
    void accountTakeoverPreventionWatchesTheLoginAndOverridesApplyInsideTheirGroup() {
        List<Map<String, Object>> rules = rules(Map.of("security", "{'github':{'repository':'acme/platform'},'waf':{"
                + "'blockedCountries':['KP'],'customRules':[{'name':'scanners','contains':['sqlmap','nikto'],'action':'count'}],"
                + "'accountTakeover':{'loginPath':'/api/auth/login','usernameField':'/email'},"
                + "'ruleOverrides':{'AWSManagedRulesCommonRuleSet':{'SizeRestrictions_BODY':'count','NoUserAgent_HEADER':'block'}}}}"));
        assertThat(rules).extracting(r -> r.get("name")).containsExactly("geo-block", "rate-limit-per-ip", "scanners",
                "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesLinuxRuleSet", "AWSManagedRulesATPRuleSet");
        Map<String, Object> scanners = rule(rules, "scanners");
        assertThat(scanners).containsEntry("action", Map.of("count", Map.of()));
        assertThat(map(map(scanners.get("statement")).get("orStatement")).get("statements")).asList().hasSize(2);
        assertThat(map(map(rule(rules, "AWSManagedRulesATPRuleSet").get("statement")).get("managedRuleGroupStatement"))
                .get("managedRuleGroupConfigs")).isEqualTo(List.of(Map.of("awsManagedRulesAtpRuleSet", Map.of(
                        "loginPath", "/api/auth/login", "requestInspection", Map.of("payloadType", "JSON",
                                "usernameField", Map.of("identifier", "/email"),
                                "passwordField", Map.of("identifier", "/password"))))));
        assertThat(map(map(rule(rules, "AWSManagedRulesCommonRuleSet").get("statement")).get("managedRuleGroupStatement"))
                .get("ruleActionOverrides")).isEqualTo(List.of(
                        Map.of("name", "NoUserAgent_HEADER", "actionToUse", Map.of("block", Map.of())),
                        Map.of("name", "SizeRestrictions_BODY", "actionToUse", Map.of("count", Map.of()))));
    }

    @Test
    void theStackFilesKeepTheirRules() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) WorkloadStacks.template(StackFixture.plan("staging"))
                .inputs(ACL, "waf").get("rules");
        assertThat(rules).extracting(r -> r.get("name")).containsExactly("rate-limit-per-ip",
                "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet",
                "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesLinuxRuleSet");
        assertThat(rules).allSatisfy(r -> assertThat(Template.map(r.get("statement"))).isNotEmpty());
    }
}
