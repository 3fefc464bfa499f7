package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.CLASSIC_RULE;
import static io.platform.policy.rules.AwsTypes.CLASSIC_RULE_GROUP;
import static io.platform.policy.rules.AwsTypes.CLASSIC_WEB_ACL;
import static io.platform.policy.rules.AwsTypes.WEB_ACL;
import static io.platform.policy.rules.AwsTypes.WEB_ACL_LOGGING;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;

/** WAF rules over a web ACL with a rate limit and the AWS managed groups, logged with redaction. */
final class WafCases {
    private WafCases() {
    }

    static Map<String, Object> managed(String group, int priority) {
        return m("name", group, "priority", priority, "overrideAction", m("none", m()),
                "statement", m("managedRuleGroupStatement", m("vendorName", "AWS", "name", group)),
                "visibilityConfig", m("cloudwatchMetricsEnabled", true, "sampledRequestsEnabled", true, "metricName", group));
    }

    static Map<String, Object> acl() {
        return m("scope", "REGIONAL", "defaultAction", m("allow", m()),
                "visibilityConfig", m("cloudwatchMetricsEnabled", true, "sampledRequestsEnabled", true, "metricName", "acl"),
                "rules", l(
                        m("name", "rate", "priority", 1, "action", m("block", m()),
                                "statement", m("rateBasedStatement", m("limit", 2000, "aggregateKeyType", "IP")),
                                "visibilityConfig", m("cloudwatchMetricsEnabled", true, "sampledRequestsEnabled", true, "metricName", "rate")),
                        managed("AWSManagedRulesCommonRuleSet", 10),
                        managed("AWSManagedRulesKnownBadInputsRuleSet", 11)));
    }

    static void define(Cases c) {
        String acl = WEB_ACL.current();
        c.resource("waf-web-acl-has-rules", acl, acl())
                .pass()
                .pass(set("rules", l()), set("ruleJson", "[{\"Name\":\"r\"}]"))
                .fail(set("rules", l()), "rules is empty;")
                .unknown("rules")
                .as(CLASSIC_WEB_ACL.current(), m("name", "classic", "metricName", "classic", "defaultAction", m("type", "ALLOW"),
                        "rules", l(m("priority", 1, "ruleId", "r-1", "action", m("type", "BLOCK")))))
                .pass()
                .fail(del("rules"), "rules is empty;");

        c.resource("waf-rule-metrics", acl, acl())
                .pass()
                .fail(set("visibilityConfig.cloudwatchMetricsEnabled", false), "visibilityConfig.cloudwatchMetricsEnabled is false;")
                .fail(set("rules[1].visibilityConfig.cloudwatchMetricsEnabled", false),
                        "rules[AWSManagedRulesCommonRuleSet].visibilityConfig.cloudwatchMetricsEnabled is false;")
                .unknown("rules[1].visibilityConfig")
                .unknown("rules[1]", set("rules[2].visibilityConfig.cloudwatchMetricsEnabled", false),
                        "rules[AWSManagedRulesKnownBadInputsRuleSet].visibilityConfig.cloudwatchMetricsEnabled is false;");

        c.resource("waf-rules-enforce", acl, acl())
                .pass()
                .fail(set("rules[1].overrideAction", m("count", m())), "rules[AWSManagedRulesCommonRuleSet].overrideAction is count;")
                .fail(set("rules[0].action", m("count", m())), "rules[rate].action is count;")
                .setting("countRules", l("rate"))
                .pass(set("rules[0].action", m("count", m())))
                .unknown("rules[1].overrideAction")
                .unknown("rules[0]", set("rules[1].overrideAction", m("count", m())), "rules[AWSManagedRulesCommonRuleSet].overrideAction is count;");

        c.resource("waf-managed-rule-groups", acl, acl())
                .pass()
                .fail(del("rules[2]"), "rules has no managed rule group AWSManagedRulesKnownBadInputsRuleSet;")
                .fail(del("rules[0]"), "rules has no rateBasedStatement;")
                .unknown("rules[2]")
                .setting("requiredGroups", l("AWSManagedRulesCommonRuleSet", "AWSManagedRulesSQLiRuleSet"))
                .fail(set("scope", "REGIONAL"), "rules has no managed rule group AWSManagedRulesSQLiRuleSet;");

        Map<String, Object> logging = m("resourceArn", "arn:acl", "logDestinationConfigs", l("arn:aws:logs:us-east-1:1:log-group:aws-waf-logs-x"),
                "redactedFields", l(m("singleHeader", m("name", "authorization")), m("singleHeader", m("name", "cookie"))));
        c.resource("waf-log-redaction", WEB_ACL_LOGGING.current(), logging)
                .pass()
                .fail(del("redactedFields"), "redactedFields does not redact header authorization;")
                .fail(set("redactedFields[0].singleHeader.name", "x-api-key"), "redactedFields does not redact header authorization;")
                .unknown("redactedFields")
                .setting("redactedHeaders", l("authorization", "cookie"))
                .pass()
                .fail(del("redactedFields[1]"), "redactedFields does not redact header cookie;");

        PolicyResource regional = r(acl, "alb-waf").p("arn", "arn:aws:wafv2:us-east-1:1:regional/webacl/alb/1").ps(acl()).build();
        PolicyResource cdn = r(acl, "cdn-waf").p("arn", "arn:aws:wafv2:us-east-1:1:global/webacl/cdn/1").ps(acl()).p("scope", "CLOUDFRONT").build();
        c.stack("waf-logging", regional, cdn,
                        r(WEB_ACL_LOGGING.current(), "alb-waf-logging").p("resourceArn", UNKNOWN).dep("resourceArn", regional).build(),
                        r(WEB_ACL_LOGGING.current(), "cdn-waf-logging").p("resourceArn", "arn:aws:wafv2:us-east-1:1:global/webacl/cdn/1").build())
                .pass()
                .fail(drop("cdn-waf-logging"), "web ACL (scope CLOUDFRONT) has no aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration;")
                .fail(add(r(CLASSIC_WEB_ACL.current(), "classic").p("name", "classic").build()), "loggingConfiguration is not set;")
                .unknown(List.of(drop("cdn-waf-logging"), add(r(WEB_ACL_LOGGING.current(), "stray").p("resourceArn", UNKNOWN).build())))
                .unknown(List.of(drop("cdn-waf-logging"), add(r(WEB_ACL_LOGGING.current(), "stray").p("resourceArn", UNKNOWN).build()),
                        add(r(CLASSIC_WEB_ACL.current(), "classic").p("name", "classic").build())), "loggingConfiguration is not set;");

        c.resource("waf-classic-rules-not-empty", CLASSIC_RULE.current(), m("name", "r", "metricName", "r",
                        "predicates", l(m("dataId", "ipset-1", "negated", false, "type", "IPMatch"))))
                .pass()
                .fail(set("predicates", l()), "predicates is empty;")
                .unknown("predicates")
                .as(CLASSIC_RULE_GROUP.current(), m("name", "g", "metricName", "g",
                        "activatedRules", l(m("action", m("type", "BLOCK"), "priority", 1, "ruleId", "r-1"))))
                .pass()
                .fail(del("activatedRules"), "activatedRules is empty;");
    }
}
