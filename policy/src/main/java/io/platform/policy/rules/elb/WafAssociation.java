package io.platform.policy.rules.elb;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.WAF_ASSOCIATION;

/** Every application load balancer has a WAF web ACL association (wafv2 or WAF Classic regional). */
public final class WafAssociation {
    private WafAssociation() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("alb-waf-association")
                .description("Every application load balancer has a WAF web ACL association")
                .inspects(LOAD_BALANCER, WAF_ASSOCIATION)
                .severity(Severity.HIGH).controls(SecurityHub.controls("ELB.16"))
                .fix("Declare a WebAclAssociation of the REGIONAL web ACL with the load balancer's ARN")
                .check((stack, ctx) -> ctx.forEach(stack.of(LOAD_BALANCER), lb -> {
                    if (LoadBalancerKinds.isApplication(lb) && stack.referrers(lb, Joins.WAF_ASSOCIATION_TARGET).isEmpty()) {
                        ctx.report(lb, "application load balancer has no " + WAF_ASSOCIATION.current()
                                + "; every ALB must be protected by a WAF web ACL");
                    }
                }))
                .build();
    }
}
