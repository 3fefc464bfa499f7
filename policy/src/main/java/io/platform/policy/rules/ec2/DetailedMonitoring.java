package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Checks;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;

/** Instances publish one-minute CloudWatch metrics (advisory). */
public final class DetailedMonitoring {
    private DetailedMonitoring() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-detailed-monitoring")
                .description("EC2 instances have detailed monitoring on")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an operability practice; awsguard ec2-instance-detailed-monitoring-enabled checks the same")
                .types(EC2_INSTANCE)
                .fix("Set monitoring to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "monitoring", ctx,
                        "turn detailed monitoring on so alarms see one-minute metrics"))
                .build();
    }
}
