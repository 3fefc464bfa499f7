package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Enhanced monitoring is on. */
public final class EnhancedMonitoring {
    private EnhancedMonitoring() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-enhanced-monitoring")
                .description("Enhanced monitoring is on")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("RDS.6"))
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Set monitoringInterval to 60 and monitoringRoleArn to the RDS monitoring role")
                .check((r, ctx) -> {
                    Optional<Integer> interval = r.properties().integer("monitoringInterval");
                    if (interval.orElse(0) <= 0) {
                        ctx.report("monitoringInterval is " + interval.map(String::valueOf).orElse("not set")
                                + " (enhanced monitoring off); set 1, 5, 10, 15, 30 or 60 seconds");
                    }
                })
                .build();
    }
}
