package io.platform.policy.rules.waf;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.WEB_ACL;

/** Web ACLs and each of their rules publish CloudWatch metrics. */
public final class RuleMetrics {
    private static final String WHY = "WAF rules must publish CloudWatch metrics";

    private RuleMetrics() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-rule-metrics")
                .description("Web ACLs and their rules have CloudWatch metrics on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("WAF.12"))
                .types(WEB_ACL)
                .fix("Set visibilityConfig.cloudwatchMetricsEnabled to true on the web ACL and every rule")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    Checks.requireTrue(p.map("visibilityConfig"), "cloudwatchMetricsEnabled",
                            "visibilityConfig.cloudwatchMetricsEnabled", ctx, WHY);
                    List<PropertyMap> rules = p.maps("rules");
                    for (int i = 0; i < rules.size(); i++) {
                        PropertyMap rule = rules.get(i);
                        int index = i;
                        ctx.isolated(() -> Checks.requireTrue(rule.map("visibilityConfig"), "cloudwatchMetricsEnabled",
                                "rules[" + rule.string("name").orElse(String.valueOf(index)) + "].visibilityConfig.cloudwatchMetricsEnabled",
                                ctx, WHY));
                    }
                })
                .build();
    }
}
