package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.FLOW_LOG;

/** Flow logs capture ALL traffic, accepted and rejected (EC2.6 requires at least the rejected). */
public final class FlowLogAllTraffic {
    private FlowLogAllTraffic() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("vpc-flow-log-all-traffic")
                .description("Flow logs capture ALL traffic, accepted and rejected")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.6"))
                .types(FLOW_LOG)
                .fix("Set trafficType to ALL")
                .check((r, ctx) -> {
                    String traffic = r.properties().string("trafficType").orElse(null);
                    if (!"ALL".equals(traffic)) {
                        ctx.report("trafficType is " + (traffic == null ? "not set" : traffic)
                                + "; flow logs must capture ALL traffic");
                    }
                })
                .build();
    }
}
