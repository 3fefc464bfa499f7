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
     * One static front end: its own bucket, distribution, certificate names (none: the
     * {@code *.cloudfront.net} name with CloudFront's certificate), a geo allow-list or block-list
     * (both empty: no geo restriction), the Content-Security-Policy its responses carry, the paths
     * it forwards to the ALB uncached ({@code apiPaths}), and extra private buckets served on paths
     * ({@code bucketOrigins}).
     */
    public record FrontEnd(String name, List<String> domainNames, List<String> geoAllowList,
                           List<String> geoBlockList, String contentSecurityPolicy, List<String> apiPaths,
                           List<BucketOrigin> bucketOrigins) {
        public FrontEnd {
            domainNames = List.copyOf(domainNames);
            geoAllowList = List.copyOf(geoAllowList);
            geoBlockList = List.copyOf(geoBlockList);
            apiPaths = List.copyOf(apiPaths);
            bucketOrigins = List.copyOf(bucketOrigins);
        }

        /** Without names of its own, the distribution answers on {@code d….cloudfront.net} only. */
        public boolean defaultCertificate() {
            return domainNames.isEmpty();
        }
    }

    /** A private bucket of the front end ({@code <site>-<name>}), read through OAC on {@code pathPattern}. */
    public record BucketOrigin(String name, String pathPattern) {
    }

    /** Whether any front end forwards paths to the ALB. */
    public boolean frontsAlb() {
        return frontEnds.stream().anyMatch(f -> !f.apiPaths().isEmpty());
    }

    public boolean hasDomains() {
        return apiDomain.isPresent() || frontEnds.stream().anyMatch(f -> !f.domainNames().isEmpty());
    }
}
