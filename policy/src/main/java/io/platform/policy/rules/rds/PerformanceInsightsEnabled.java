package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Performance Insights is on, so slow queries can be diagnosed without shell access. */
public final class PerformanceInsightsEnabled {
    private PerformanceInsightsEnabled() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-performance-insights-enabled")
                .description("Performance Insights is on for RDS instances and Aurora cluster instances")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an operability practice; pulumi compliance-policies "
                        + "aws-rds-instance-enable-performance-insights checks the same")
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Set performanceInsightsEnabled to true (with performanceInsightsKmsKeyId)")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "performanceInsightsEnabled", ctx,
                        "turn Performance Insights on"))
                .build();
    }
}
