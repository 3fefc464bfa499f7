package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

/** No identity policy allows Action "*" on Resource "*". */
public final class NoStarOnStar {
    private NoStarOnStar() {
    }

    public static ResourcePolicy policy() {
        return IdentityPolicies.rule("iam-no-star-on-star")
                .description("No policy allows Action \"*\" on Resource \"*\"")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("IAM.1"))
                .fix("List the actions the principal needs and scope Resource to the ARNs it uses")
                .check((r, ctx) -> IdentityPolicies.eachStatement(r, ctx, (s, doc) -> {
                    if (IdentityPolicies.allowsStarOnStar(s)) {
                        ctx.report(s.label() + " allows Action \"*\" on Resource \"*\"; "
                                + "grant only the actions and resources the principal needs");
                    }
                }))
                .build();
    }
}
