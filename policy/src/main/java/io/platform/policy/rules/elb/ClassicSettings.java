package io.platform.policy.rules.elb;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;

/** Classic Load Balancers drain connections, balance across zones and check their instances' health. */
public final class ClassicSettings {
    private ClassicSettings() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("clb-availability-settings")
                .description("Classic Load Balancers drain connections, balance across zones and run health checks")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.7", "ELB.9"))
                .types(CLASSIC_LOAD_BALANCER)
                .fix("Set connectionDraining true, keep crossZoneLoadBalancing true, declare a healthCheck")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    Checks.requireTrue(p, "connectionDraining", ctx, "in-flight requests must finish before an instance leaves");
                    Checks.forbidFalse(p, "crossZoneLoadBalancing", "crossZoneLoadBalancing", ctx,
                            "traffic must be balanced across all zones");
                    ctx.isolated(() -> {
                        if (!p.has("healthCheck")) {
                            ctx.report("healthCheck is not set; the load balancer must stop sending traffic to failed instances");
                        }
                    });
                })
                .build();
    }
}
