package io.platform.policy.rules;

import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.sdk.PolicyTestKit.forRule;

class CloudFrontRulesTest {

    @Test
    void httpsOnly() {
        forRule(CloudFrontRules.httpsOnly())
                .withProperties(Map.of("defaultCacheBehavior", Map.of("viewerProtocolPolicy", "redirect-to-https"),
                        "orderedCacheBehaviors", List.of(Map.of("pathPattern", "/api/*", "viewerProtocolPolicy", "https-only"))))
                .expectNoViolations();
        forRule(CloudFrontRules.httpsOnly())
                .withProperties(Map.of("defaultCacheBehavior", Map.of("viewerProtocolPolicy", "allow-all"),
                        "orderedCacheBehaviors", List.of(Map.of("pathPattern", "/img/*"))))
                .expectViolations(
                        "defaultCacheBehavior.viewerProtocolPolicy is allow-all; viewers must use HTTPS (redirect-to-https or https-only)",
                        "orderedCacheBehaviors[0].viewerProtocolPolicy is not set; viewers must use HTTPS (redirect-to-https or https-only)");
    }

    @Test
    void minimumTls() {
        forRule(CloudFrontRules.minimumTls())
                .withProperty("viewerCertificate", Map.of("acmCertificateArn", "arn:aws:acm:us-east-1:1:certificate/c",
                        "sslSupportMethod", "sni-only", "minimumProtocolVersion", "TLSv1.2_2021"))
                .expectNoViolations();
        forRule(CloudFrontRules.minimumTls())
                .withProperty("viewerCertificate", Map.of("acmCertificateArn", "arn:c", "minimumProtocolVersion", "TLSv1.2_2019"))
                .expectViolations("viewerCertificate.minimumProtocolVersion is TLSv1.2_2019; the minimum viewer protocol must be TLSv1.2_2021");
        forRule(CloudFrontRules.minimumTls())
                .withProperty("viewerCertificate", Map.of("cloudfrontDefaultCertificate", true))
                .expectViolations("viewerCertificate.cloudfrontDefaultCertificate is true (viewers may use TLSv1); "
                        + "the minimum viewer protocol must be TLSv1.2_2021");
    }

    @Test
    void s3OriginsUseOriginAccessControl() {
        forRule(CloudFrontRules.s3OriginAccessControl())
                .withProperty("origins", List.of(
                        Map.of("originId", "site", "domainName", "platform-staging-site.s3.us-east-1.amazonaws.com",
                                "originAccessControlId", "E2OAC"),
                        Map.of("originId", "api", "domainName", "api.example.com",
                                "customOriginConfig", Map.of("originProtocolPolicy", "https-only"))))
                .expectNoViolations();
        forRule(CloudFrontRules.s3OriginAccessControl())
                .withProperty("origins", List.of(
                        Map.of("originId", "site", "domainName", "platform-staging-site.s3.amazonaws.com",
                                "s3OriginConfig", Map.of("originAccessIdentity", "origin-access-identity/cloudfront/E1"))))
                .expectViolations("origins[site].originAccessControlId is not set for an S3 origin; "
                        + "S3 origins must be reached through Origin Access Control");
    }

    @Test
    void originWithUnknownDomainIsSkippedButOthersAreJudged() {
        forRule(CloudFrontRules.s3OriginAccessControl()).dryRun()
                .withProperty("origins", List.of(
                        Map.of("originId", "pending", "domainName", Unknown.VALUE),
                        Map.of("originId", "legacy", "domainName", "old.s3.amazonaws.com")))
                .expectViolations("origins[legacy].originAccessControlId is not set for an S3 origin; "
                        + "S3 origins must be reached through Origin Access Control");
    }

    @Test
    void waf() {
        forRule(CloudFrontRules.waf()).withProperty("webAclId", "arn:aws:wafv2:us-east-1:1:global/webacl/cf/1")
                .expectNoViolations();
        forRule(CloudFrontRules.waf()).withProperty("enabled", true)
                .expectViolations("webAclId is not set; distributions must be protected by a CLOUDFRONT-scope WAF web ACL");
    }

    @Test
    void logging() {
        forRule(CloudFrontRules.logging())
                .withProperty("loggingConfig", Map.of("bucket", "platform-staging-access-logs.s3.amazonaws.com", "prefix", "cf/"))
                .expectNoViolations();
        forRule(CloudFrontRules.logging()).withProperty("enabled", true)
                .expectViolations("loggingConfig is not set; distributions must write standard access logs to S3");
    }
}
