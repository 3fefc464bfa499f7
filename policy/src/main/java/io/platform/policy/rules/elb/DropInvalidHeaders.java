package io.platform.policy.rules.elb;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;

/** Application load balancers drop invalid HTTP header fields. */
public final class DropInvalidHeaders {
    private DropInvalidHeaders() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-drop-invalid-headers")
                .description("Application load balancers drop invalid HTTP header fields")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.4"))
                .types(LOAD_BALANCER)
                .fix("Set dropInvalidHeaderFields to true")
                .check((r, ctx) -> {
                    if (LoadBalancerKinds.isApplication(r)) {
                        Checks.requireTrue(r.properties(), "dropInvalidHeaderFields", ctx,
                                "application load balancers must drop invalid HTTP header fields");
                    }
                })
                .build();
    }
}
