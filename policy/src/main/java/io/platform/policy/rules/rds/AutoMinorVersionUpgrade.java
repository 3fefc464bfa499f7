package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Minor engine versions are applied automatically (AWS's default when the input is omitted). Aurora
 * clusters upgrade through their instances, so the cluster control is judged there.
 */
public final class AutoMinorVersionUpgrade {
    private AutoMinorVersionUpgrade() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-auto-minor-version-upgrade")
                .description("RDS instances and Aurora cluster instances apply minor engine versions automatically")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.13", "RDS.35"))
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Remove autoMinorVersionUpgrade or set it to true (pin only the major engine version)")
                .check((r, ctx) -> Checks.forbidFalse(r.properties(), "autoMinorVersionUpgrade", "autoMinorVersionUpgrade",
                        ctx, "minor engine versions carry security fixes and must be applied automatically"))
                .build();
    }
}
