package io.platform.security;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.config.SecurityConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The REGIONAL web ACL in front of the ALB: geo blocking (when configured), a per-IP rate
 * limit, then the five AWS managed rule groups of SPEC §3.2. Logs go to an
 * {@code aws-waf-logs-} group with the {@code authorization} header redacted.
 */
final class WebFirewall {
    /** AWS managed rule groups, in evaluation order (Bot Control and ATP follow when switched on). */
    static final List<String> MANAGED_GROUPS = SecurityConfig.WafConfig.MANAGED_GROUPS;
    static final int GEO_PRIORITY = 0;
    static final int RATE_PRIORITY = 1;
    static final int FIRST_CUSTOM_PRIORITY = 2;
    static final int FIRST_MANAGED_PRIORITY = 10;

    private WebFirewall() {
    }

    static WebAcl declare(SecurityArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        SecurityConfig.WafConfig config = args.config().waf();
        String aclName = naming.name("waf");
        List<WebAclRuleArgs> rules = new ArrayList<>();
        if (!config.blockedCountries().isEmpty()) {
            rules.add(WafRules.geoBlock(aclName, GEO_PRIORITY, config.blockedCountries()));
        }
        if (!config.allowedCountries().isEmpty()) {
            rules.add(WafRules.geoAllowOnly(aclName, GEO_PRIORITY, config.allowedCountries()));
        }
        rules.add(WafRules.rateLimitPerIp(aclName, RATE_PRIORITY, config.rateLimitPer5Minutes()));
        for (int i = 0; i < config.customRules().size(); i++) {
            rules.add(WafRules.headerContains(aclName, FIRST_CUSTOM_PRIORITY + i, config.customRules().get(i)));
        }
        rules.addAll(WafRules.managedGroups(aclName, config.managedGroups(), config.ruleOverrides(),
                FIRST_MANAGED_PRIORITY, group -> ManagedGroupConfigs.of(group, config)));

        WebAcl acl = new WebAcl(aclName, WebAclArgs.builder()
                .name(aclName)
                .description("Protects the ALB of " + naming.name("alb"))
                .scope("REGIONAL")
                .defaultAction(WebAclDefaultActionArgs.builder()
                        .allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .rules(rules)
                .visibilityConfig(WebAclVisibilityConfigArgs.builder()
                        .cloudwatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(aclName).build())
                .tags(naming.tags("waf"))
                .build(), child);

        // WAF only delivers to log groups whose name starts with aws-waf-logs-.
        LogGroup logs = new LogGroup(naming.name("waf-logs"), LogGroupArgs.builder()
                .name("aws-waf-logs-" + naming.name("alb"))
                .retentionInDays(args.logRetentionDays())
                .kmsKeyId(args.logsKeyArn())
                .tags(naming.tags("waf-logs"))
                .build(), child);
        new WebAclLoggingConfiguration(naming.name("waf-logging"), WebAclLoggingConfigurationArgs.builder()
                .resourceArn(acl.arn())
                .logDestinationConfigs(logs.arn().applyValue(List::of))
                .redactedFields(WebAclLoggingConfigurationRedactedFieldArgs.builder()
                        .singleHeader(WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs.builder()
                                .name("authorization").build())
                        .build())
                .build(), child);
        return acl;
    }
}
