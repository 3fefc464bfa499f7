package io.platform.policy.rules.iam;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.IAM_OIDC_PROVIDER;

/** OIDC providers only issue tokens for STS. */
public final class OidcProviderAudience {
    private OidcProviderAudience() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-oidc-provider-audience")
                .description("OIDC providers only issue tokens for STS")
                .severity(Severity.MEDIUM)
                .noPublicControl("no Security Hub control reads OIDC providers' client ids; AWS's OIDC federation guidance")
                .types(IAM_OIDC_PROVIDER)
                .setting(Setting.strings("allowedAudiences", "Client ids (audiences) the provider may list",
                        List.of("sts.amazonaws.com")).nonEmpty())
                .fix("Set clientIdLists to [\"sts.amazonaws.com\"]")
                .check((r, ctx) -> {
                    List<String> allowed = ctx.settings().strings("allowedAudiences");
                    String why = "; the OIDC provider must only issue tokens for " + String.join(", ", allowed);
                    List<String> audiences = r.properties().strings("clientIdLists");
                    if (audiences.isEmpty()) {
                        ctx.report("clientIdLists is not set" + why);
                    }
                    audiences.stream().filter(a -> !allowed.contains(a)).forEach(a -> ctx.report("clientIdLists includes " + a + why));
                })
                .build();
    }
}
