package io.platform.edge;

import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.security.WafRules;

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

    private CdnFirewall() {
    }

    /** @param usEast1 parent and the us-east-1 provider */
    static WebAcl declare(Naming naming, int ratePer5Minutes, CustomResourceOptions usEast1) {
        String aclName = naming.globalName("cdn-waf");
        List<WebAclRuleArgs> rules = new ArrayList<>();
        rules.add(WafRules.rateLimitPerIp(aclName, RATE_PRIORITY, ratePer5Minutes));
        rules.addAll(WafRules.managedGroups(aclName, MANAGED_GROUPS, FIRST_MANAGED_PRIORITY));
        return new WebAcl(naming.name("cdn-waf"), WebAclArgs.builder()
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
}
