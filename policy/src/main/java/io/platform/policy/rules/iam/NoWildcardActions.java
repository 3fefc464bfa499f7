package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

/** Policies list actions instead of service wildcards such as {@code s3:*}. */
public final class NoWildcardActions {
    private NoWildcardActions() {
    }

    public static ResourcePolicy policy() {
        return IdentityPolicies.rule("iam-no-wildcard-actions")
                .description("Policies list actions instead of service wildcards like s3:*")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM).controls(SecurityHub.controls("IAM.21"))
                .fix("Replace the wildcard with the specific actions the principal calls")
                .check((r, ctx) -> IdentityPolicies.eachStatement(r, ctx, (s, doc) -> {
                    if (!s.allow() || IdentityPolicies.allowsStarOnStar(s)) {
                        return; // "*" on "*" is iam-no-star-on-star's finding
                    }
                    for (String action : s.actions()) {
                        if (action.equals("*") || action.endsWith(":*")) {
                            ctx.report(s.label() + " allows wildcard action " + action + "; list the actions the principal needs");
                        }
                    }
                }))
                .build();
    }
}
