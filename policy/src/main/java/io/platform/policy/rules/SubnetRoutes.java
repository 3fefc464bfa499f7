package io.platform.policy.rules;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.StackResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ROUTE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.SUBNET;

/**
 * The default routes (0.0.0.0/0, ::/0) of a subnet's route tables, inline ({@code routes}) or as
 * separate {@code aws:ec2/route} resources, and where they lead: an internet gateway ({@code igw-})
 * or, when asked, a NAT gateway or egress-only gateway.
 */
public final class SubnetRoutes {
    /** The families the joins read, for stack rules' documentation. */
    public static final Set<String> INSPECTED = TokenFamily.union(SUBNET, ROUTE_TABLE, ROUTE, ROUTE_TABLE_ASSOCIATION,
            AwsTypes.RDS_SUBNET_GROUP, AwsTypes.ELASTICACHE_SUBNET_GROUP);

    private static final Reference ROUTE_INTERNET_GATEWAY = Reference.of(ROUTE.set(), "gatewayId",
            AwsTypes.INTERNET_GATEWAY.set(), "id");
    private static final Reference ROUTE_NAT_GATEWAY = Reference.of(ROUTE.set(), "natGatewayId",
            AwsTypes.NAT_GATEWAY.set(), "id");

    private SubnetRoutes() {
    }

    /** One default route: where it is declared and its target. */
    public record InternetRoute(PolicyResource declaredOn, String destination, String target) {
        public String describe() {
            return destination + " to " + target + " (" + declaredOn.name() + ")";
        }
    }

    /**
     * The subnet's default routes to an internet gateway, and also to NAT/egress-only gateways when
     * {@code includeNat}. A route whose target is not known yet is not listed.
     */
    public static List<InternetRoute> internetRoutes(StackResources stack, PolicyResource subnet, boolean includeNat) {
        List<InternetRoute> out = new ArrayList<>();
        for (PolicyResource table : Joins.routeTables(stack, subnet)) {
            for (PropertyMap route : table.properties().maps("routes")) {
                route(table, route, "cidrBlock", "ipv6CidrBlock", false, false, includeNat).ifPresent(out::add);
            }
            for (PolicyResource route : stack.referrers(table, Joins.ROUTE_TABLE_OF_ROUTE)) {
                // Property dependencies name the gateway even while its id is unknown (preview).
                boolean toIgw = !stack.targets(route, ROUTE_INTERNET_GATEWAY).isEmpty();
                boolean toNat = !stack.targets(route, ROUTE_NAT_GATEWAY).isEmpty();
                route(route, route.properties(), "destinationCidrBlock", "destinationIpv6CidrBlock", toIgw, toNat, includeNat)
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<InternetRoute> route(PolicyResource declaredOn, PropertyMap route, String ipv4, String ipv6,
                                                 boolean toIgw, boolean toNat, boolean includeNat) {
        String destination = route.string(ipv4).filter("0.0.0.0/0"::equals)
                .or(() -> route.string(ipv6).filter("::/0"::equals)).orElse(null);
        if (destination == null) {
            return Optional.empty();
        }
        if (toIgw || route.has("gatewayId") && route.string("gatewayId").orElse("").startsWith("igw-")) {
            return Optional.of(new InternetRoute(declaredOn, destination, "internet gateway gatewayId"));
        }
        if (includeNat) {
            if (toNat || route.nonBlank("natGatewayId").isPresent()) {
                return Optional.of(new InternetRoute(declaredOn, destination, "NAT gateway natGatewayId"));
            }
            if (route.nonBlank("egressOnlyGatewayId").isPresent()) {
                return Optional.of(new InternetRoute(declaredOn, destination, "egress-only gateway egressOnlyGatewayId"));
            }
        }
        return Optional.empty();
    }
}
