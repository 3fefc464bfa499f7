package io.platform.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;

/** Shared names and readers of the edge tests. */
final class EdgePlans {
    static final String ACCOUNT = "123456789012";
    static final String DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    static final String OAC = "aws:cloudfront/originAccessControl:OriginAccessControl";
    static final String OAI = "aws:cloudfront/originAccessIdentity:OriginAccessIdentity";
    static final String HEADERS_POLICY = "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy";
    static final String RECORD = "aws:route53/record:Record";
    static final String WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    static final String LOG_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
    static final String LOG_DESTINATION = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination";
    static final String LOG_DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery";
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    /** CloudFront's fixed alias-target zone. */
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

    /** Two front ends: {@code web} as in the stack file, and {@code admin} with no geo restriction and its own CSP. */
    static final String TWO_FRONT_ENDS = """
            {"hostedZone":"example.com","apiDomain":"api.staging.example.com","cdnRateLimit":500,
             "frontEnds":[
               {"name":"web","domainNames":["app.staging.example.com"],"geoAllowList":["US","CA"]},
               {"name":"admin","domainNames":["admin.staging.example.com","ops.staging.example.com"],
                "contentSecurityPolicy":"default-src https://admin.staging.example.com"}]}""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PlanResult twoFrontEnds;

    private EdgePlans() {
    }

    static synchronized PlanResult twoFrontEnds() {
        if (twoFrontEnds == null) {
            twoFrontEnds = plan(withOverrides(stackFile("staging"), Map.of("platform:edge", TWO_FRONT_ENDS)));
        }
        return twoFrontEnds;
    }

    static String prefix(PlanResult plan) {
        return "platform-" + plan.stack() + "-";
    }

    static RecordedResource distribution(PlanResult plan, String site) {
        return named(plan, prefix(plan) + site + "-cdn");
    }

    /** The ARN AWS gives a distribution: global, so no region. */
    static String distributionArn(RecordedResource distribution) {
        return "arn:aws:cloudfront::" + ACCOUNT + ":distribution/" + distribution.id();
    }

    static String siteBucket(PlanResult plan, String site) {
        return prefix(plan) + site + "-site-" + ACCOUNT;
    }

    static String accessLogsBucket(PlanResult plan) {
        return prefix(plan) + "access-logs-" + ACCOUNT;
    }

    static JsonNode document(RecordedResource resource, String property) {
        try {
            return JSON.readTree((String) resource.inputValues().get(property));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        doc.get("Statement").forEach(out::add);
        return out;
    }

    static JsonNode statement(JsonNode doc, String sid) {
        return statements(doc).stream().filter(s -> sid.equals(s.path("Sid").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + doc));
    }

    /** URNs the input {@code property} of {@code resource} was computed from. */
    static List<String> dependenciesOf(RecordedResource resource, String property) {
        return resource.propertyDependencies().getOrDefault(property, List.of());
    }
}
