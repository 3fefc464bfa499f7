package io.platform.policy.rules.waf;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** WAF (wafv2 and Classic) rules, one class each. */
public final class WafRules {
    private WafRules() {
    }

    public static List<Policy> all() {
        return List.of(WebAclHasRules.policy(), RuleMetrics.policy(), RulesBlock.policy(), ManagedRuleGroups.policy(),
                LogRedaction.policy(), ClassicRules.policy(), Logging.policy());
    }
}
