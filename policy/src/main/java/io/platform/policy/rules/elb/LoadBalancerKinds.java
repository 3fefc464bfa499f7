package io.platform.policy.rules.elb;

import io.platform.policy.sdk.PolicyResource;

/** What kind of load balancer a v2 load balancer is (its {@code loadBalancerType}, application by default). */
public final class LoadBalancerKinds {
    private LoadBalancerKinds() {
    }

    public static boolean isApplication(PolicyResource lb) {
        return lb.properties().string("loadBalancerType").orElse("application").equals("application");
    }
}
