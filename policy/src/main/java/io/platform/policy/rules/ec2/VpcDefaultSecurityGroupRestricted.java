package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.DEFAULT_SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.VPC;

/**
 * Every VPC the stack creates adopts its default security group and strips its rules: AWS creates it
 * allowing all traffic between its members and all egress, which EC2.2 flags.
 */
public final class VpcDefaultSecurityGroupRestricted {
    private static final Reference DEFAULT_GROUP_VPC = Reference.of(DEFAULT_SECURITY_GROUP.set(), "vpcId", VPC.set(), "id");

    private VpcDefaultSecurityGroupRestricted() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("vpc-default-security-group-restricted")
                .description("Every VPC adopts its default security group with no rules")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.2"))
                .inspects(VPC, DEFAULT_SECURITY_GROUP)
                .fix("Declare an aws.ec2.DefaultSecurityGroup for the VPC with no ingress and no egress")
                .check((stack, ctx) -> ctx.forEach(stack.of(VPC), vpc -> {
                    if (stack.referrers(vpc, DEFAULT_GROUP_VPC).isEmpty()) {
                        ctx.report(vpc, "VPC has no " + DEFAULT_SECURITY_GROUP.current()
                                + "; AWS's default group allows all traffic between its members and all egress until "
                                + "the program adopts it with no rules");
                    }
                }))
                .build();
    }
}
