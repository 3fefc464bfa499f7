package io.platform.edge;

import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionNoneArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLOUDFRONT-scope web ACL every distribution of the stack is attached to. CloudFront only
 * accepts web ACLs from us-east-1, so it is declared through the us-east-1 provider. A per-IP
 * rate limit comes first, then the AWS managed groups that fit a static site (no SQL or OS
 * rule sets: nothing behind CloudFront runs queries or shells).
 */
final class CdnFirewall {
    static final String SCOPE = "CLOUDFRONT";
    /** AWS managed rule groups, in evaluation order (cheapest, most decisive first). */
    static final List<String> MANAGED_GROUPS = List.of(
            "AWSManagedRulesAmazonIpReputationList",
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet");
    static final int RATE_PRIORITY = 1;
    static final int FIRST_MANAGED_PRIORITY = 10;
    /** WAF's rate-based rules count over a five-minute window. */
    static final int RATE_WINDOW_SECONDS = 300;

    private CdnFirewall() {
    }

    /** @param usEast1 parent and the us-east-1 provider */
    static WebAcl declare(Naming naming, int ratePer5Minutes, CustomResourceOptions usEast1) {
        String aclName = naming.name("cdn-waf");
        List<WebAclRuleArgs> rules = new ArrayList<>();
        rules.add(WebAclRuleArgs.builder()
                .name("rate-limit-per-ip")
                .priority(RATE_PRIORITY)
                .action(WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build())
                .statement(WebAclRuleStatementArgs.builder()
                        .rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                                .limit(ratePer5Minutes)
                                .aggregateKeyType("IP")
                                .evaluationWindowSec(RATE_WINDOW_SECONDS)
                                .build())
                        .build())
                .visibilityConfig(visibility(aclName + "-rate-limit"))
                .build());
        for (int i = 0; i < MANAGED_GROUPS.size(); i++) {
            String group = MANAGED_GROUPS.get(i);
            rules.add(WebAclRuleArgs.builder()
                    .name(group)
                    .priority(FIRST_MANAGED_PRIORITY * (i + 1))
                    .overrideAction(WebAclRuleOverrideActionArgs.builder()
                            .none(WebAclRuleOverrideActionNoneArgs.builder().build()).build())
                    .statement(WebAclRuleStatementArgs.builder()
                            .managedRuleGroupStatement(WebAclRuleStatementManagedRuleGroupStatementArgs.builder()
                                    .vendorName("AWS").name(group).build())
                            .build())
                    .visibilityConfig(visibility(aclName + "-" + group))
                    .build());
        }
        return new WebAcl(aclName, WebAclArgs.builder()
                .name(aclName)
                .description("Protects the CloudFront distributions of " + naming.name("edge"))
                .scope(SCOPE)
                .defaultAction(WebAclDefaultActionArgs.builder()
                        .allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .rules(rules)
                .visibilityConfig(WebAclVisibilityConfigArgs.builder()
                        .cloudwatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(aclName).build())
                .tags(naming.tags("cdn-waf"))
                .build(), usEast1);
    }

    private static WebAclRuleVisibilityConfigArgs visibility(String metric) {
        return WebAclRuleVisibilityConfigArgs.builder()
                .cloudwatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(metric).build();
    }
}
