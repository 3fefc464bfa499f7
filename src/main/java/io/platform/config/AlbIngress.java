package io.platform.config;

/**
 * Who may open connections to the ALB: anyone (its HTTPS and redirect ports), or only CloudFront's
 * origin-facing servers (AWS's managed prefix list), so the API answers through the CDN alone.
 */
public enum AlbIngress implements Named {
    INTERNET("internet"),
    CLOUDFRONT("cloudFront");

    private final String configName;

    AlbIngress(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
