package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.VPC_BLOCK_PUBLIC_ACCESS;

/**
 * VPC Block Public Access blocks internet gateway traffic account-wide (advisory: a platform with an
 * internet-facing load balancer must then exclude its public subnets, which is a design decision).
 */
public final class VpcBlockPublicAccess {
    private VpcBlockPublicAccess() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-vpc-block-public-access", (stack, ctx, anchor) -> {
                    List<PolicyResource> options = stack.of(VPC_BLOCK_PUBLIC_ACCESS);
                    if (options.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + VPC_BLOCK_PUBLIC_ACCESS.current()
                                + "; block internet gateway traffic except for subnets excluded on purpose");
                    }
                    ctx.forEach(options, o -> {
                        String mode = o.properties().string("internetGatewayBlockMode").orElse("off");
                        if (mode.equals("off")) {
                            ctx.report(o, "internetGatewayBlockMode is off; block internet gateway traffic "
                                    + "(block-bidirectional or block-ingress)");
                        }
                    });
                })
                .description("VPC Block Public Access blocks internet gateway traffic")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.172"))
                .fix("Declare ec2.VpcBlockPublicAccessOptions (block-ingress) and exclusions for the public subnets")
                .build();
    }
}
