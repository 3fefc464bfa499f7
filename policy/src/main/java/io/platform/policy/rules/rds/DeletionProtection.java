package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Production databases have deletion protection on (FSBP asks it of every database; the platform of production). */
public final class DeletionProtection {
    private DeletionProtection() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-deletion-protection")
                .description("Production databases have deletion protection on")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.7", "RDS.8"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .productionOnly()
                .fix("Set deletionProtection to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "deletionProtection", ctx,
                        "production databases must have deletion protection on"))
                .build();
    }
}
