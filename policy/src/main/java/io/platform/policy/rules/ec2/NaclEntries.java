package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.CheckContext;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_RULE;

/** Network ACL ingress entries in one shape, inline ({@code ingress[i]}) or as {@code aws:ec2/networkAclRule}. */
final class NaclEntries {
    private NaclEntries() {
    }

    /** One allow entry: the input path, its source CIDR and the ports it opens (tcp or all protocols). */
    record Entry(String label, String cidr, String protocol, int fromPort, int toPort) {
        boolean fromInternet() {
            return cidr.equals("0.0.0.0/0") || cidr.equals("::/0");
        }

        boolean covers(int port) {
            return protocol.equals("all") || (fromPort <= port && port <= toPort);
        }

        String describe() {
            return protocol.equals("all") ? "all protocols" : protocol + " " + (fromPort == toPort ? fromPort : fromPort + "-" + toPort);
        }
    }

    /** Each allow ingress entry with a CIDR source, isolated: an entry with an unknown value is skipped alone. */
    static void eachAllowedIngress(PolicyResource r, CheckContext ctx, Consumer<Entry> action) {
        PropertyMap p = r.properties();
        if (NETWORK_ACL_RULE.has(r.type())) {
            ctx.isolated(() -> {
                if (!p.bool("egress", false) && p.string("ruleAction").orElse("").equalsIgnoreCase("allow")) {
                    entry(p, "", "protocol").ifPresent(action);
                }
            });
        } else if (NETWORK_ACL.has(r.type())) {
            ctx.isolated(() -> {
                List<PropertyMap> ingress = p.maps("ingress");
                for (int i = 0; i < ingress.size(); i++) {
                    PropertyMap rule = ingress.get(i);
                    String prefix = "ingress[" + i + "].";
                    ctx.isolated(() -> {
                        if (rule.string("action").orElse("").equalsIgnoreCase("allow")) {
                            entry(rule, prefix, "protocol").ifPresent(action);
                        }
                    });
                }
            });
        }
    }

    private static Optional<Entry> entry(PropertyMap p, String prefix, String protocolKey) {
        String cidr = p.nonBlank("cidrBlock").or(() -> p.nonBlank("ipv6CidrBlock")).orElse(null);
        if (cidr == null) {
            return Optional.empty();
        }
        String field = p.nonBlank("cidrBlock").isPresent() ? "cidrBlock" : "ipv6CidrBlock";
        String protocol = switch (p.string(protocolKey).orElse("-1").toLowerCase(Locale.ROOT)) {
            case "-1", "all" -> "all";
            case "6", "tcp" -> "tcp";
            case "17", "udp" -> "udp";
            default -> "other";
        };
        if (!protocol.equals("all") && !protocol.equals("tcp")) {
            return Optional.empty();
        }
        int from = p.integer("fromPort").orElse(0);
        int to = p.integer("toPort").orElse(SecurityGroupPorts.MAX_PORT);
        return Optional.of(new Entry(prefix + field + " " + cidr, cidr, protocol, from, to));
    }
}
