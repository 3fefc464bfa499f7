package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Viewer connections use a TLS security policy CloudFront.15 recommends (TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025). */
public final class MinimumTls {
    /** CloudFront.15's securityPolicies (AWS Security Hub control reference, 2025). */
    static final List<String> RECOMMENDED = List.of("TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");
    /** Every minimumProtocolVersion CloudFront accepts. */
    static final List<String> KNOWN = List.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018",
            "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025");

    private MinimumTls() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-minimum-tls")
                .description("Viewer connections use TLSv1.2_2021, TLSv1.2_2025 or TLSv1.3_2025")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudFront.15"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .setting(Setting.strings("allowedProtocolVersions", "Allowed viewerCertificate.minimumProtocolVersion values",
                        RECOMMENDED).nonEmpty().oneOf(KNOWN))
                .fix("Use an ACM certificate (sslSupportMethod sni-only) with minimumProtocolVersion TLSv1.2_2021 or newer")
                .check((r, ctx) -> {
                    PropertyMap cert = r.properties().map("viewerCertificate");
                    List<String> allowed = ctx.settings().strings("allowedProtocolVersions");
                    String why = "; the minimum viewer protocol must be " + String.join(" or ", allowed);
                    if (cert.bool("cloudfrontDefaultCertificate", false)) {
                        ctx.report("viewerCertificate.cloudfrontDefaultCertificate is true (viewers may use TLSv1)" + why);
                        return;
                    }
                    String version = cert.string("minimumProtocolVersion").orElse(null);
                    if (version == null || !allowed.contains(version)) {
                        ctx.report("viewerCertificate.minimumProtocolVersion is "
                                + (version == null ? "not set (TLSv1)" : version) + why);
                    }
                })
                .build();
    }
}
