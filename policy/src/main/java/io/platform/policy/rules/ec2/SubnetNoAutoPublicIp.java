package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.SUBNET;

/** Subnets do not hand out public IPv4 addresses on launch (load balancers and NAT gateways get theirs explicitly). */
public final class SubnetNoAutoPublicIp {
    private SubnetNoAutoPublicIp() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("subnet-no-auto-public-ip")
                .description("Subnets do not assign public IP addresses on launch")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.15"))
                .types(SUBNET)
                .fix("Set mapPublicIpOnLaunch to false (ALBs and NAT gateways need no auto-assigned addresses)")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "mapPublicIpOnLaunch", ctx,
                        "nothing launched in a subnet should get a public IP address by default"))
                .build();
    }
}
