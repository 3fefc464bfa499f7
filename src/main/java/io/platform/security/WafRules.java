package io.platform.security;

import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionNoneArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;

import java.util.ArrayList;
import java.util.List;

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
        List<WebAclRuleArgs> rules = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            rules.add(WebAclRuleArgs.builder()
                    .name(group)
                    .priority(step * (i + 1))
                    .overrideAction(WebAclRuleOverrideActionArgs.builder()
                            .none(WebAclRuleOverrideActionNoneArgs.builder().build()).build())
                    .statement(WebAclRuleStatementArgs.builder()
                            .managedRuleGroupStatement(WebAclRuleStatementManagedRuleGroupStatementArgs.builder()
                                    .vendorName("AWS").name(group).build())
                            .build())
                    .visibilityConfig(visibility(aclName + "-" + group))
                    .build());
        }
        return rules;
    }

    public static WebAclRuleActionArgs block() {
        return WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build();
    }

    public static WebAclRuleVisibilityConfigArgs visibility(String metric) {
        return WebAclRuleVisibilityConfigArgs.builder()
                .cloudwatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(metric).build();
    }
}
