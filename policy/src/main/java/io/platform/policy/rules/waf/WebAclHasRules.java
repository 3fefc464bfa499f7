package io.platform.policy.rules.waf;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLASSIC_WEB_ACL;
import static io.platform.policy.rules.AwsTypes.WEB_ACL;

/** Web ACLs (wafv2 and WAF Classic) hold at least one rule or rule group. */
public final class WebAclHasRules {
    private WebAclHasRules() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("waf-web-acl-has-rules")
                .description("Web ACLs have at least one rule or rule group")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("WAF.10", "WAF.4", "WAF.8"))
                .types(WEB_ACL, CLASSIC_WEB_ACL)
                .fix("Add the rate limit and AWS managed rule groups to the web ACL")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.maps("rules").isEmpty() && (!WEB_ACL.has(r.type()) || p.nonBlank("ruleJson").isEmpty())) {
                        ctx.report("rules is empty; a web ACL without rules only applies its default action");
                    }
                })
                .build();
    }
}
