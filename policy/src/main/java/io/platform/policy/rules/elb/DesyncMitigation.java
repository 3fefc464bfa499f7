package io.platform.policy.rules.elb;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;

/** Application and Classic Load Balancers mitigate HTTP desync in defensive (the default) or strictest mode. */
public final class DesyncMitigation {
    private DesyncMitigation() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-desync-mitigation")
                .description("Application and Classic Load Balancers use defensive or strictest desync mitigation")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.12", "ELB.14"))
                .types(LOAD_BALANCER, CLASSIC_LOAD_BALANCER)
                .fix("Remove desyncMitigationMode (defensive) or set it to strictest")
                .check((r, ctx) -> {
                    if (LOAD_BALANCER.has(r.type()) && !LoadBalancerKinds.isApplication(r)) {
                        return;
                    }
                    Checks.requireOneOf(r.properties(), "desyncMitigationMode", "desyncMitigationMode",
                            List.of("defensive", "strictest"), "defensive", ctx,
                            "HTTP desync attacks must be mitigated (defensive or strictest)");
                })
                .build();
    }
}
