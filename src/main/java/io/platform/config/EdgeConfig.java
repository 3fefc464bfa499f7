package io.platform.config;

import java.util.List;
import java.util.Optional;

/**
 * Names and the CDN (SPEC §3.5): the Route 53 zone records go into, the ALB's public name
 * (its certificate comes from ACM when set), and the static front ends served by CloudFront.
 */
public record EdgeConfig(Optional<String> hostedZone, Optional<String> apiDomain, List<FrontEnd> frontEnds,
                         int cdnRateLimitPer5Minutes) {
    public EdgeConfig {
        frontEnds = List.copyOf(frontEnds);
    }

    /**
     * One static front end: its own bucket, distribution, certificate names and geo allow-list
     * (empty: no geo restriction), and the Content-Security-Policy its responses carry.
     */
    public record FrontEnd(String name, List<String> domainNames, List<String> geoAllowList,
                           String contentSecurityPolicy) {
        public FrontEnd {
            domainNames = List.copyOf(domainNames);
            geoAllowList = List.copyOf(geoAllowList);
        }
    }

    public boolean hasDomains() {
        return apiDomain.isPresent() || frontEnds.stream().anyMatch(f -> !f.domainNames().isEmpty());
    }
}
