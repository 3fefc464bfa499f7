package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:failover}; absent: no failover records. */
final class FailoverConfigReader {
    private static final Pattern ALB_DNS = Pattern.compile("(internal-)?[A-Za-z0-9-]{1,64}\\.([a-z]{2}(-[a-z]+)+-\\d)"
            + "\\.elb\\.amazonaws\\.com");
    private static final Pattern ZONE_ID = Pattern.compile("Z[A-Z0-9]{5,31}");
    /** The ALBs' canonical hosted zones where AWS publishes them (Elastic Load Balancing endpoints). */
    private static final Map<String, String> ALB_ZONES = Map.of(
            "us-east-1", "Z35SXDOTRQ7X7K", "us-east-2", "Z3AADJGX6KTTL2", "us-west-1", "Z368ELLRRE2KJ0",
            "us-west-2", "Z1H1FL5HABSF5", "ca-central-1", "ZQSVJUPU6J1EY", "eu-west-1", "Z32O12XQLNTSW2",
            "eu-central-1", "Z215JYRZR1TBD5");

    private FailoverConfigReader() {
    }

    static Optional<FailoverConfig> read(ConfigSection root, String region, EdgeConfig edge, OperationsConfig operations) {
        if (!root.has("failover")) {
            return Optional.empty();
        }
        ConfigSection f = root.section("failover");
        String dns = f.requiredString("secondaryAlbDnsName", "the DR region's ALB DNS name");
        Matcher m = ALB_DNS.matcher(dns);
        if (!m.matches()) {
            throw new ConfigException(f.keyOf("secondaryAlbDnsName"), "'" + dns + "' is not an ALB DNS name; allowed: "
                    + "<name>-<id>.<region>.elb.amazonaws.com");
        }
        String zone = f.requiredString("secondaryAlbZoneId", "the DR region's ALB canonical hosted zone id");
        String known = ALB_ZONES.get(m.group(2));
        if (!ZONE_ID.matcher(zone).matches() || known != null && !known.equals(zone)) {
            throw new ConfigException(f.keyOf("secondaryAlbZoneId"), "'" + zone + "' is not the ALB hosted zone of "
                    + m.group(2) + "; allowed: " + (known != null ? known : "a Route 53 zone id (Z…)"));
        }
        String path = f.string("healthPath", "/health");
        if (!path.matches("/[A-Za-z0-9._~/-]{0,254}")) {
            throw new ConfigException(f.keyOf("healthPath"), "'" + path + "' is not allowed; allowed: a path starting "
                    + "with '/', up to 255 characters");
        }
        int threshold = f.integer("failureThreshold", 3, 1, 10);
        int interval = f.integerOneOf("requestIntervalSeconds", 30, 10, 30);
        List<String> regions = f.stringsFrom("regions", List.of("us-east-1", "us-west-1", "us-west-2"),
                FailoverConfig.CHECKER_REGIONS);
        if (regions.size() < 3) {
            throw new ConfigException(f.keyOf("regions"), regions + " names fewer than 3 regions; allowed: at least 3 "
                    + "of " + String.join(", ", FailoverConfig.CHECKER_REGIONS));
        }
        f.rejectUnknownKeys();
        checkContext(f, m.group(2), region, edge, operations);
        return Optional.of(new FailoverConfig(dns, zone, path, threshold, interval, regions));
    }

    /** {@code platform:dnssec}: sign the hosted zone; its KMS key must be in us-east-1, where the stack is. */
    static boolean dnssec(ConfigSection root, String region, EdgeConfig edge) {
        boolean on = root.bool("dnssec", false);
        if (on && edge.hostedZone().isEmpty()) {
            throw new ConfigException(root.keyOf("dnssec"), "true signs the hosted zone, but platform:edge.hostedZone "
                    + "is not set; allowed: false");
        }
        if (on && !region.equals(FailoverConfig.METRICS_REGION)) {
            throw new ConfigException(root.keyOf("dnssec"), "true needs the stack in " + FailoverConfig.METRICS_REGION
                    + " (Route 53 DNSSEC takes its KMS key from there), but aws:region is " + region + "; allowed: false");
        }
        return on;
    }

    private static void checkContext(ConfigSection f, String secondaryRegion, String region, EdgeConfig edge,
                                     OperationsConfig operations) {
        if (edge.apiDomain().isEmpty()) {
            throw new ConfigException(f.keyOf("secondaryAlbDnsName"), "fails over the API's name, but "
                    + "platform:edge.apiDomain is not set; allowed: set apiDomain, or remove platform:failover");
        }
        if (!operations.drRegion().equals(Optional.of(secondaryRegion))) {
            throw new ConfigException(f.keyOf("secondaryAlbDnsName"), "is in " + secondaryRegion + ", but "
                    + "platform:operations.drRegion is " + operations.drRegion().orElse("not set")
                    + "; allowed: an ALB of the DR region");
        }
        if (!region.equals(FailoverConfig.METRICS_REGION)) {
            throw new ConfigException(f.keyOf("secondaryAlbDnsName"), "needs the stack in "
                    + FailoverConfig.METRICS_REGION + " (Route 53 health-check metrics and their alarm live there), "
                    + "but aws:region is " + region + "; allowed: stacks in " + FailoverConfig.METRICS_REGION);
        }
    }
}
