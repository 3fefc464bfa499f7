package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Distributions serve their own certificate (ACM or IAM), by SNI (dedicated-IP SSL is legacy and costly). */
public final class ViewerCertificate {
    private ViewerCertificate() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-custom-certificate-sni")
                .description("Distributions use a custom certificate served by SNI")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudFront.7", "CloudFront.8"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set viewerCertificate.acmCertificateArn (us-east-1) and sslSupportMethod sni-only")
                .check((r, ctx) -> {
                    PropertyMap cert = r.properties().map("viewerCertificate");
                    boolean custom = cert.nonBlank("acmCertificateArn").isPresent() || cert.nonBlank("iamCertificateId").isPresent();
                    if (!custom) {
                        ctx.report("viewerCertificate has no acmCertificateArn or iamCertificateId (the *.cloudfront.net "
                                + "certificate); distributions must serve their own certificate");
                        return;
                    }
                    String method = cert.string("sslSupportMethod").orElse(null);
                    if (!"sni-only".equals(method)) {
                        ctx.report("viewerCertificate.sslSupportMethod is " + (method == null ? "not set" : method)
                                + "; serve HTTPS by SNI (sni-only)");
                    }
                })
                .build();
    }
}
