package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.FLOW_LOG;
import static io.platform.policy.rules.AwsTypes.VPC;

/** Every VPC has flow logs. */
public final class VpcFlowLogs {
    private VpcFlowLogs() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("vpc-flow-logs")
                .description("Every VPC has flow logs")
                .inspects(VPC, FLOW_LOG)
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.6"))
                .fix("Declare a FlowLog for the VPC (trafficType ALL, to a KMS-encrypted log group)")
                .check((stack, ctx) -> ctx.forEach(stack.of(VPC), vpc -> {
                    if (stack.referrers(vpc, Joins.FLOW_LOG_VPC).isEmpty()) {
                        ctx.report(vpc, "VPC has no " + FLOW_LOG.current() + "; every VPC must log its traffic");
                    }
                }))
                .build();
    }
}
