package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Custom origins are reached over HTTPS only, with TLS 1.2 only (no SSLv3, TLSv1, TLSv1.1). */
public final class CustomOriginTls {
    private CustomOriginTls() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-custom-origin-tls")
                .description("Custom origins are reached over HTTPS with TLS 1.2 only")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudFront.9", "CloudFront.10"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .setting(Setting.strings("allowedOriginProtocols", "originSslProtocols a custom origin may list",
                        List.of("TLSv1.2")).nonEmpty().oneOf(List.of("SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2")))
                .fix("Set customOriginConfig.originProtocolPolicy to https-only and originSslProtocols to [TLSv1.2]")
                .check((r, ctx) -> Origins.each(r, ctx, (origin, label) -> {
                    if (!origin.has("customOriginConfig")) {
                        return;
                    }
                    PropertyMap custom = origin.map("customOriginConfig");
                    String policy = custom.string("originProtocolPolicy").orElse(null);
                    if (!"https-only".equals(policy)) {
                        ctx.report(label + ".customOriginConfig.originProtocolPolicy is " + (policy == null ? "not set" : policy)
                                + "; CloudFront must reach custom origins over HTTPS only");
                    }
                    List<String> allowed = ctx.settings().strings("allowedOriginProtocols");
                    custom.strings("originSslProtocols").stream().filter(v -> !allowed.contains(v)).forEach(v ->
                            ctx.report(label + ".customOriginConfig.originSslProtocols includes " + v
                                    + "; origins must only negotiate " + String.join(", ", allowed)));
                }))
                .build();
    }
}
