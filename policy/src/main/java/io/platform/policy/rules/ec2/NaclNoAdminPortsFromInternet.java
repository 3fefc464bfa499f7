package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_RULE;

/**
 * No network ACL allows ingress from 0.0.0.0/0 or ::/0 to the remote administration ports (22, 3389)
 * over TCP or all protocols, ephemeral-port ranges included: split such a range around the ports.
 */
public final class NaclNoAdminPortsFromInternet {
    private NaclNoAdminPortsFromInternet() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("nacl-no-admin-ports-from-internet")
                .description("Network ACLs allow no ingress from 0.0.0.0/0 or ::/0 to ports 22 or 3389")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.21"))
                .types(NETWORK_ACL, NETWORK_ACL_RULE)
                .setting(Setting.integers("ports", "Ports no internet source may reach through a network ACL",
                        List.of(22, 3389), 0, SecurityGroupPorts.MAX_PORT).nonEmpty())
                .fix("Narrow the entry's source, or split an ephemeral range around 22 and 3389 (e.g. 1024-3388, 3390-65535)")
                .check((r, ctx) -> {
                    List<Integer> ports = ctx.settings().integers("ports");
                    NaclEntries.eachAllowedIngress(r, ctx, entry -> {
                        List<Integer> hit = ports.stream().filter(entry::covers).toList();
                        if (entry.fromInternet() && !hit.isEmpty()) {
                            ctx.report(entry.label() + " allows " + entry.describe() + " from anywhere, which includes "
                                    + (hit.size() == 1 ? "port " : "ports ") + SecurityGroupPorts.join(hit)
                                    + "; network ACLs must not open remote administration ports to the internet");
                        }
                    });
                })
                .build();
    }
}
