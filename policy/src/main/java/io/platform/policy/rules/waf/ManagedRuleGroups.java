package io.platform.policy.rules.waf;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.ArrayList;
import java.util.List;

import static io.platform.policy.rules.AwsTypes.WEB_ACL;

/**
 * Web ACLs include the AWS managed rule groups the pack config names (by default AWS's baseline:
 * the common rule set and known bad inputs) and a rate-based rule.
 */
public final class ManagedRuleGroups {
    private ManagedRuleGroups() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-managed-rule-groups")
                .description("Web ACLs include the required AWS managed rule groups and a rate-based rule")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub checks that rules exist (WAF.10), not which; AWS's WAF baseline "
                        + "recommendations")
                .types(WEB_ACL)
                .setting(Setting.strings("requiredGroups", "AWS managed rule group names every web ACL must include",
                        List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"))
                        .matching("each an AWSManagedRules* name", v -> ((List<?>) v).stream()
                                .allMatch(g -> String.valueOf(g).startsWith("AWSManagedRules"))))
                .setting(Setting.bool("requireRateLimit", "Require a rate-based rule", true))
                .fix("Add the missing AWS managed rule groups (vendorName AWS) and a rate-based rule")
                .check((r, ctx) -> {
                    List<String> groups = new ArrayList<>();
                    boolean rateLimit = false;
                    for (PropertyMap rule : r.properties().maps("rules")) {
                        PropertyMap statement = rule.map("statement");
                        PropertyMap managed = statement.map("managedRuleGroupStatement");
                        if (managed.string("vendorName").orElse("").equals("AWS")) {
                            managed.string("name").ifPresent(groups::add);
                        }
                        rateLimit |= statement.has("rateBasedStatement");
                    }
                    for (String required : ctx.settings().strings("requiredGroups")) {
                        if (!groups.contains(required)) {
                            ctx.report("rules has no managed rule group " + required + "; the web ACL must include it");
                        }
                    }
                    if (ctx.settings().bool("requireRateLimit") && !rateLimit) {
                        ctx.report("rules has no rateBasedStatement; the web ACL must rate-limit clients");
                    }
                })
                .build();
    }
}
