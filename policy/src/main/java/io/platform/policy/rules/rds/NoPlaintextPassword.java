package io.platform.policy.rules.rds;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** The master password is never a plain input: RDS manages it, or it is a Pulumi secret. */
public final class NoPlaintextPassword {
    private NoPlaintextPassword() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-no-plaintext-password")
                .description("The master password is never a plain input (RDS-managed or a Pulumi secret)")
                .severity(Severity.CRITICAL)
                .noPublicControl("Security Hub sees the database, not the program's inputs, so no control can tell "
                        + "whether the password passed through state in clear text")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set manageMasterUserPassword to true and drop the password input")
                .check((r, ctx) -> {
                    String key = RDS_INSTANCE.has(r.type()) ? "password" : "masterPassword";
                    if (!r.properties().isSecret(key) && r.properties().value(key) != null) {
                        ctx.report(key + " is set as a plain (non-secret) value; let RDS manage the master password "
                                + "(manageMasterUserPassword) or pass a Pulumi secret");
                    }
                })
                .build();
    }
}
