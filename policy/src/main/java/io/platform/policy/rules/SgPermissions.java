package io.platform.policy.rules;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * Security-group permissions in one shape, whichever way the program declares them: separate
 * {@code aws:vpc} ingress/egress rules, {@code aws:ec2} security group rules, or inline blocks.
 */
final class SgPermissions {
    static final String ALL_PROTOCOLS = "all";
    private static final int MAX_PORT = 65535;

    private SgPermissions() {
    }

    /** A CIDR source or destination and the input it came from, e.g. {@code ingress[0].cidrBlocks}. */
    record Cidr(String field, String value) {
        boolean anywhere() {
            return value.endsWith("/0");
        }

        String label() {
            return field + " " + value;
        }
    }

    /**
     * One permission. Ports are {@code from..to}; for protocols without ports (icmp) both are -1.
     *
     * @param fromGroup whether it (also) names a security group or itself as the peer
     */
    record Permission(String protocol, int fromPort, int toPort, List<Cidr> cidrs, List<String> prefixLists,
                      boolean fromGroup) {

        boolean coversPort(int port) {
            return fromPort <= port && port <= toPort;
        }

        /** E.g. {@code tcp 443}, {@code tcp 80-443}, {@code all protocols}, {@code icmp}. */
        String describePorts() {
            if (protocol.equals(ALL_PROTOCOLS)) {
                return "all protocols";
            }
            if (fromPort < 0) {
                return protocol;
            }
            return protocol + " " + (fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort);
        }

        /** Every covered port is in {@code allowed} (and the protocol is tcp). */
        boolean onlyPorts(List<Integer> allowed) {
            if (!protocol.equals("tcp") || fromPort < 0) {
                return false;
            }
            for (int port = fromPort; port <= toPort; port++) {
                if (!allowed.contains(port)) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Permission> ingress(PolicyResource r) {
        return permissions(r, true);
    }

    static List<Permission> egress(PolicyResource r) {
        return permissions(r, false);
    }

    private static List<Permission> permissions(PolicyResource r, boolean ingress) {
        PropertyMap p = r.properties();
        List<Permission> out = new ArrayList<>();
        switch (r.type()) {
            case VPC_INGRESS_RULE, VPC_EGRESS_RULE -> {
                if (r.type().equals(ingress ? VPC_INGRESS_RULE : VPC_EGRESS_RULE)) {
                    List<Cidr> cidrs = new ArrayList<>();
                    p.nonBlank("cidrIpv4").ifPresent(c -> cidrs.add(new Cidr("cidrIpv4", c)));
                    p.nonBlank("cidrIpv6").ifPresent(c -> cidrs.add(new Cidr("cidrIpv6", c)));
                    out.add(permission(p, "ipProtocol", cidrs, p.nonBlank("prefixListId").stream().toList(),
                            p.has("referencedSecurityGroupId")));
                }
            }
            case SECURITY_GROUP_RULE -> {
                if (p.string("type").orElse("").equals(ingress ? "ingress" : "egress")) {
                    out.add(blockPermission(p, "", "sourceSecurityGroupId"));
                }
            }
            case SECURITY_GROUP -> {
                String block = ingress ? "ingress" : "egress";
                List<PropertyMap> blocks = p.maps(block);
                for (int i = 0; i < blocks.size(); i++) {
                    out.add(blockPermission(blocks.get(i), block + "[" + i + "].", "securityGroups"));
                }
            }
            default -> {
                // not a security-group type
            }
        }
        return out;
    }

    /** The shape shared by aws:ec2 security group rules and inline blocks. */
    private static Permission blockPermission(PropertyMap p, String prefix, String groupField) {
        List<Cidr> cidrs = new ArrayList<>();
        p.strings("cidrBlocks").forEach(c -> cidrs.add(new Cidr(prefix + "cidrBlocks", c)));
        p.strings("ipv6CidrBlocks").forEach(c -> cidrs.add(new Cidr(prefix + "ipv6CidrBlocks", c)));
        boolean group = p.bool("self", false) || p.isUnknown(groupField) || !p.strings(groupField).isEmpty();
        return permission(p, "protocol", cidrs, p.strings("prefixListIds"), group);
    }

    private static Permission permission(PropertyMap p, String protocolKey, List<Cidr> cidrs, List<String> prefixLists,
                                         boolean fromGroup) {
        String protocol = normalizeProtocol(p.string(protocolKey).orElse(ALL_PROTOCOLS));
        int from;
        int to;
        if (protocol.equals(ALL_PROTOCOLS)) {
            from = 0;
            to = MAX_PORT;
        } else if (protocol.equals("tcp") || protocol.equals("udp")) {
            Optional<Integer> f = p.integer("fromPort");
            Optional<Integer> t = p.integer("toPort");
            from = f.filter(x -> x >= 0).orElse(0);
            to = t.filter(x -> x >= 0).orElse(MAX_PORT);
        } else {
            from = -1;
            to = -1;
        }
        return new Permission(protocol, from, to, cidrs, prefixLists, fromGroup);
    }

    private static String normalizeProtocol(String protocol) {
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "-1", "all" -> ALL_PROTOCOLS;
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "58" -> "icmpv6";
            default -> protocol.toLowerCase(Locale.ROOT);
        };
    }

    /** The names a group or rule is known by: logical name, and the {@code name} input of a group. */
    static List<String> names(PolicyResource r) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        if (r.type().equals(SECURITY_GROUP)) {
            r.properties().nonBlank("name").ifPresent(names::add);
        }
        return names;
    }
}
