package io.platform.edge;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.encryption.KeyPolicies;
import io.platform.encryption.KeyPurpose;
import io.platform.security.WafRules;

import java.util.ArrayList;
import java.util.List;

/**
 * The CLOUDFRONT-scope web ACL every distribution of the stack is attached to. CloudFront only
 * accepts web ACLs from us-east-1, so it is declared through the us-east-1 provider. A per-IP
 * rate limit comes first, then the AWS managed groups that fit a static site (no SQL or OS
 * rule sets: nothing behind CloudFront runs queries or shells). Its traffic is logged like the
 * regional ACL's (WAF.11): to an encrypted {@code aws-waf-logs-} group, which for a CLOUDFRONT ACL
 * must be in us-east-1, with the credentials headers redacted.
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
    static final String LOG_REGION = "us-east-1";
    /** Headers that carry credentials, kept out of the logs. */
    static final List<String> REDACTED_HEADERS = List.of("authorization", "cookie");

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

    /**
     * The ACL's log group and logging configuration, in us-east-1. The stack's logs key encrypts the group
     * when the stack is in us-east-1; elsewhere a us-east-1 key with the same policy does (KMS keys are regional).
     */
    static void declareLogging(Naming naming, AwsAccount account, WebAcl acl, Output<String> logsKeyArn, int retentionDays,
                               CustomResourceOptions usEast1) {
        Output<String> key = logsKeyArn;
        if (!account.region().equals(LOG_REGION)) {
            key = new Key(naming.name("cdn-waf-logs-key"), KeyArgs.builder()
                    .description("Encrypts the CloudFront web ACL logs of " + naming.project() + "-" + naming.environment())
                    .enableKeyRotation(true)
                    .deletionWindowInDays(30)
                    .policy(Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                            KeyPolicies.render(KeyPurpose.LOGS, t.t1, LOG_REGION, t.t2, false)))
                    .tags(naming.tags("cdn-waf-logs-key"))
                    .build(), usEast1).arn();
        }
        LogGroup logs = new LogGroup(naming.name("cdn-waf-logs"), LogGroupArgs.builder()
                .name("aws-waf-logs-" + naming.name("cdn"))
                .retentionInDays(retentionDays)
                .kmsKeyId(key)
                .tags(naming.tags("cdn-waf-logs"))
                .build(), usEast1);
        new WebAclLoggingConfiguration(naming.name("cdn-waf-logging"), WebAclLoggingConfigurationArgs.builder()
                .resourceArn(acl.arn())
                .logDestinationConfigs(logs.arn().applyValue(List::of))
                .redactedFields(REDACTED_HEADERS.stream().map(header -> WebAclLoggingConfigurationRedactedFieldArgs.builder()
                        .singleHeader(WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs.builder().name(header).build())
                        .build()).toList())
                .build(), usEast1);
    }
}
