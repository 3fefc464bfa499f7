package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.FLOW_LOG;

/** VPC rules at resource level; that every VPC has flow logs is a stack rule. */
public final class VpcRules {
    private VpcRules() {
    }

    public static List<Policy> all() {
        return List.of(flowLogAllTraffic());
    }

    public static ResourcePolicy flowLogAllTraffic() {
        return ResourcePolicy.builder("vpc-flow-log-all-traffic")
                .description("Flow logs capture ALL traffic, accepted and rejected")
                .severity(Severity.MEDIUM)
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
