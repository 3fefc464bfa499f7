package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** The master user is not the engine's well-known default ({@code admin}, {@code postgres}). */
public final class CustomAdminUsername {
    private CustomAdminUsername() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-custom-admin-username")
                .description("The master username is not an engine default such as admin or postgres")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.24", "RDS.25"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .setting(Setting.strings("forbiddenUsernames", "Master usernames that are too well known",
                        List.of("admin", "postgres")).nonEmpty())
                .fix("Choose another master username (the platform's default is app_admin)")
                .check((r, ctx) -> {
                    String key = RDS_INSTANCE.has(r.type()) ? "username" : "masterUsername";
                    r.properties().string(key).filter(u -> ctx.settings().strings("forbiddenUsernames").stream()
                                    .anyMatch(f -> f.equals(u.toLowerCase(Locale.ROOT))))
                            .ifPresent(u -> ctx.report(key + " is " + u + "; use a master username other than the engine default"));
                })
                .build();
    }
}
