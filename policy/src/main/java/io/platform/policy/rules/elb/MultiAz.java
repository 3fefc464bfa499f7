package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;

/** Load balancers span at least two Availability Zones (subnets, subnet mappings or zones). */
public final class MultiAz {
    private MultiAz() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-multi-az")
                .description("Load balancers span at least two Availability Zones")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.13", "ELB.10"))
                .types(LOAD_BALANCER, CLASSIC_LOAD_BALANCER)
                .fix("List subnets of two or more Availability Zones")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    // Elements not known yet (subnet ids in preview) still count: each is a subnet.
                    int zones = Math.max(p.list("subnets").size(), CLASSIC_LOAD_BALANCER.has(r.type())
                            ? p.list("availabilityZones").size() : p.list("subnetMappings").size());
                    if (zones < 2) {
                        ctx.report("subnets has " + zones + (zones == 1 ? " entry" : " entries")
                                + "; load balancers must span at least two Availability Zones");
                    }
                })
                .build();
    }
}
