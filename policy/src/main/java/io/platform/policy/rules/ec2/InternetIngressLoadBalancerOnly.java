package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.SgPermissions;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * Only a load balancer's security group accepts internet traffic, and only on the allowed ports. The
 * group is joined to the load balancers of every token of the family, so a load balancer declared under
 * a legacy or alias token still makes its group legitimate.
 */
public final class InternetIngressLoadBalancerOnly {
    private InternetIngressLoadBalancerOnly() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("sg-internet-ingress-load-balancer-only")
                .description("Only the load balancer's security group accepts internet traffic, and only on 80/443")
                .inspects(TokenFamily.union(SECURITY_GROUP, VPC_INGRESS_RULE, SECURITY_GROUP_RULE, LOAD_BALANCER))
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.18"))
                .setting(Setting.integers(SecurityGroupPorts.ALLOWED_INTERNET_PORTS,
                        "Ports the load balancer's group may open to the internet", SecurityGroupPorts.DEFAULT_INTERNET_PORTS,
                        0, SecurityGroupPorts.MAX_PORT))
                .fix("Remove the internet source; put the service behind the ALB and reference the ALB's group")
                .check((stack, ctx) -> {
                    Set<String> loadBalancerGroups = new HashSet<>();
                    boolean[] groupsKnown = {true};
                    ctx.forEach(stack.of(LOAD_BALANCER), lb -> {
                        if (lb.properties().isUnknown("securityGroups")) {
                            groupsKnown[0] = false; // a group not named yet could be any: judge no group
                        }
                        stack.targets(lb, Joins.LOAD_BALANCER_GROUPS).forEach(g -> loadBalancerGroups.add(g.urn()));
                    });
                    List<Integer> allowed = ctx.settings().integers(SecurityGroupPorts.ALLOWED_INTERNET_PORTS);
                    ctx.forEach(stack.of(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP), holder -> {
                        List<PolicyResource> groups = SECURITY_GROUP.has(holder.type()) ? List.of(holder)
                                : stack.targets(holder, Joins.INGRESS_RULE_GROUP);
                        if (groups.size() != 1) {
                            return; // the rule's group cannot be told apart: the resource rule's name check applies
                        }
                        PolicyResource group = groups.get(0);
                        SgPermissions.each(holder, true, ctx, perm -> {
                            for (SgPermissions.Cidr cidr : perm.cidrs()) {
                                if (!cidr.anywhere()) {
                                    continue;
                                }
                                if (!loadBalancerGroups.contains(group.urn())) {
                                    if (groupsKnown[0]) {
                                        ctx.report(holder, cidr.label() + " opens security group " + group.name()
                                                + " to the internet but no load balancer uses that group; "
                                                + "only the load balancer's group may accept internet traffic");
                                    }
                                } else if (!perm.onlyPorts(allowed)) {
                                    ctx.report(holder, cidr.label() + " opens " + perm.describePorts()
                                            + " of load balancer group " + group.name() + " to the internet; only ports "
                                            + SecurityGroupPorts.join(allowed) + " may be open to the internet");
                                }
                            }
                        });
                    });
                })
                .build();
    }
}
