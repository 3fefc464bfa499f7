package io.platform.network;

import io.platform.config.NetworkConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-tier network ACLs of seed 001 §5.3.2, computed from the configured VPC and
 * subnet CIDRs (never literals). NACLs are stateless, so every allowed flow also
 * gets its return path on the ephemeral ports. From the internet the ephemeral range skips
 * 3389 (EC2.21 / CIS 5.1: no ACL admits 0.0.0.0/0 to a remote administration port; 22 is below
 * the range). The cost is a refused reply for the rare connection whose source port was 3389
 * (Linux picks source ports from 32768-60999).
 */
public final class NaclRules {
    static final String ANYWHERE = "0.0.0.0/0";
    static final int EPHEMERAL_FROM = 1024;
    static final int EPHEMERAL_TO = 65535;
    /** Remote Desktop: the one remote administration port inside the ephemeral range. */
    static final int RDP = 3389;
    public static final int POSTGRES = 5432;
    public static final int REDIS = 6379;

    private NaclRules() {
    }

    /** @param redis the data subnets hold Redis (else only PostgreSQL is reachable there) */
    public static List<NaclRule> forTier(SubnetTier tier, NetworkConfig network, boolean redis) {
        return switch (tier) {
            case PUBLIC -> publicRules();
            case PRIVATE -> privateRules(network);
            case DATA -> dataRules(network, redis);
        };
    }

    /** Internet → ALB on 443/80, return traffic on ephemeral ports; outbound open (ALB → app, NAT → internet). */
    private static List<NaclRule> publicRules() {
        return List.of(
                NaclRule.allowTcp(100, false, 443, ANYWHERE),
                NaclRule.allowTcp(110, false, 80, ANYWHERE),
                NaclRule.allowTcpRange(120, false, EPHEMERAL_FROM, RDP - 1, ANYWHERE),
                NaclRule.allowTcpRange(121, false, RDP + 1, EPHEMERAL_TO, ANYWHERE),
                NaclRule.allowAll(100, true, ANYWHERE));
    }

    /**
     * Anything from inside the VPC; beyond it only HTTPS out and its replies. With NAT that is the
     * internet through the NAT gateway. Without NAT (the route table has no internet route) the same two
     * rules are what lets the tasks reach S3 through the gateway endpoint — ECR's image layers, the
     * documents — whose traffic goes to S3's public address ranges: a NACL cannot name the endpoint's
     * prefix list, and those ranges change, so the rule names 0.0.0.0/0 and routing keeps it to S3.
     */
    private static List<NaclRule> privateRules(NetworkConfig network) {
        return List.of(
                NaclRule.allowAll(100, false, network.vpcCidr()),
                NaclRule.allowAll(100, true, network.vpcCidr()),
                NaclRule.allowTcpRange(110, false, EPHEMERAL_FROM, RDP - 1, ANYWHERE),
                NaclRule.allowTcpRange(111, false, RDP + 1, EPHEMERAL_TO, ANYWHERE),
                NaclRule.allowTcp(110, true, 443, ANYWHERE));
    }

    /**
     * PostgreSQL and Redis (when the stack has it) from the private (app) subnets only, replies
     * back to them, and Redis replication between the data subnets. Nothing else, in either direction.
     */
    private static List<NaclRule> dataRules(NetworkConfig network, boolean redis) {
        List<NaclRule> rules = new ArrayList<>();
        List<String> app = network.privateSubnetCidrs();
        List<String> data = network.dataSubnetCidrs();
        for (int i = 0; i < app.size(); i++) {
            rules.add(NaclRule.allowTcp(100 + i, false, POSTGRES, app.get(i)));
            if (redis) {
                rules.add(NaclRule.allowTcp(110 + i, false, REDIS, app.get(i)));
            }
            rules.add(NaclRule.allowTcpRange(100 + i, true, EPHEMERAL_FROM, EPHEMERAL_TO, app.get(i)));
        }
        for (int i = 0; redis && i < data.size(); i++) {
            rules.add(NaclRule.allowTcp(120 + i, false, REDIS, data.get(i)));
            rules.add(NaclRule.allowTcpRange(130 + i, false, EPHEMERAL_FROM, EPHEMERAL_TO, data.get(i)));
            rules.add(NaclRule.allowTcp(110 + i, true, REDIS, data.get(i)));
            rules.add(NaclRule.allowTcpRange(120 + i, true, EPHEMERAL_FROM, EPHEMERAL_TO, data.get(i)));
        }
        return List.copyOf(rules);
    }
}
