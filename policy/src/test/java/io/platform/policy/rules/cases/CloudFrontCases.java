package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_SOURCE;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** CloudFront rules over one distribution with an S3 origin (OAC) and a custom origin (HTTPS, TLS 1.2). */
final class CloudFrontCases {
    private CloudFrontCases() {
    }

    static Map<String, Object> distribution() {
        return m("enabled", true, "defaultRootObject", "index.html", "webAclId", "arn:aws:wafv2:us-east-1:1:global/webacl/cdn/1",
                "origins", l(
                        m("originId", "site", "domainName", "site.s3.us-east-1.amazonaws.com", "originAccessControlId", "oac-1"),
                        m("originId", "api", "domainName", "api.example.com", "customOriginConfig", m("httpPort", 80,
                                "httpsPort", 443, "originProtocolPolicy", "https-only", "originSslProtocols", l("TLSv1.2")))),
                "originGroups", l(m("originId", "site-group", "failoverCriteria", m("statusCodes", l(500, 502)),
                        "members", l(m("originId", "site"), m("originId", "site-dr")))),
                "defaultCacheBehavior", m("targetOriginId", "site", "viewerProtocolPolicy", "redirect-to-https"),
                "orderedCacheBehaviors", l(m("pathPattern", "/api/*", "targetOriginId", "api", "viewerProtocolPolicy", "https-only")),
                "viewerCertificate", m("acmCertificateArn", "arn:aws:acm:us-east-1:1:certificate/c", "sslSupportMethod", "sni-only",
                        "minimumProtocolVersion", "TLSv1.2_2021"),
                "loggingConfig", m("bucket", "logs.s3.amazonaws.com", "prefix", "cdn/"));
    }

    static void define(Cases c) {
        String cdn = CLOUDFRONT_DISTRIBUTION.current();
        c.resource("cloudfront-https-only", cdn, distribution())
                .pass()
                .fail(set("defaultCacheBehavior.viewerProtocolPolicy", "allow-all"), "defaultCacheBehavior.viewerProtocolPolicy is allow-all;")
                .fail(del("orderedCacheBehaviors[0].viewerProtocolPolicy"), "orderedCacheBehaviors[0].viewerProtocolPolicy is not set;")
                .unknown("defaultCacheBehavior.viewerProtocolPolicy")
                .unknown("defaultCacheBehavior", set("orderedCacheBehaviors[0].viewerProtocolPolicy", "allow-all"),
                        "orderedCacheBehaviors[0].viewerProtocolPolicy is allow-all;");

        c.resource("cloudfront-minimum-tls", cdn, distribution())
                .pass()
                .pass(set("viewerCertificate.minimumProtocolVersion", "TLSv1.2_2025"))
                .pass(set("viewerCertificate.minimumProtocolVersion", "TLSv1.3_2025"))
                .fail(set("viewerCertificate.minimumProtocolVersion", "TLSv1.2_2019"), "viewerCertificate.minimumProtocolVersion is TLSv1.2_2019;")
                .fail(set("viewerCertificate", m("cloudfrontDefaultCertificate", true)),
                        "viewerCertificate.cloudfrontDefaultCertificate is true (viewers may use TLSv1);")
                .unknown("viewerCertificate.minimumProtocolVersion")
                .setting("allowedProtocolVersions", l("TLSv1.3_2025"))
                .fail(set("viewerCertificate.minimumProtocolVersion", "TLSv1.2_2025"), "viewerCertificate.minimumProtocolVersion is TLSv1.2_2025;");

        c.resource("cloudfront-s3-origin-access-control", cdn, distribution())
                .pass()
                .fail(del("origins[0].originAccessControlId"), "origins[site].originAccessControlId is not set for an S3 origin;")
                .fail(List.of(set("origins[1].s3OriginConfig", m("originAccessIdentity", "oai")), del("origins[1].customOriginConfig")),
                        "origins[api].originAccessControlId is not set for an S3 origin;")
                .unknown("origins[0].domainName")
                .unknown("origins[1]", del("origins[0].originAccessControlId"), "origins[site].originAccessControlId");

        c.resource("cloudfront-lambda-url-origin-access-control", cdn, distribution())
                .pass()
                .pass(set("origins[1].domainName", "abc123.lambda-url.us-east-1.on.aws"), set("origins[1].originAccessControlId", "oac-2"))
                .fail(set("origins[1].domainName", "abc123.lambda-url.us-east-1.on.aws"),
                        "origins[api].originAccessControlId is not set for a Lambda function URL origin;")
                .unknown("origins[1].domainName");

        c.resource("cloudfront-custom-origin-tls", cdn, distribution())
                .pass()
                .fail(set("origins[1].customOriginConfig.originProtocolPolicy", "match-viewer"),
                        "origins[api].customOriginConfig.originProtocolPolicy is match-viewer;")
                .fail(set("origins[1].customOriginConfig.originSslProtocols", l("TLSv1", "TLSv1.2")),
                        "origins[api].customOriginConfig.originSslProtocols includes TLSv1;")
                .unknown("origins[1].customOriginConfig.originProtocolPolicy")
                .unknown("origins[0]", set("origins[1].customOriginConfig.originProtocolPolicy", "http-only"),
                        "origins[api].customOriginConfig.originProtocolPolicy is http-only;");

        c.resource("cloudfront-custom-certificate-sni", cdn, distribution())
                .pass()
                .fail(set("viewerCertificate", m("cloudfrontDefaultCertificate", true)),
                        "viewerCertificate has no acmCertificateArn or iamCertificateId (the *.cloudfront.net certificate);")
                .fail(set("viewerCertificate.sslSupportMethod", "vip"), "viewerCertificate.sslSupportMethod is vip;")
                .unknown("viewerCertificate.sslSupportMethod");

        c.resource("cloudfront-default-root-object", cdn, distribution())
                .pass()
                .pass(del("defaultRootObject"), del("origins[0]"))
                .fail(del("defaultRootObject"), "defaultRootObject is not set;")
                .unknown("defaultRootObject")
                // the only origin is not known yet: it may be a bucket
                .unknown("origins[0]", del("defaultRootObject"));

        c.resource("cloudfront-origin-failover", cdn, distribution())
                .pass()
                .fail(del("originGroups"), "originGroups has no group of two origins;")
                .fail(del("originGroups[0].members[1]"), "originGroups has no group of two origins;")
                .unknown("originGroups");

        c.resource("cloudfront-waf", cdn, distribution())
                .pass()
                .fail(del("webAclId"), "webAclId is not set;")
                .unknownIsEnough("webAclId");

        PolicyResource site = r(cdn, "site").p("arn", "arn:aws:cloudfront::1:distribution/E1").ps(distribution()).build();
        PolicyResource source = r(LOG_DELIVERY_SOURCE.current(), "site-logs").p("name", "site-logs").p("logType", "ACCESS_LOGS")
                .p("resourceArn", UNKNOWN).dep("resourceArn", site).build();
        PolicyResource delivery = r(LOG_DELIVERY.current(), "site-logs-delivery").p("deliverySourceName", "site-logs")
                .p("deliveryDestinationArn", "arn:aws:logs:us-east-1:1:delivery-destination:s3").build();
        c.stack("cloudfront-logging", site, source, delivery)
                .pass()
                .pass(set("site", "loggingConfig", Cases.ABSENT))
                .pass(drop("site-logs", "site-logs-delivery"))
                .fail(List.of(set("site", "loggingConfig", Cases.ABSENT), drop("site-logs-delivery")),
                        "loggingConfig is not set and its aws:cloudwatch/logDeliverySource:LogDeliverySource site-logs has no")
                .fail(List.of(set("site", "loggingConfig", Cases.ABSENT), drop("site-logs", "site-logs-delivery")),
                        "loggingConfig is not set and no aws:cloudwatch/logDeliverySource:LogDeliverySource sends its ACCESS_LOGS")
                .unknown(List.of(set("site", "loggingConfig", Cases.ABSENT), drop("site-logs", "site-logs-delivery"),
                        add(r(LOG_DELIVERY_SOURCE.current(), "stray").p("logType", "ACCESS_LOGS").p("resourceArn", UNKNOWN).build())))
                .unknown(unknown("site", "loggingConfig"));
    }
}
