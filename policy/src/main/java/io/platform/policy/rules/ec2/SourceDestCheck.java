package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.NETWORK_INTERFACE;

/** Network interfaces keep source/destination checking (only NAT or routing appliances turn it off). */
public final class SourceDestCheck {
    private SourceDestCheck() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-source-dest-check")
                .description("Network interfaces and instances keep source/destination checking on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.180"))
                .types(NETWORK_INTERFACE, EC2_INSTANCE)
                .fix("Remove sourceDestCheck or set it to true (use NAT gateways, not NAT instances)")
                .check((r, ctx) -> Checks.forbidFalse(r.properties(), "sourceDestCheck", "sourceDestCheck", ctx,
                        "only routing appliances may send traffic that is not their own"))
                .build();
    }
}
