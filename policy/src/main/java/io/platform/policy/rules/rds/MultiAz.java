package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Production RDS instances are Multi-AZ. */
public final class MultiAz {
    private MultiAz() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-multi-az")
                .description("Production RDS instances are Multi-AZ")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.5"))
                .types(RDS_INSTANCE)
                .productionOnly()
                .fix("Set multiAz to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "multiAz", ctx,
                        "production databases must run Multi-AZ"))
                .build();
    }
}
