package io.platform.security;

import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionPasswordFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionUsernameFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesBotControlRuleSetArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCaptchaArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseChallengeArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs;
import io.platform.config.SecurityConfig;

import java.util.List;

/**
 * What AWS's paid managed groups need to run: Bot Control its inspection level (COMMON: self-
 * identifying bots; TARGETED costs more and challenges browsers), account-takeover prevention the
 * login path and where the credentials sit in the JSON body. Also the override actions.
 */
final class ManagedGroupConfigs {
    static final String BOT_CONTROL_LEVEL = "COMMON";
    static final String LOGIN_PAYLOAD = "JSON";

    private ManagedGroupConfigs() {
    }

    static List<WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs> none(String group) {
        return List.of();
    }

    static List<WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs> of(String group,
                                                                                          SecurityConfig.WafConfig waf) {
        if (group.equals(SecurityConfig.WafConfig.BOT_CONTROL)) {
            return List.of(WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs.builder()
                    .awsManagedRulesBotControlRuleSet(
                            WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesBotControlRuleSetArgs
                                    .builder().inspectionLevel(BOT_CONTROL_LEVEL).build())
                    .build());
        }
        if (group.equals(SecurityConfig.WafConfig.ACCOUNT_TAKEOVER) && waf.accountTakeover().isPresent()) {
            SecurityConfig.AccountTakeover atp = waf.accountTakeover().get();
            return List.of(WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigArgs.builder()
                    .awsManagedRulesAtpRuleSet(
                            WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetArgs.builder()
                                    .loginPath(atp.loginPath())
                                    .requestInspection(
                                            WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionArgs
                                                    .builder()
                                                    .payloadType(LOGIN_PAYLOAD)
                                                    .usernameField(
                                                            WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionUsernameFieldArgs
                                                                    .builder().identifier(atp.usernameField()).build())
                                                    .passwordField(
                                                            WebAclRuleStatementManagedRuleGroupStatementManagedRuleGroupConfigAwsManagedRulesAtpRuleSetRequestInspectionPasswordFieldArgs
                                                                    .builder().identifier(atp.passwordField()).build())
                                                    .build())
                                    .build())
                    .build());
        }
        return List.of();
    }

    static WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs actionToUse(String action) {
        var use = WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs.builder();
        return switch (action) {
            case "allow" -> use.allow(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseAllowArgs.builder().build()).build();
            case "block" -> use.block(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseBlockArgs.builder().build()).build();
            case "captcha" -> use.captcha(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCaptchaArgs.builder().build()).build();
            case "challenge" -> use.challenge(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseChallengeArgs.builder().build()).build();
            case "count" -> use.count(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs.builder().build()).build();
            default -> throw new IllegalArgumentException("unknown override action " + action);
        };
    }
}
