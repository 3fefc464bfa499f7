package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Distributions fail over to a second origin (advisory: needs a replicated origin). */
public final class OriginFailover {
    private OriginFailover() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-origin-failover")
                .description("Distributions have an origin group with two origins for failover")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("CloudFront.4"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Add an originGroups entry with a primary and a failover origin (e.g. the DR region's bucket)")
                .check((r, ctx) -> {
                    boolean failover = r.properties().maps("originGroups").stream().anyMatch(g -> g.maps("members").size() >= 2);
                    if (!failover) {
                        ctx.report("originGroups has no group of two origins; distributions should fail over to a second origin");
                    }
                })
                .build();
    }
}
