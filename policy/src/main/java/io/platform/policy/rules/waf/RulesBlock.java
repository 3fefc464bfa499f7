package io.platform.policy.rules.waf;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.WEB_ACL;

/**
 * Web ACL rules enforce what they detect: no managed rule group runs in count mode ({@code overrideAction.count})
 * and no rule's action is count, except rules named in {@code countRules} while they are tuned.
 */
public final class RulesBlock {
    private RulesBlock() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-rules-enforce")
                .description("Web ACL rules and managed rule groups block instead of only counting")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub checks that rules exist (WAF.10), not what they do; a count-only rule "
                        + "protects nothing")
                .types(WEB_ACL)
                .setting(Setting.strings("countRules", "Rule names allowed to count while being tuned", List.of()))
                .fix("Use overrideAction none for managed groups and action block for custom rules")
                .check((r, ctx) -> {
                    List<String> tuning = ctx.settings().strings("countRules");
                    List<PropertyMap> rules = r.properties().maps("rules");
                    for (int i = 0; i < rules.size(); i++) {
                        PropertyMap rule = rules.get(i);
                        int index = i;
                        ctx.isolated(() -> {
                            String name = rule.string("name").orElse(String.valueOf(index));
                            if (tuning.contains(name)) {
                                return;
                            }
                            if (rule.map("overrideAction").has("count")) {
                                ctx.report("rules[" + name + "].overrideAction is count; the managed rule group must block "
                                        + "what it matches (overrideAction none)");
                            }
                            if (rule.map("action").has("count")) {
                                ctx.report("rules[" + name + "].action is count; the rule must block what it matches");
                            }
                        });
                    }
                })
                .build();
    }
}
