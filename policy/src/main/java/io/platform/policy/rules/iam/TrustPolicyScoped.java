package io.platform.policy.rules.iam;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/** Role trust policies name a service principal or carry a Condition. */
public final class TrustPolicyScoped {
    private static final String WHY = "; trust policies must name a service principal or carry a Condition";

    private TrustPolicyScoped() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-trust-policy-scoped")
                .description("Role trust policies name a service principal or carry a Condition")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub (IAM Access Analyzer does, outside Security Hub's controls) has no control "
                        + "on role trust; the platform's rule (SPEC §3.2)")
                .types(IAM_ROLE)
                .fix("Trust a service principal, or add a Condition (sts:ExternalId, aws:PrincipalArn, token claims)")
                .check((r, ctx) -> Trust.eachStatement(r, ctx, s -> {
                    if (!s.allow() || s.hasCondition()) {
                        return;
                    }
                    if (s.principalIsEveryone()) {
                        ctx.report(s.label() + " trusts everyone (*) without a Condition" + WHY);
                        return;
                    }
                    s.principals().forEach((kind, values) -> {
                        if (!kind.equals("Service")) {
                            values.forEach(v -> ctx.report(s.label() + " trusts " + kind + " " + v + " without a Condition" + WHY));
                        }
                    });
                }))
                .build();
    }
}
