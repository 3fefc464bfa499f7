package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.SgPermissions;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/** Administration and data-store ports only accept traffic from security groups, never from a CIDR. */
public final class NoSensitivePortsFromCidr {
    private NoSensitivePortsFromCidr() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("sg-no-sensitive-ports-from-cidr")
                .description("SSH, RDP, PostgreSQL and Redis ports never accept traffic from a CIDR (any, 0.0.0.0/0 included)")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("EC2.13", "EC2.14", "EC2.53", "EC2.54"))
                .types(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .setting(Setting.integers("ports", "Ports that only security-group sources may reach",
                        List.of(22, 3389, 5432, 6379), 0, SecurityGroupPorts.MAX_PORT).nonEmpty())
                .fix("Use referencedSecurityGroupId (the app's group) as the source; reach hosts through SSM, not SSH")
                .check((r, ctx) -> {
                    List<Integer> ports = ctx.settings().integers("ports");
                    SgPermissions.each(r, true, ctx, perm -> {
                        List<Integer> hit = ports.stream().filter(perm::coversPort).toList();
                        if (hit.isEmpty()) {
                            return;
                        }
                        for (SgPermissions.Cidr cidr : perm.cidrs()) {
                            ctx.report(cidr.label() + " allows ingress" + (cidr.anywhere() ? " from anywhere" : "")
                                    + " to " + (hit.size() == 1 ? "port " : "ports ") + SecurityGroupPorts.join(hit)
                                    + "; ports " + SecurityGroupPorts.join(ports) + " must only accept traffic from security groups");
                        }
                    });
                })
                .build();
    }
}
