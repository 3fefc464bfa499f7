package io.platform.policy.rules.elb;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;

/** Production load balancers have deletion protection on. */
public final class DeletionProtection {
    private DeletionProtection() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-deletion-protection")
                .description("Production load balancers have deletion protection on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.6"))
                .types(LOAD_BALANCER)
                .productionOnly()
                .fix("Set enableDeletionProtection to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "enableDeletionProtection", ctx,
                        "production load balancers must have deletion protection on"))
                .build();
    }
}
