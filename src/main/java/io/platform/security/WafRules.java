package io.platform.security;

import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionNoneArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionCountArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementByteMatchStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementByteMatchStatementFieldToMatchArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementByteMatchStatementFieldToMatchSingleHeaderArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementByteMatchStatementTextTransformationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementGeoMatchStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementNotStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementOrStatementArgs;
import io.platform.config.SecurityConfig;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WAF rules both web ACLs use — the ALB's REGIONAL one and CloudFront's — so a rate limit or
 * a managed group means the same thing in front of either.
 */
public final class WafRules {
    /** WAF's rate-based rules count over a five-minute window. */
    public static final int RATE_WINDOW_SECONDS = 300;

    private WafRules() {
    }

    /** Blocks an IP that sends more than {@code limit} requests in five minutes. */
    public static WebAclRuleArgs rateLimitPerIp(String aclName, int priority, int limit) {
        return WebAclRuleArgs.builder()
                .name("rate-limit-per-ip")
                .priority(priority)
                .action(block())
                .statement(WebAclRuleStatementArgs.builder()
                        .rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                                .limit(limit)
                                .aggregateKeyType("IP")
                                .evaluationWindowSec(RATE_WINDOW_SECONDS)
                                .build())
                        .build())
                .visibilityConfig(visibility(aclName + "-rate-limit"))
                .build();
    }

    /** AWS managed rule groups, evaluated in list order at priorities {@code step}, {@code 2·step}, … */
    public static List<WebAclRuleArgs> managedGroups(String aclName, List<String> groups, int step) {
        return managedGroups(aclName, groups, Map.of(), step, ManagedGroupConfigs::none);
    }

    /**
     * As {@link #managedGroups(String, List, int)}, with per-rule action overrides inside a group
     * (group → rule → action) and the configuration some groups need (Bot Control, ATP).
     */
    public static List<WebAclRuleArgs> managedGroups(String aclName, List<String> groups,
                                                     Map<String, Map<String, String>> overrides, int step,
                                                     java.util.function.Function<String, List<
                                                             WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs>> configs) {
        List<WebAclRuleArgs> rules = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            var statement = WebAclRuleStatementManagedRuleGroupStatementArgs.builder().vendorName("AWS").name(group);
            List<WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs> groupOverrides = new ArrayList<>();
            overrides.getOrDefault(group, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(o -> groupOverrides.add(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs
                            .builder().name(o.getKey()).actionToUse(ManagedGroupConfigs.actionToUse(o.getValue())).build()));
            if (!groupOverrides.isEmpty()) {
                statement.ruleActionOverrides(groupOverrides);
            }
            List<WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs> config = configs.apply(group);
            if (!config.isEmpty()) {
                statement.managedRuleGroupConfigs(config);
            }
            rules.add(WebAclRuleArgs.builder()
                    .name(group)
                    .priority(step * (i + 1))
                    .overrideAction(WebAclRuleOverrideActionArgs.builder()
                            .none(WebAclRuleOverrideActionNoneArgs.builder().build()).build())
                    .statement(WebAclRuleStatementArgs.builder().managedRuleGroupStatement(statement.build()).build())
                    .visibilityConfig(visibility(aclName + "-" + group))
                    .build());
        }
        return rules;
    }

    /** Blocks requests from {@code countries}. */
    public static WebAclRuleArgs geoBlock(String aclName, int priority, List<String> countries) {
        return WebAclRuleArgs.builder()
                .name("geo-block")
                .priority(priority)
                .action(block())
                .statement(geoMatch(countries))
                .visibilityConfig(visibility(aclName + "-geo-block"))
                .build();
    }

    /** Blocks requests from anywhere but {@code countries} (seed 000: "US only"). */
    public static WebAclRuleArgs geoAllowOnly(String aclName, int priority, List<String> countries) {
        return WebAclRuleArgs.builder()
                .name("geo-allow-only")
                .priority(priority)
                .action(block())
                .statement(WebAclRuleStatementArgs.builder()
                        .notStatement(WebAclRuleStatementNotStatementArgs.builder().statements(geoMatch(countries)).build())
                        .build())
                .visibilityConfig(visibility(aclName + "-geo-allow-only"))
                .build();
    }

    /**
     * Blocks (or counts) a request whose header, lower-cased, contains any of the strings — seed
     * 000's bad-bot rule on {@code user-agent}.
     */
    public static WebAclRuleArgs headerContains(String aclName, int priority, SecurityConfig.CustomRule rule) {
        List<WebAclRuleStatementArgs> matches = rule.contains().stream().map(text -> WebAclRuleStatementArgs.builder()
                .byteMatchStatement(WebAclRuleStatementByteMatchStatementArgs.builder()
                        .fieldToMatch(WebAclRuleStatementByteMatchStatementFieldToMatchArgs.builder()
                                .singleHeader(WebAclRuleStatementByteMatchStatementFieldToMatchSingleHeaderArgs.builder()
                                        .name(rule.header()).build())
                                .build())
                        .positionalConstraint("CONTAINS")
                        .searchString(text)
                        .textTransformations(WebAclRuleStatementByteMatchStatementTextTransformationArgs.builder()
                                .priority(0).type("LOWERCASE").build())
                        .build())
                .build()).toList();
        // An OR statement needs two or more statements.
        WebAclRuleStatementArgs statement = matches.size() == 1 ? matches.get(0) : WebAclRuleStatementArgs.builder()
                .orStatement(WebAclRuleStatementOrStatementArgs.builder().statements(matches).build()).build();
        return WebAclRuleArgs.builder()
                .name(rule.name())
                .priority(priority)
                .action(rule.action().equals("count")
                        ? WebAclRuleActionArgs.builder().count(WebAclRuleActionCountArgs.builder().build()).build()
                        : block())
                .statement(statement)
                .visibilityConfig(visibility(aclName + "-" + rule.name()))
                .build();
    }

    private static WebAclRuleStatementArgs geoMatch(List<String> countries) {
        return WebAclRuleStatementArgs.builder()
                .geoMatchStatement(WebAclRuleStatementGeoMatchStatementArgs.builder().countryCodes(countries).build())
                .build();
    }

    public static WebAclRuleActionArgs block() {
        return WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build();
    }

    public static WebAclRuleVisibilityConfigArgs visibility(String metric) {
        return WebAclRuleVisibilityConfigArgs.builder()
                .cloudwatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(metric).build();
    }
}
