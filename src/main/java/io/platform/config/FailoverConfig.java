package io.platform.config;

import java.util.List;

/**
 * {@code platform:failover}: Route 53 failover for the API's name (issue 16 item 6). An HTTPS health check
 * on the API's name watches this region's ALB; the PRIMARY alias record answers while it is healthy,
 * the SECONDARY alias record (the DR region's ALB) when it is not; the health check alarms critical.
 *
 * @param secondaryAlbDnsName    the DR region's ALB DNS name ({@code <name>-<id>.<drRegion>.elb.amazonaws.com})
 * @param secondaryAlbZoneId     that ALB's canonical hosted zone id
 * @param healthPath             the path the health checkers request over HTTPS
 * @param failureThreshold       consecutive failures before the check is unhealthy, 1..10
 * @param requestIntervalSeconds 10 or 30
 * @param regions                the Route 53 health-checker regions (at least three)
 */
public record FailoverConfig(String secondaryAlbDnsName, String secondaryAlbZoneId, String healthPath,
                             int failureThreshold, int requestIntervalSeconds, List<String> regions) {
    /** Route 53's health-checker regions. */
    public static final List<String> CHECKER_REGIONS = List.of("us-east-1", "us-west-1", "us-west-2", "eu-west-1",
            "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1");
    /** Route 53 publishes health-check metrics in us-east-1 only: the alarm must be there. */
    public static final String METRICS_REGION = "us-east-1";

    public FailoverConfig {
        regions = List.copyOf(regions);
    }
}
