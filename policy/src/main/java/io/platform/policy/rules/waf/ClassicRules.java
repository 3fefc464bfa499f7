package io.platform.policy.rules.waf;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLASSIC_RULE;
import static io.platform.policy.rules.AwsTypes.CLASSIC_RULE_GROUP;

/** WAF Classic rules have at least one condition, and rule groups at least one rule. */
public final class ClassicRules {
    private ClassicRules() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-classic-rules-not-empty")
                .description("WAF Classic rules have a condition and rule groups a rule")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("WAF.2", "WAF.3", "WAF.6", "WAF.7"))
                .types(CLASSIC_RULE, CLASSIC_RULE_GROUP)
                .fix("Add predicates to the rule (activatedRules to the group), or move to wafv2")
                .check((r, ctx) -> {
                    boolean group = CLASSIC_RULE_GROUP.has(r.type());
                    String key = group ? "activatedRules" : "predicates";
                    if (r.properties().maps(key).isEmpty()) {
                        ctx.report(key + " is empty; an empty WAF Classic " + (group ? "rule group" : "rule") + " inspects nothing");
                    }
                })
                .build();
    }
}
