package io.platform.edge;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.Template.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003 (BerthCare): one distribution on its {@code *.cloudfront.net} name for Canada and the US
 * serving the SPA, the API uncached from the ALB — which then accepts only CloudFront's origin-facing
 * servers — and the photos, documents and signatures buckets through Origin Access Control.
 */
class CloudFrontOriginsTest {
    private static final String A = StackFixture.ACCOUNT;
    private static final PlanResult PLAN = WorkloadStacks.plan(SeedWorkloads.berthCare());
    private static final Template T = WorkloadStacks.template(PLAN);
    private static final String CDN = "aws:cloudfront/distribution:Distribution";

    @Test
    void theDistributionAnswersOnItsOwnNameForCanadaAndTheUs() {
        Map<String, Object> cdn = T.inputs(CDN, "web-cdn");
        assertThat(cdn).containsEntry("aliases", List.of())
                .containsEntry("viewerCertificate", Map.of("cloudfrontDefaultCertificate", true));
        assertThat(map(cdn.get("restrictions")).get("geoRestriction"))
                .isEqualTo(Map.of("restrictionType", "whitelist", "locations", List.of("CA", "US")));
        assertThat(String.valueOf(T.single(CDN, "web-cdn").id())).matches("E[0-9A-F]{13}");
        assertThat(PLAN.ofType("aws:acm/certificate:Certificate")).extracting(r -> r.inputValues().get("domainName"))
                .containsExactly("api.staging.example.com");
    }

    @Test
    void theApiIsForwardedUncachedOverTls12AndOnlyCloudFrontReachesTheAlb() {
        Map<String, Object> cdn = T.inputs(CDN, "web-cdn");
        List<Object> origins = (List<Object>) cdn.get("origins");
        assertThat(origins).contains(Map.of("originId", "alb-api", "domainName", "api.staging.example.com",
                "customOriginConfig", Map.of("httpPort", 80L, "httpsPort", 443L, "originProtocolPolicy", "https-only",
                        "originSslProtocols", List.of("TLSv1.2"), "originReadTimeout", 60L, "originKeepaliveTimeout", 5L)));
        Map<String, Object> api = map(((List<Object>) cdn.get("orderedCacheBehaviors")).get(0));
        assertThat(api).containsEntry("pathPattern", "/api/*").containsEntry("targetOriginId", "alb-api")
                .containsEntry("viewerProtocolPolicy", "https-only")
                .containsEntry("cachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad")
                .containsEntry("originRequestPolicyId", "b689b0a8-53d0-40ab-baf2-68738e2966ac")
                .containsEntry("allowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"));
        RecordedResource https = T.single("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-in-https");
        assertThat(String.valueOf(https.inputValues().get("prefixListId"))).matches("pl-[0-9a-f]{8}");
        assertThat(https.inputValues()).doesNotContainKey("cidrIpv4").containsEntry("fromPort", 443L);
        assertThat(T.has("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-in-http")).isFalse();
    }

    @Test
    void photosDocumentsAndSignaturesAreServedFromTheirOwnPrivateBuckets() {
        Map<String, Object> cdn = T.inputs(CDN, "web-cdn");
        List<Object> behaviors = (List<Object>) cdn.get("orderedCacheBehaviors");
        assertThat(behaviors).extracting(b -> map(b).get("pathPattern"))
                .containsExactly("/api/*", "/photos/*", "/documents/*", "/signatures/*");
        String oac = T.single("aws:cloudfront/originAccessControl:OriginAccessControl", "web-oac").id();
        for (String origin : List.of("photos", "documents", "signatures")) {
            String bucket = "platform-staging-web-" + origin + "-" + A;
            assertThat((List<Object>) cdn.get("origins")).contains(Map.of("originId", "s3-web-" + origin,
                    "domainName", bucket + ".s3.us-east-1.amazonaws.com", "originAccessControlId", oac));
            assertThat(T.inputs("aws:s3/bucketV2:BucketV2", "web-" + origin)).containsEntry("bucket", bucket);
            String policy = String.valueOf(PLAN.ofType("aws:s3/bucketPolicy:BucketPolicy").stream()
                    .filter(p -> bucket.equals(p.inputValues().get("bucket"))).findFirst().orElseThrow()
                    .inputValues().get("policy"));
            assertThat(policy).contains("\"Sid\":\"CloudFrontOriginAccessControlRead\"")
                    .contains("arn:aws:s3:::" + bucket + "/*")
                    .contains("arn:aws:cloudfront::" + A + ":distribution/" + T.single(CDN, "web-cdn").id());
        }
    }

    @Test
    void withOtherOriginsTheSpaRoutesAtTheEdgeInsteadOfRewritingEveryError() {
        Map<String, Object> cdn = T.inputs(CDN, "web-cdn");
        assertThat(cdn).doesNotContainKey("customErrorResponses");
        Map<String, Object> function = T.inputs("aws:cloudfront/function:Function", "web-spa-routing");
        assertThat(function).containsEntry("runtime", "cloudfront-js-2.0").containsEntry("publish", true);
        assertThat(String.valueOf(function.get("code"))).contains("request.uri = '/index.html'");
        assertThat(map(cdn.get("defaultCacheBehavior")).get("functionAssociations")).isEqualTo(List.of(Map.of(
                "eventType", "viewer-request", "functionArn", "arn:aws:cloudfront::" + A + ":function/platform-staging-web-spa-routing")));
        // The stack files' front end, without other origins, keeps its error pages.
        assertThat(WorkloadStacks.template(StackFixture.plan("staging")).inputs(CDN, "web-cdn"))
                .containsKey("customErrorResponses").doesNotContainKey("orderedCacheBehaviors");
    }
}
