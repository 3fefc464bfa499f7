package io.platform.policy.rules;

import io.platform.policy.sdk.CheckContext;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * Security-group permissions in one shape, whichever way the program declares them: separate
 * {@code aws:vpc} ingress/egress rules, {@code aws:ec2} security group rules, or inline blocks.
 */
public final class SgPermissions {
    public static final String ALL_PROTOCOLS = "all";
    private static final int MAX_PORT = 65535;

    /** A rule of the other direction: no protocol, ports or sources. */
    private static final Permission NONE = new Permission("none", -1, -1, List.of(), List.of(), false);

    private SgPermissions() {
    }

    /** A CIDR source or destination and the input it came from, e.g. {@code ingress[0].cidrBlocks}. */
    public record Cidr(String field, String value) {
        public boolean anywhere() {
            return value.endsWith("/0");
        }

        public String label() {
            return field + " " + value;
        }
    }

    /**
     * One permission. Ports are {@code from..to}; for protocols without ports (icmp) both are -1.
     *
     * @param fromGroup whether it (also) names a security group or itself as the peer
     */
    public record Permission(String protocol, int fromPort, int toPort, List<Cidr> cidrs, List<String> prefixLists,
                      boolean fromGroup) {

        public boolean coversPort(int port) {
            return fromPort <= port && port <= toPort;
        }

        /** E.g. {@code tcp 443}, {@code tcp 80-443}, {@code all protocols}, {@code icmp}. */
        public String describePorts() {
            if (protocol.equals(ALL_PROTOCOLS)) {
                return "all protocols";
            }
            if (fromPort < 0) {
                return protocol;
            }
            return protocol + " " + (fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort);
        }

        /** Every covered port is in {@code allowed} (and the protocol is tcp). */
        public boolean onlyPorts(List<Integer> allowed) {
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

    public static List<Permission> ingress(PolicyResource r) {
        return evaluate(blocks(r, true));
    }

    public static List<Permission> egress(PolicyResource r) {
        return evaluate(blocks(r, false));
    }

    /**
     * Runs {@code action} on each ingress (or egress) permission, each isolated: a block with a value
     * not known yet is skipped alone, the known ones are still judged.
     */
    public static void each(PolicyResource r, boolean ingress, CheckContext ctx, Consumer<Permission> action) {
        for (Supplier<Permission> block : blocks(r, ingress)) {
            ctx.isolated(() -> {
                Permission perm = block.get();
                if (perm != NONE) {
                    action.accept(perm);
                }
            });
        }
    }

    private static List<Permission> evaluate(List<Supplier<Permission>> blocks) {
        List<Permission> out = new ArrayList<>();
        blocks.forEach(b -> {
            Permission perm = b.get();
            if (perm != NONE) {
                out.add(perm);
            }
        });
        return out;
    }

    private static List<Supplier<Permission>> blocks(PolicyResource r, boolean ingress) {
        PropertyMap p = r.properties();
        List<Supplier<Permission>> out = new ArrayList<>();
        String type = r.type();
        if (VPC_INGRESS_RULE.has(type) || VPC_EGRESS_RULE.has(type)) {
            if ((ingress ? VPC_INGRESS_RULE : VPC_EGRESS_RULE).has(type)) {
                out.add(() -> {
                    List<Cidr> cidrs = new ArrayList<>();
                    p.nonBlank("cidrIpv4").ifPresent(c -> cidrs.add(new Cidr("cidrIpv4", c)));
                    p.nonBlank("cidrIpv6").ifPresent(c -> cidrs.add(new Cidr("cidrIpv6", c)));
                    return permission(p, "ipProtocol", cidrs, p.nonBlank("prefixListId").stream().toList(),
                            p.has("referencedSecurityGroupId"));
                });
            }
        } else if (SECURITY_GROUP_RULE.has(type)) {
            out.add(() -> p.string("type").orElse("").equals(ingress ? "ingress" : "egress")
                    ? blockPermission(p, "", "sourceSecurityGroupId") : NONE);
        } else if (SECURITY_GROUP.has(type)) {
            String block = ingress ? "ingress" : "egress";
            List<PropertyMap> blocks = p.maps(block);
            for (int i = 0; i < blocks.size(); i++) {
                PropertyMap b = blocks.get(i);
                String prefix = block + "[" + i + "].";
                out.add(() -> blockPermission(b, prefix, "securityGroups"));
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
    public static List<String> names(PolicyResource r) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        if (SECURITY_GROUP.has(r.type())) {
            r.properties().nonBlank("name").ifPresent(names::add);
        }
        return names;
    }
}
