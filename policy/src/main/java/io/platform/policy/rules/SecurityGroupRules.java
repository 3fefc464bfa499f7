package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Glob;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.stream.Collectors;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * Security group rules at resource level. Whether a group belongs to the load balancer is
 * guessed here from names; {@link StackRules} decides it precisely from the load balancer's groups.
 */
public final class SecurityGroupRules {
    static final String ALLOWED_INTERNET_PORTS = "allowedPorts";
    static final List<Integer> DEFAULT_INTERNET_PORTS = List.of(80, 443);

    private SecurityGroupRules() {
    }

    public static List<Policy> all() {
        return List.of(noInternetIngress(), noSensitivePortsFromCidr(), noUnrestrictedEgress());
    }

    public static ResourcePolicy noInternetIngress() {
        return ResourcePolicy.builder("sg-no-internet-ingress")
                .description("No ingress from 0.0.0.0/0 or ::/0 except 80/443 to the load balancer's group")
                .severity(Severity.HIGH).controls("EC2.18")
                .types(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .setting(Setting.integers(ALLOWED_INTERNET_PORTS, "Ports the load balancer's group may open to the internet",
                        DEFAULT_INTERNET_PORTS))
                .setting(Setting.strings("loadBalancerNamePatterns",
                        "Globs matched against the rule's or group's name to recognise the load balancer's group",
                        List.of("*alb*")))
                .fix("Reference a security group instead of a CIDR; only the ALB group may take 80/443 from the internet")
                .check((r, ctx) -> {
                    List<Integer> allowed = ctx.settings().integers(ALLOWED_INTERNET_PORTS);
                    List<String> patterns = ctx.settings().strings("loadBalancerNamePatterns");
                    boolean loadBalancerGroup = SgPermissions.names(r).stream()
                            .anyMatch(n -> patterns.stream().anyMatch(g -> Glob.matches(g, n)));
                    String why = "; internet ingress is only allowed on " + join(allowed) + " to the load balancer's security group";
                    for (SgPermissions.Permission perm : SgPermissions.ingress(r)) {
                        for (SgPermissions.Cidr cidr : perm.cidrs()) {
                            if (!cidr.anywhere()) {
                                continue;
                            }
                            if (!perm.onlyPorts(allowed)) {
                                ctx.report(cidr.label() + " allows ingress from anywhere on " + perm.describePorts() + why);
                            } else if (!loadBalancerGroup) {
                                ctx.report(cidr.label() + " allows ingress from anywhere on " + perm.describePorts()
                                        + " but the name does not match " + String.join(", ", patterns) + why);
                            }
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy noSensitivePortsFromCidr() {
        return ResourcePolicy.builder("sg-no-sensitive-ports-from-cidr")
                .description("SSH, RDP, PostgreSQL and Redis ports never accept traffic from a CIDR (any, 0.0.0.0/0 included)")
                .severity(Severity.CRITICAL).controls("EC2.13", "EC2.14", "EC2.53", "EC2.54", "CIS 5.2", "CIS 5.3")
                .types(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .setting(Setting.integers("ports", "Ports that only security-group sources may reach",
                        List.of(22, 3389, 5432, 6379)))
                .fix("Use referencedSecurityGroupId (the app's group) as the source; reach hosts through SSM, not SSH")
                .check((r, ctx) -> {
                    List<Integer> ports = ctx.settings().integers("ports");
                    for (SgPermissions.Permission perm : SgPermissions.ingress(r)) {
                        List<Integer> hit = ports.stream().filter(perm::coversPort).toList();
                        if (hit.isEmpty()) {
                            continue;
                        }
                        for (SgPermissions.Cidr cidr : perm.cidrs()) {
                            ctx.report(cidr.label() + " allows ingress" + (cidr.anywhere() ? " from anywhere" : "")
                                    + " to " + (hit.size() == 1 ? "port " : "ports ") + join(hit)
                                    + "; ports " + join(ports) + " must only accept traffic from security groups");
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy noUnrestrictedEgress() {
        return ResourcePolicy.builder("sg-no-unrestricted-egress")
                .description("No egress on all protocols to 0.0.0.0/0 or ::/0")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .types(VPC_EGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .fix("Allow only the ports and destinations the group needs (e.g. 443 to the VPC endpoints' group)")
                .check((r, ctx) -> {
                    for (SgPermissions.Permission perm : SgPermissions.egress(r)) {
                        if (!perm.protocol().equals(SgPermissions.ALL_PROTOCOLS)) {
                            continue;
                        }
                        for (SgPermissions.Cidr cidr : perm.cidrs()) {
                            if (cidr.anywhere()) {
                                ctx.report(cidr.label() + " allows egress to anywhere on all protocols; "
                                        + "allow only the ports and destinations the group needs");
                            }
                        }
                    }
                })
                .build();
    }

    static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
