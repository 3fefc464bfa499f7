package io.platform.edge;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.edge.EdgePlans.ACCOUNT;
import static io.platform.edge.EdgePlans.BUCKET;
import static io.platform.edge.EdgePlans.DISTRIBUTION;
import static io.platform.edge.EdgePlans.HEADERS_POLICY;
import static io.platform.edge.EdgePlans.OAC;
import static io.platform.edge.EdgePlans.OAI;
import static io.platform.edge.EdgePlans.accessLogsBucket;
import static io.platform.edge.EdgePlans.dependenciesOf;
import static io.platform.edge.EdgePlans.distribution;
import static io.platform.edge.EdgePlans.distributionArn;
import static io.platform.edge.EdgePlans.document;
import static io.platform.edge.EdgePlans.json;
import static io.platform.edge.EdgePlans.prefix;
import static io.platform.edge.EdgePlans.siteBucket;
import static io.platform.edge.EdgePlans.statement;
import static io.platform.edge.EdgePlans.statements;
import static io.platform.edge.EdgePlans.twoFrontEnds;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.5: each front end's bucket, Origin Access Control, distribution and security headers. */
class StaticSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDistributionServesTheConfiguredNamesOverHttp2And3WithPriceClass100(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource cdn = distribution(plan, "web");
        assertThat(cdn.parent()).isEqualTo(named(plan, prefix(plan) + "web-frontend").urn());
        assertThat(named(plan, prefix(plan) + "web-frontend").parent()).isEqualTo(named(plan, prefix(plan) + "edge").urn());
        assertThat(cdn.inputValues())
                .containsEntry("enabled", true)
                .containsEntry("aliases", List.of(stack.equals("production") ? "app.example.com" : "app.staging.example.com"))
                .containsEntry("httpVersion", "http2and3")
                .containsEntry("isIpv6Enabled", true)
                .containsEntry("priceClass", "PriceClass_100")
                .containsEntry("defaultRootObject", "index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void viewersUseHttpsWithTls12_2021AndTheUsEast1Certificate(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource cdn = distribution(plan, "web");
        Map<String, Object> behavior = map(cdn.inputValues().get("defaultCacheBehavior"));
        assertThat(behavior).containsEntry("viewerProtocolPolicy", "redirect-to-https");
        assertThat(cdn.inputValues()).doesNotContainKey("orderedCacheBehaviors");

        RecordedResource certificate = named(plan, prefix(plan) + "cdn-cert");
        RecordedResource validation = named(plan, prefix(plan) + "cdn-cert-validation");
        assertThat(map(cdn.inputValues().get("viewerCertificate")))
                .containsEntry("minimumProtocolVersion", "TLSv1.2_2021")
                .containsEntry("sslSupportMethod", "sni-only")
                .containsEntry("acmCertificateArn",
                        "arn:aws:acm:us-east-1:" + ACCOUNT + ":certificate/" + certificate.id())
                .doesNotContainKey("cloudfrontDefaultCertificate");
        // The ARN comes from the validation, so the distribution waits until ACM has issued the certificate.
        assertThat(dependenciesOf(cdn, "viewerCertificate")).contains(validation.urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theOnlyOriginIsTheSiteBucketThroughOriginAccessControl(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource cdn = distribution(plan, "web");
        RecordedResource oac = named(plan, prefix(plan) + "web-oac");
        List<Map<String, Object>> origins = origins(cdn);
        assertThat(origins).singleElement().satisfies(origin -> assertThat(origin)
                .containsEntry("originId", "s3-web-site")
                .containsEntry("domainName", siteBucket(plan, "web") + ".s3.us-east-1.amazonaws.com")
                .containsEntry("originAccessControlId", oac.id())
                .doesNotContainKeys("s3OriginConfig", "customOriginConfig"));
        assertThat(map(cdn.inputValues().get("defaultCacheBehavior"))).containsEntry("targetOriginId", "s3-web-site");
        assertThat(oac.inputValues())
                .containsEntry("name", prefix(plan) + "web-oac")
                .containsEntry("originAccessControlOriginType", "s3")
                .containsEntry("signingBehavior", "always")
                .containsEntry("signingProtocol", "sigv4");
        assertThat(plan.ofType(OAI)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void cachingIsManagedCachingOptimizedWithCompressionAndTheSecurityHeaders(String stack) {
        PlanResult plan = plan(stack);
        Map<String, Object> behavior = map(distribution(plan, "web").inputValues().get("defaultCacheBehavior"));
        assertThat(behavior)
                .containsEntry("cachePolicyId", "658327ea-f89d-4fab-a63d-7e88639e58f6")
                .containsEntry("compress", true)
                .containsEntry("allowedMethods", List.of("GET", "HEAD", "OPTIONS"))
                .containsEntry("cachedMethods", List.of("GET", "HEAD"))
                .containsEntry("responseHeadersPolicyId", named(plan, prefix(plan) + "web-security-headers").id())
                // A cache policy replaces the legacy forwarded values and TTLs.
                .doesNotContainKeys("forwardedValues", "minTtl", "defaultTtl", "maxTtl");
    }

    @Test
    void unknownPathsFallBackToIndexHtmlForTheSinglePageApp() {
        assertThat(listOfMaps(distribution(plan("staging"), "web").inputValues().get("customErrorResponses")))
                .extracting(r -> r.get("errorCode"), r -> r.get("responseCode"), r -> r.get("responsePagePath"))
                .containsExactly(tuple(403L, 200L, "/index.html"), tuple(404L, 200L, "/index.html"));
    }

    @Test
    void theResponseHeadersPolicySetsHstsNosniffFrameDenyReferrerAndCsp() {
        RecordedResource headers = named(plan("staging"), "platform-staging-web-security-headers");
        assertThat(headers.inputValues()).containsEntry("name", "platform-staging-web-security-headers");
        Map<String, Object> security = map(headers.inputValues().get("securityHeadersConfig"));
        assertThat(map(security.get("strictTransportSecurity"))).isEqualTo(Map.of(
                "accessControlMaxAgeSec", 31_536_000L, "includeSubdomains", true, "preload", true, "override", true));
        assertThat(map(security.get("contentTypeOptions"))).isEqualTo(Map.of("override", true));
        assertThat(map(security.get("frameOptions"))).isEqualTo(Map.of("frameOption", "DENY", "override", true));
        assertThat(map(security.get("referrerPolicy"))).isEqualTo(Map.of(
                "referrerPolicy", "strict-origin-when-cross-origin", "override", true));
        // Same origin only, except that the SPA may call the stack's API.
        assertThat(map(security.get("contentSecurityPolicy"))).isEqualTo(Map.of("override", true,
                "contentSecurityPolicy", "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; "
                        + "form-action 'self'; img-src 'self' data:; connect-src 'self' https://api.staging.example.com; "
                        + "upgrade-insecure-requests"));
        // The legacy XSS auditor is switched off explicitly ("X-XSS-Protection: 0"); the CSP does that job.
        assertThat(map(security.get("xssProtection"))).isEqualTo(Map.of("protection", false, "override", true));
    }

    @Test
    void theGeoAllowListComesFromConfigAndAnEmptyListRestrictsNothing() {
        assertThat(geo(distribution(plan("staging"), "web")))
                .isEqualTo(Map.of("restrictionType", "whitelist", "locations", List.of("US", "CA")));
        PlanResult two = twoFrontEnds();
        assertThat(geo(distribution(two, "admin"))).isEqualTo(Map.of("restrictionType", "none", "locations", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theSiteBucketIsASecureBucketEncryptedWithTheS3KeyAndLoggingToTheAccessLogBucket(String stack) {
        PlanResult plan = plan(stack);
        String bucket = siteBucket(plan, "web");
        RecordedResource site = named(plan, prefix(plan) + "web-site");
        assertThat(site.type()).isEqualTo(BUCKET);
        assertThat(site.inputValues()).containsEntry("bucket", bucket);
        assertThat(named(plan, prefix(plan) + "web-site-bucket").type()).isEqualTo("platform:storage:SecureBucket");

        String s3Key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, prefix(plan) + "s3").id();
        Map<String, Object> rule = listOfMaps(named(plan, prefix(plan) + "web-site-encryption").inputValues().get("rules")).get(0);
        assertThat(map(rule.get("applyServerSideEncryptionByDefault")))
                .containsEntry("sseAlgorithm", "aws:kms").containsEntry("kmsMasterKeyId", s3Key);
        assertThat(rule).containsEntry("bucketKeyEnabled", true);
        assertThat(named(plan, prefix(plan) + "web-site-logging").inputValues())
                .containsEntry("bucket", bucket)
                .containsEntry("targetBucket", accessLogsBucket(plan))
                .containsEntry("targetPrefix", "s3/" + bucket + "/");
        assertThat(named(plan, prefix(plan) + "web-site-public-access-block").inputValues())
                .containsEntry("blockPublicAcls", true).containsEntry("blockPublicPolicy", true)
                .containsEntry("ignorePublicAcls", true).containsEntry("restrictPublicBuckets", true);
        assertThat(map(named(plan, prefix(plan) + "web-site-ownership").inputValues().get("rule")))
                .containsEntry("objectOwnership", "BucketOwnerEnforced");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyThatDistributionMayReadTheSiteBucket(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource cdn = distribution(plan, "web");
        RecordedResource policy = named(plan, prefix(plan) + "web-site-policy");
        String bucketArn = "arn:aws:s3:::" + siteBucket(plan, "web");
        JsonNode doc = document(policy, "policy");

        assertThat(statements(doc)).extracting(s -> s.get("Sid").asText(), s -> s.get("Effect").asText())
                .containsExactly(
                        tuple("DenyInsecureTransport", "Deny"),
                        tuple("DenyNonKmsEncryption", "Deny"),
                        tuple("DenyOtherKmsKeys", "Deny"),
                        tuple("CloudFrontOriginAccessControlRead", "Allow"));
        JsonNode read = statement(doc, "CloudFrontOriginAccessControlRead");
        assertThat(read.get("Principal")).isEqualTo(json("{\"Service\":\"cloudfront.amazonaws.com\"}"));
        assertThat(read.get("Action").asText()).isEqualTo("s3:GetObject");
        assertThat(read.get("Resource").asText()).isEqualTo(bucketArn + "/*");
        assertThat(read.get("Condition")).isEqualTo(json("{\"StringEquals\":{\"AWS:SourceArn\":\""
                + distributionArn(cdn) + "\"}}"));
        assertThat(dependenciesOf(policy, "policy")).contains(cdn.urn());
        // The TLS-only baseline of every secure bucket is still there.
        assertThat(statement(doc, "DenyInsecureTransport").get("Condition"))
                .isEqualTo(json("{\"Bool\":{\"aws:SecureTransport\":\"false\"}}"));
    }

    @Test
    void eachFrontEndHasItsOwnBucketOacHeadersAndDistributionAndItsBucketNamesOnlyItsDistribution() {
        PlanResult plan = twoFrontEnds();
        assertThat(plan.ofType(DISTRIBUTION)).hasSize(2);
        assertThat(plan.ofType(OAC)).hasSize(2);
        assertThat(plan.ofType(HEADERS_POLICY)).hasSize(2);
        for (String site : List.of("web", "admin")) {
            String other = site.equals("web") ? "admin" : "web";
            JsonNode read = statement(document(named(plan, prefix(plan) + site + "-site-policy"), "policy"),
                    "CloudFrontOriginAccessControlRead");
            assertThat(read.at("/Condition/StringEquals/AWS:SourceArn").asText())
                    .isEqualTo(distributionArn(distribution(plan, site)))
                    .isNotEqualTo(distributionArn(distribution(plan, other)));
            assertThat(origins(distribution(plan, site))).singleElement().satisfies(o -> assertThat(o)
                    .containsEntry("domainName", siteBucket(plan, site) + ".s3.us-east-1.amazonaws.com")
                    .containsEntry("originAccessControlId", named(plan, prefix(plan) + site + "-oac").id()));
        }
        assertThat(distribution(plan, "admin").inputValues())
                .containsEntry("aliases", List.of("admin.staging.example.com", "ops.staging.example.com"));
        assertThat(map(map(named(plan, "platform-staging-admin-security-headers").inputValues()
                .get("securityHeadersConfig")).get("contentSecurityPolicy")))
                .containsEntry("contentSecurityPolicy", "default-src https://admin.staging.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theS3KeyLetsCloudFrontDecryptForThisAccountsDistributionsOnly(String stack) {
        JsonNode statement = statement(document(named(plan(stack), "platform-" + stack + "-s3"), "policy"),
                "CloudFrontOriginAccessControlDecrypt");
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.get("Principal")).isEqualTo(json("{\"Service\":\"cloudfront.amazonaws.com\"}"));
        assertThat(statement.get("Action").asText()).isEqualTo("kms:Decrypt");
        assertThat(statement.get("Resource").asText()).isEqualTo("*");
        assertThat(statement.get("Condition")).isEqualTo(json("{\"ArnLike\":{\"AWS:SourceArn\":"
                + "\"arn:aws:cloudfront::" + ACCOUNT + ":distribution/*\"}}"));
    }

    private static List<Map<String, Object>> origins(RecordedResource distribution) {
        return listOfMaps(distribution.inputValues().get("origins"));
    }

    private static Map<String, Object> geo(RecordedResource distribution) {
        return map(map(distribution.inputValues().get("restrictions")).get("geoRestriction"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
