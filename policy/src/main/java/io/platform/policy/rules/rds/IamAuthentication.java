package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** IAM database authentication is on. */
public final class IamAuthentication {
    private IamAuthentication() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-iam-authentication")
                .description("IAM database authentication is on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.10", "RDS.12"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set iamDatabaseAuthenticationEnabled to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "iamDatabaseAuthenticationEnabled", ctx,
                        "enable IAM database authentication so applications need no static passwords"))
                .build();
    }
}
