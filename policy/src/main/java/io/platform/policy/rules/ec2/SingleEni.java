package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;

/** Instances use one network interface (several can bridge subnets that should stay apart). */
public final class SingleEni {
    private SingleEni() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-single-eni")
                .description("EC2 instances use a single network interface")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("EC2.17"))
                .types(EC2_INSTANCE)
                .fix("Attach one network interface; route between subnets through the VPC instead")
                .check((r, ctx) -> {
                    int count = r.properties().maps("networkInterfaces").size();
                    if (count > 1) {
                        ctx.report("networkInterfaces has " + count + " interfaces; an instance should use one network interface");
                    }
                })
                .build();
    }
}
