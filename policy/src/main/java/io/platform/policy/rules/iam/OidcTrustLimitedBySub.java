package io.platform.policy.rules.iam;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/** Roles trusted through OIDC are limited by the token's {@code sub} to one repository and branch or environment. */
public final class OidcTrustLimitedBySub {
    private OidcTrustLimitedBySub() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-oidc-trust-limited-by-sub")
                .description("Roles trusted through OIDC are limited by the token's sub to one repository and branch/environment")
                .severity(Severity.CRITICAL)
                .noPublicControl("Security Hub does not read trust policies' OIDC conditions; GitHub's and AWS's OIDC "
                        + "guidance requires a sub condition")
                .types(IAM_ROLE)
                .fix("Add a StringEquals/StringLike condition on <provider>:sub such as repo:org/app:environment:production")
                .check((r, ctx) -> Trust.eachStatement(r, ctx, s -> {
                    if (!Trust.federated(s)) {
                        return;
                    }
                    String provider = Trust.provider(s);
                    String why = "; limit the trust to one repository and branch or environment";
                    Map<String, List<String>> subs = s.conditionKeysEndingWith(":sub");
                    if (subs.isEmpty()) {
                        ctx.report(s.label() + " lets " + provider + " assume the role without a condition on "
                                + provider + ":sub" + why);
                    }
                    subs.forEach((key, values) -> values.stream().filter(OidcTrustLimitedBySub::tooBroad).forEach(v ->
                            ctx.report(s.label() + " condition " + key + " allows " + v + why)));
                }))
                .build();
    }

    /** {@code *}, a wildcard repository ({@code repo:org/*}), or any ref of a repository ({@code repo:org/app:*}). */
    static boolean tooBroad(String sub) {
        if (sub.equals("*")) {
            return true;
        }
        if (!sub.startsWith("repo:")) {
            return false;
        }
        String rest = sub.substring("repo:".length());
        int colon = rest.indexOf(':');
        String repository = colon < 0 ? rest : rest.substring(0, colon);
        String scope = colon < 0 ? "" : rest.substring(colon + 1);
        return repository.contains("*") || scope.isEmpty() || scope.equals("*");
    }
}
