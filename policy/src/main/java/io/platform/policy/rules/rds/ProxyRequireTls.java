package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_PROXY;

/** RDS proxies accept TLS connections only. */
public final class ProxyRequireTls {
    private ProxyRequireTls() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-proxy-require-tls")
                .description("RDS proxies require TLS")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.43"))
                .types(RDS_PROXY)
                .fix("Set requireTls to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "requireTls", ctx,
                        "clients must reach the proxy over TLS"))
                .build();
    }
}
