package io.platform.config;

import inet.ipaddr.IPAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Reads and validates {@code platform:network}. */
final class NetworkConfigReader {
    /** The retention values CloudWatch Logs accepts. */
    static final int[] LOG_RETENTION_DAYS = {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
            1096, 1827, 2192, 2557, 2922, 3288, 3653};

    private NetworkConfigReader() {
    }

    static NetworkConfig read(ConfigSection network, Environment env) {
        String vpcKey = network.keyOf("vpcCidr");
        IPAddress vpc = Cidr.parseBlock(vpcKey, network.string("vpcCidr", env.defaultVpcCidr()), 16);
        int azCount = network.integer("azCount", 3, 2, 3);
        NatStrategy nat = network.choice("natStrategy", env.defaultNatStrategy(), NatStrategy.class);

        List<String> publicCidrs = subnets(network, "publicSubnets", vpc, azCount, 1);
        List<String> privateCidrs = subnets(network, "privateSubnets", vpc, azCount, 11);
        List<String> dataCidrs = subnets(network, "dataSubnets", vpc, azCount, 21);
        checkNoOverlap(network, publicCidrs, privateCidrs, dataCidrs);

        // Without NAT, ECS Exec (on outside production) needs its message channels through an endpoint too.
        List<String> defaults = nat == NatStrategy.NONE && !env.isProduction()
                ? java.util.stream.Stream.concat(NetworkConfig.DEFAULT_INTERFACE_ENDPOINTS.stream(),
                        java.util.stream.Stream.of("ssmmessages")).toList()
                : NetworkConfig.DEFAULT_INTERFACE_ENDPOINTS;
        List<String> endpoints = network.stringsFrom("interfaceEndpoints", defaults,
                NetworkConfig.SUPPORTED_INTERFACE_ENDPOINTS);
        boolean dynamoDb = network.bool("dynamoDbGatewayEndpoint", true);
        int flowLogRetention = network.integerOneOf("flowLogRetentionDays", 90, LOG_RETENTION_DAYS);
        network.rejectUnknownKeys();
        return new NetworkConfig(vpc.toString(), azCount, nat, publicCidrs, privateCidrs, dataCidrs,
                endpoints, dynamoDb, flowLogRetention);
    }

    /**
     * Subnets of one tier: given explicitly, or the SPEC pattern (x.y.1-3.0/24, x.y.11-13.0/24,
     * x.y.21-23.0/24), which needs a /16 VPC.
     */
    private static List<String> subnets(ConfigSection network, String key, IPAddress vpc, int azCount, int firstOctet) {
        String fullKey = network.keyOf(key);
        List<String> given = network.strings(key, null);
        if (given == null) {
            if (vpc.getNetworkPrefixLength() != 16) {
                throw new ConfigException(fullKey, "is required when vpcCidr is not a /16 (vpcCidr is " + vpc + ")");
            }
            return IntStream.range(0, azCount).mapToObj(i -> Cidr.slash24(vpc, firstOctet + i)).toList();
        }
        if (given.size() != azCount) {
            throw new ConfigException(fullKey, given + " has " + given.size() + " subnets; azCount is " + azCount
                    + ", so exactly " + azCount + " are needed (one per AZ)");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String itemKey = fullKey + "[" + i + "]";
            IPAddress subnet = Cidr.parseBlock(itemKey, given.get(i), 16);
            if (!vpc.contains(subnet)) {
                throw new ConfigException(itemKey, subnet + " is outside the VPC CIDR " + vpc
                        + "; every subnet must lie inside it");
            }
            out.add(subnet.toString());
        }
        return List.copyOf(out);
    }

    @SafeVarargs
    private static void checkNoOverlap(ConfigSection network, List<String>... tiers) {
        String[] names = {"publicSubnets", "privateSubnets", "dataSubnets"};
        List<IPAddress> seen = new ArrayList<>();
        List<String> seenKeys = new ArrayList<>();
        for (int t = 0; t < tiers.length; t++) {
            for (int i = 0; i < tiers[t].size(); i++) {
                String key = network.keyOf(names[t]) + "[" + i + "]";
                IPAddress subnet = Cidr.parseBlock(key, tiers[t].get(i), 16);
                for (int s = 0; s < seen.size(); s++) {
                    if (Cidr.overlaps(seen.get(s), subnet)) {
                        throw new ConfigException(key, subnet + " overlaps " + seenKeys.get(s) + " (" + seen.get(s)
                                + "); subnets must not overlap");
                    }
                }
                seen.add(subnet);
                seenKeys.add(key);
            }
        }
    }
}
