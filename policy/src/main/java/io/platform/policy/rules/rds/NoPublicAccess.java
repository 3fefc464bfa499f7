package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** RDS instances and Aurora cluster instances are never publicly accessible. */
public final class NoPublicAccess {
    private NoPublicAccess() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-no-public-access")
                .description("RDS instances are not publicly accessible")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("RDS.2"))
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Set publiclyAccessible to false and keep the database in the data subnets")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "publiclyAccessible", ctx,
                        "RDS instances must not be reachable from the internet"))
                .build();
    }
}
