package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.SgPermissions;
import io.platform.policy.sdk.Glob;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * No ingress from 0.0.0.0/0 or ::/0 except the allowed ports on the load balancer's group, which
 * this resource rule recognises by name (sg-internet-ingress-load-balancer-only decides it exactly).
 * Stricter than EC2.18/EC2.19: every other port, high-risk ones included, is refused. With
 * {@code allowedPorts} [443] it is also compliance-policies' inbound-HTTP rule.
 */
public final class NoInternetIngress {
    private NoInternetIngress() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("sg-no-internet-ingress")
                .description("No ingress from 0.0.0.0/0 or ::/0 except 80/443 to the load balancer's group")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.18", "EC2.19"))
                .types(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .setting(Setting.integers(SecurityGroupPorts.ALLOWED_INTERNET_PORTS,
                        "Ports the load balancer's group may open to the internet", SecurityGroupPorts.DEFAULT_INTERNET_PORTS,
                        0, SecurityGroupPorts.MAX_PORT))
                .setting(Setting.strings("loadBalancerNamePatterns",
                        "Globs matched against the rule's or group's name to recognise the load balancer's group",
                        List.of("*alb*")))
                .fix("Reference a security group instead of a CIDR; only the ALB group may take 80/443 from the internet")
                .check((r, ctx) -> {
                    List<Integer> allowed = ctx.settings().integers(SecurityGroupPorts.ALLOWED_INTERNET_PORTS);
                    List<String> patterns = ctx.settings().strings("loadBalancerNamePatterns");
                    boolean[] loadBalancerGroup = {false};
                    ctx.isolated(() -> loadBalancerGroup[0] = SgPermissions.names(r).stream()
                            .anyMatch(n -> patterns.stream().anyMatch(g -> Glob.matches(g, n))));
                    String why = "; internet ingress is only allowed on " + SecurityGroupPorts.join(allowed)
                            + " to the load balancer's security group";
                    SgPermissions.each(r, true, ctx, perm -> {
                        for (SgPermissions.Cidr cidr : perm.cidrs()) {
                            if (!cidr.anywhere()) {
                                continue;
                            }
                            if (!perm.onlyPorts(allowed)) {
                                ctx.report(cidr.label() + " allows ingress from anywhere on " + perm.describePorts() + why);
                            } else if (!loadBalancerGroup[0]) {
                                ctx.report(cidr.label() + " allows ingress from anywhere on " + perm.describePorts()
                                        + " but the name does not match " + String.join(", ", patterns) + why);
                            }
                        }
                    });
                })
                .build();
    }
}
