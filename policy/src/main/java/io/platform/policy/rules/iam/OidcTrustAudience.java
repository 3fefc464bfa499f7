package io.platform.policy.rules.iam;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/** Roles trusted through OIDC only accept tokens issued for STS: a condition on {@code <provider>:aud}. */
public final class OidcTrustAudience {
    private OidcTrustAudience() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-oidc-trust-audience")
                .description("Roles trusted through OIDC require the token's aud to be STS")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub does not read trust policies' OIDC conditions; AWS's OIDC federation "
                        + "guidance requires an aud condition")
                .types(IAM_ROLE)
                .setting(Setting.strings("allowedAudiences", "Audiences a trusted OIDC token may carry",
                        List.of("sts.amazonaws.com")).nonEmpty())
                .fix("Add a StringEquals condition <provider>:aud = sts.amazonaws.com")
                .check((r, ctx) -> Trust.eachStatement(r, ctx, s -> {
                    if (!Trust.federated(s)) {
                        return;
                    }
                    List<String> allowed = ctx.settings().strings("allowedAudiences");
                    String provider = Trust.provider(s);
                    String why = "; OIDC trust must only accept tokens issued for " + String.join(", ", allowed);
                    Map<String, List<String>> audiences = s.conditionKeysEndingWith(":aud");
                    if (audiences.isEmpty()) {
                        ctx.report(s.label() + " has no condition on " + provider + ":aud" + why);
                    }
                    audiences.forEach((key, values) -> values.stream().filter(v -> !allowed.contains(v)).forEach(v ->
                            ctx.report(s.label() + " condition " + key + " allows " + v + why)));
                }))
                .build();
    }
}
