package io.platform.policy.rules;

import io.platform.policy.rules.cloudfront.HttpsOnly;
import io.platform.policy.rules.cloudfront.MinimumTls;
import io.platform.policy.rules.cloudfront.S3OriginAccessControl;
import io.platform.policy.rules.cloudfront.Waf;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.Tokens.LOG_DELIVERY;
import static io.platform.policy.Tokens.LOG_DELIVERY_SOURCE;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class CloudFrontRulesTest {

    @Test
    void httpsOnly() {
        forRule(HttpsOnly.policy())
                .withProperties(Map.of("defaultCacheBehavior", Map.of("viewerProtocolPolicy", "redirect-to-https"),
                        "orderedCacheBehaviors", List.of(Map.of("pathPattern", "/api/*", "viewerProtocolPolicy", "https-only"))))
                .expectNoViolations();
        forRule(HttpsOnly.policy())
                .withProperties(Map.of("defaultCacheBehavior", Map.of("viewerProtocolPolicy", "allow-all"),
                        "orderedCacheBehaviors", List.of(Map.of("pathPattern", "/img/*"))))
                .expectViolations(
                        "defaultCacheBehavior.viewerProtocolPolicy is allow-all; viewers must use HTTPS (redirect-to-https or https-only)",
                        "orderedCacheBehaviors[0].viewerProtocolPolicy is not set; viewers must use HTTPS (redirect-to-https or https-only)");
    }

    @Test
    void minimumTls() {
        forRule(MinimumTls.policy())
                .withProperty("viewerCertificate", Map.of("acmCertificateArn", "arn:aws:acm:us-east-1:1:certificate/c",
                        "sslSupportMethod", "sni-only", "minimumProtocolVersion", "TLSv1.2_2021"))
                .expectNoViolations();
        forRule(MinimumTls.policy())
                .withProperty("viewerCertificate", Map.of("acmCertificateArn", "arn:c", "minimumProtocolVersion", "TLSv1.2_2019"))
                .expectViolations("viewerCertificate.minimumProtocolVersion is TLSv1.2_2019; the minimum viewer protocol must be TLSv1.2_2021 or TLSv1.2_2025 or TLSv1.3_2025");
        forRule(MinimumTls.policy())
                .withProperty("viewerCertificate", Map.of("cloudfrontDefaultCertificate", true))
                .expectViolations("viewerCertificate.cloudfrontDefaultCertificate is true (viewers may use TLSv1); "
                        + "the minimum viewer protocol must be TLSv1.2_2021 or TLSv1.2_2025 or TLSv1.3_2025");
    }

    @Test
    void s3OriginsUseOriginAccessControl() {
        forRule(S3OriginAccessControl.policy())
                .withProperty("origins", List.of(
                        Map.of("originId", "site", "domainName", "platform-staging-site.s3.us-east-1.amazonaws.com",
                                "originAccessControlId", "E2OAC"),
                        Map.of("originId", "api", "domainName", "api.example.com",
                                "customOriginConfig", Map.of("originProtocolPolicy", "https-only"))))
                .expectNoViolations();
        forRule(S3OriginAccessControl.policy())
                .withProperty("origins", List.of(
                        Map.of("originId", "site", "domainName", "platform-staging-site.s3.amazonaws.com",
                                "s3OriginConfig", Map.of("originAccessIdentity", "origin-access-identity/cloudfront/E1"))))
                .expectViolations("origins[site].originAccessControlId is not set for an S3 origin; "
                        + "S3 origins must be reached through Origin Access Control");
    }

    @Test
    void originWithUnknownDomainIsSkippedButOthersAreJudged() {
        forRule(S3OriginAccessControl.policy()).dryRun()
                .withProperty("origins", List.of(
                        Map.of("originId", "pending", "domainName", Unknown.VALUE),
                        Map.of("originId", "legacy", "domainName", "old.s3.amazonaws.com")))
                .expectViolations("origins[legacy].originAccessControlId is not set for an S3 origin; "
                        + "S3 origins must be reached through Origin Access Control");
    }

    @Test
    void waf() {
        forRule(Waf.policy()).withProperty("webAclId", "arn:aws:wafv2:us-east-1:1:global/webacl/cf/1")
                .expectNoViolations();
        forRule(Waf.policy()).withProperty("enabled", true)
                .expectViolations("webAclId is not set; distributions must be protected by a CLOUDFRONT-scope WAF web ACL");
    }

    /** cloudfront-logging is a stack rule: standard logging v2 is declared beside the distribution. */
    @Nested
    class Logging {
        final PolicyResource legacy = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "legacy")
                .property("loggingConfig", Map.of("bucket", "platform-staging-access-logs.s3.amazonaws.com", "prefix", "cf/"))
                .build();
        final PolicyResource site = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "site").property("enabled", true).build();

        /** A v2 source of {@code distribution}'s access logs, joined as in preview: ids unknown, property dependencies. */
        PolicyResource source(String name, PolicyResource distribution) {
            return PolicyResource.builder(LOG_DELIVERY_SOURCE, name).property("name", Unknown.VALUE)
                    .property("logType", "ACCESS_LOGS").property("resourceArn", Unknown.VALUE)
                    .propertyDependsOn("resourceArn", distribution).build();
        }

        PolicyResource delivery(String name, PolicyResource source) {
            return PolicyResource.builder(LOG_DELIVERY, name)
                    .property("deliverySourceName", Unknown.VALUE).propertyDependsOn("deliverySourceName", source)
                    .property("deliveryDestinationArn", Unknown.VALUE).build();
        }

        @Test
        void legacyLoggingConfigStillPasses() {
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(legacy).expectNoViolations();
        }

        @Test
        void standardLoggingV2DeliveryOfTheDistributionPasses() {
            PolicyResource source = source("site-logs-source", site);
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(site, source, delivery("site-logs", source))
                    .expectNoViolations();
        }

        @Test
        void standardLoggingV2JoinedByArnAndSourceNameAsAnalyzeStackSendsThem() {
            String arn = "arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL";
            PolicyResource deployed = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "site").property("arn", arn).build();
            PolicyResource source = PolicyResource.builder(LOG_DELIVERY_SOURCE, "site-logs-source")
                    .property("name", "platform-staging-web-cdn").property("logType", "ACCESS_LOGS")
                    .property("resourceArn", arn).build();
            PolicyResource delivery = PolicyResource.builder(LOG_DELIVERY, "site-logs")
                    .property("deliverySourceName", "platform-staging-web-cdn")
                    .property("deliveryDestinationArn",
                            "arn:aws:logs:us-east-1:123456789012:delivery-destination:platform-staging-web-cdn-s3")
                    .build();
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(deployed, source, delivery).expectNoViolations();
        }

        @Test
        void noLoggingAtAllFails() {
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(legacy, site)
                    .expectViolations("loggingConfig is not set and no aws:cloudwatch/logDeliverySource:LogDeliverySource "
                            + "sends its ACCESS_LOGS (standard logging v2); distributions must write standard access logs");
        }

        @Test
        void legacyConfigWithoutBucketFails() {
            PolicyResource noBucket = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "site")
                    .property("loggingConfig", Map.of("prefix", "cf/")).build();
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(noBucket)
                    .expectViolations("loggingConfig.bucket is not set and no aws:cloudwatch/logDeliverySource:LogDeliverySource "
                            + "sends its ACCESS_LOGS (standard logging v2); distributions must write standard access logs");
        }

        @Test
        void aSourceWithoutADeliveryFails() {
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(site, source("site-logs-source", site))
                    .expectViolations("loggingConfig is not set and its aws:cloudwatch/logDeliverySource:LogDeliverySource "
                            + "site-logs-source has no aws:cloudwatch/logDelivery:LogDelivery to a destination "
                            + "(standard logging v2); distributions must write standard access logs");
        }

        @Test
        void anotherDistributionsDeliveryDoesNotCount() {
            PolicyResource other = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "other").property("enabled", true).build();
            PolicyResource source = source("other-logs-source", other);
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).withResources(site, other, source, delivery("other-logs", source))
                    .expectViolations("loggingConfig is not set and no aws:cloudwatch/logDeliverySource:LogDeliverySource "
                            + "sends its ACCESS_LOGS (standard logging v2); distributions must write standard access logs");
        }

        @Test
        void unknownLoggingConfigIsNotJudged() {
            PolicyResource pending = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "pending")
                    .property("loggingConfig", Unknown.VALUE).build();
            forRule(io.platform.policy.rules.cloudfront.Logging.policy()).dryRun().withResources(pending).expectNoViolations();
        }
    }
}
