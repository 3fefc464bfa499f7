package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.config.ConfigException;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.compute.ComputePlan.ACCOUNT;
import static io.platform.compute.ComputePlan.BUCKET;
import static io.platform.compute.ComputePlan.BUCKET_POLICY;
import static io.platform.compute.ComputePlan.CERTIFICATE;
import static io.platform.compute.ComputePlan.CERT_VALIDATION;
import static io.platform.compute.ComputePlan.LISTENER;
import static io.platform.compute.ComputePlan.LISTENER_RULE;
import static io.platform.compute.ComputePlan.LOAD_BALANCER;
import static io.platform.compute.ComputePlan.SECURITY_GROUP;
import static io.platform.compute.ComputePlan.SERVICE;
import static io.platform.compute.ComputePlan.TARGET_GROUP;
import static io.platform.compute.ComputePlan.VPC;
import static io.platform.compute.ComputePlan.WAF_ASSOCIATION;
import static io.platform.compute.ComputePlan.WEB_ACL;
import static io.platform.compute.ComputePlan.arn;
import static io.platform.compute.ComputePlan.names;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.sources;
import static io.platform.compute.ComputePlan.statements;
import static io.platform.compute.ComputePlan.strings;
import static io.platform.compute.ComputePlan.subnetIds;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.4 load balancing: the internet-facing ALB, its access logs and WAF association, the
 * TLS 1.3 HTTPS listener with the validated ACM certificate, the redirect-only HTTP listener,
 * one forward rule per public service, and ip target groups with the SPEC's health check.
 */
class AlbTest {
    private static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";

    @ParameterizedTest
    @CsvSource({"staging, false", "production, true"})
    void loadBalancerIsInternetFacingInThePublicSubnetsWithTheSpecSettings(String stack, boolean deletionProtection) {
        PlanResult plan = plan(stack);
        assertThat(plan.ofType(LOAD_BALANCER)).hasSize(1);
        RecordedResource alb = resource(plan, LOAD_BALANCER, "alb");
        assertThat(alb.inputValues())
                .containsEntry("name", "platform-" + stack + "-alb")
                .containsEntry("loadBalancerType", "application")
                .containsEntry("internal", false)
                .containsEntry("subnets", subnetIds(plan, "public"))
                .containsEntry("securityGroups", List.of(resource(plan, SECURITY_GROUP, "alb-sg").id()))
                .containsEntry("dropInvalidHeaderFields", true)
                .containsEntry("enableHttp2", true)
                .containsEntry("idleTimeout", 60L)
                .containsEntry("desyncMitigationMode", "defensive")
                .containsEntry("enableDeletionProtection", deletionProtection)
                .containsEntry("accessLogs", Map.of(
                        "bucket", "platform-" + stack + "-access-logs-" + ACCOUNT,
                        "prefix", "alb",
                        "enabled", true));
        // The name arrives only once the bucket's delivery policy exists, so the ALB is created after it.
        assertThat(sources(alb, "accessLogs")).containsExactlyInAnyOrder(resource(plan, BUCKET, "access-logs").urn(),
                named(plan, "platform-" + stack + "-access-logs-policy").urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void accessLogBucketPolicyLetsElbWriteExactlyUnderTheAlbPrefix(String stack) {
        PlanResult plan = plan(stack);
        String bucket = "platform-" + stack + "-access-logs-" + ACCOUNT;
        JsonNode policy = parse((String) resource(plan, BUCKET_POLICY, "access-logs-policy").inputValues().get("policy"));
        JsonNode delivery = statements(policy).stream()
                .filter(s -> s.path("Sid").asText().equals("AlbAccessLogDelivery")).findFirst().orElseThrow();
        assertThat(delivery.get("Effect").asText()).isEqualTo("Allow");
        assertThat(strings(delivery.get("Action"))).containsExactly("s3:PutObject");
        // us-east-1 delivers ALB logs from ELB's regional account.
        assertThat(delivery.get("Principal")).isEqualTo(parse("{\"AWS\":\"arn:aws:iam::127311923021:root\"}"));
        assertThat(strings(delivery.get("Resource")))
                .containsExactly("arn:aws:s3:::" + bucket + "/alb/AWSLogs/" + ACCOUNT + "/*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void wafAssociationBindsTheAlbToTheSecurityTiersWebAcl(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource alb = resource(plan, LOAD_BALANCER, "alb");
        RecordedResource webAcl = resource(plan, WEB_ACL, "waf");
        assertThat(webAcl.inputValues()).containsEntry("scope", "REGIONAL");
        assertThat(plan.ofType(WAF_ASSOCIATION)).singleElement().satisfies(association -> {
            assertThat(association.inputValues()).containsOnly(
                    Map.entry("resourceArn", arn(alb)),
                    Map.entry("webAclArn", arn(webAcl)));
            assertThat(sources(association, "resourceArn")).containsExactly(alb.urn());
            assertThat(sources(association, "webAclArn")).containsExactly(webAcl.urn());
        });
        assertThat(arn(alb)).matches("arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT
                + ":loadbalancer/app/platform-" + stack + "-alb/[0-9a-f]{16}");
        assertThat(arn(webAcl)).matches("arn:aws:wafv2:us-east-1:" + ACCOUNT + ":regional/webacl/platform-" + stack
                + "-waf/[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @CsvSource({"staging, api.staging.example.com", "production, api.example.com"})
    void httpsListenerUsesTheTls13PolicyAndTheValidatedCertificate(String stack, String domain) {
        PlanResult plan = plan(stack);
        RecordedResource certificate = resource(plan, CERTIFICATE, "alb-cert");
        RecordedResource validation = resource(plan, CERT_VALIDATION, "alb-cert-validation");
        assertThat(certificate.inputValues()).containsEntry("domainName", domain)
                .containsEntry("validationMethod", "DNS");
        assertThat(validation.inputValues()).containsEntry("certificateArn", arn(certificate));

        RecordedResource https = resource(plan, LISTENER, "alb-https");
        assertThat(https.inputValues())
                .containsEntry("loadBalancerArn", arn(resource(plan, LOAD_BALANCER, "alb")))
                .containsEntry("port", 443L)
                .containsEntry("protocol", "HTTPS")
                .containsEntry("sslPolicy", TLS_POLICY)
                .containsEntry("certificateArn", arn(certificate))
                .containsEntry("defaultActions", List.of(Map.of(
                        "type", "fixed-response",
                        "fixedResponse", Map.of("statusCode", "404", "contentType", "text/plain",
                                "messageBody", "Not found"))));
        // Taken from the validation, not the certificate: the listener waits until ACM has issued it.
        assertThat(sources(https, "certificateArn")).containsExactly(validation.urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void httpListenerOnlyRedirectsToHttpsWithA301(String stack) {
        PlanResult plan = plan(stack);
        assertThat(plan.ofType(LISTENER)).hasSize(2);
        RecordedResource http = resource(plan, LISTENER, "alb-http");
        assertThat(http.inputValues())
                .containsEntry("loadBalancerArn", arn(resource(plan, LOAD_BALANCER, "alb")))
                .containsEntry("port", 80L)
                .containsEntry("protocol", "HTTP")
                .containsEntry("defaultActions", List.of(Map.of(
                        "type", "redirect",
                        "redirect", Map.of("protocol", "HTTPS", "port", "443", "statusCode", "HTTP_301"))))
                .doesNotContainKeys("sslPolicy", "certificateArn");
        // No rule can forward plain HTTP to a service: every rule hangs off the HTTPS listener.
        String httpsArn = arn(resource(plan, LISTENER, "alb-https"));
        assertThat(plan.ofType(LISTENER_RULE)).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule.inputValues()).containsEntry("listenerArn", httpsArn));
        assertThat(httpsArn).isNotEqualTo(arn(http));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theApiRouteForwardsToTheApiTargetGroup(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = resource(plan, TARGET_GROUP, "tg-api");
        RecordedResource https = resource(plan, LISTENER, "alb-https");
        assertThat(plan.ofType(LISTENER_RULE)).singleElement().satisfies(rule -> {
            assertThat(rule.name()).isEqualTo("platform-" + stack + "-alb-rule-api");
            assertThat(rule.inputValues())
                    .containsEntry("listenerArn", arn(https))
                    .containsEntry("priority", 10L)
                    .containsEntry("conditions", List.of(Map.of("pathPattern", Map.of("values", List.of("/*")))))
                    .containsEntry("actions", List.of(Map.of("type", "forward", "targetGroupArn", arn(group))));
            assertThat(sources(rule, "actions")).containsExactly(group.urn());
            assertThat(sources(rule, "listenerArn")).containsExactly(https.urn());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void targetGroupsAreIpTargetsWithTheSpecHealthCheck(String stack) {
        PlanResult plan = plan(stack);
        assertThat(names(plan, TARGET_GROUP)).containsExactly("platform-" + stack + "-tg-api");
        assertThat(resource(plan, TARGET_GROUP, "tg-api").inputValues())
                .containsEntry("name", "platform-" + stack + "-api")
                .containsEntry("targetType", "ip")
                .containsEntry("protocol", "HTTP")
                .containsEntry("port", 8000L)
                .containsEntry("vpcId", resource(plan, VPC, "vpc").id())
                .containsEntry("deregistrationDelay", 30L)
                .containsEntry("healthCheck", Map.of(
                        "enabled", true,
                        "path", "/health",
                        "protocol", "HTTP",
                        "healthyThreshold", 2L,
                        "unhealthyThreshold", 3L,
                        "timeout", 5L,
                        "interval", 30L,
                        "matcher", "200"));
    }

    @Test
    void anImportedCertificateArnReplacesTheAcmCertificate() {
        String imported = "arn:aws:acm:us-east-1:" + ACCOUNT + ":certificate/0f3c5a2e-1111-4a4a-9b9b-123456789abc";
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of(
                "platform:edge", "{\"hostedZone\":\"example.com\"}",
                "platform:compute", "{\"certificateArn\":\"" + imported + "\",\"services\":["
                        + "{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\","
                        + "\"public\":{\"paths\":[\"/*\"]}}]}")));
        RecordedResource https = resource(plan, LISTENER, "alb-https");
        assertThat(https.inputValues()).containsEntry("certificateArn", imported)
                .containsEntry("sslPolicy", TLS_POLICY);
        assertThat(sources(https, "certificateArn")).isEmpty();
        assertThat(plan.ofType(CERTIFICATE)).isEmpty();
        assertThat(plan.ofType(CERT_VALIDATION)).isEmpty();
    }

    @Test
    void deletionProtectionCanBeTurnedOnOutsideProduction() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute",
                "{\"albDeletionProtection\":true,\"services\":[{\"name\":\"api\",\"repository\":\"api\","
                        + "\"tag\":\"1.0.0\",\"public\":{\"paths\":[\"/*\"]}}]}")));
        assertThat(resource(plan, LOAD_BALANCER, "alb").inputValues()).containsEntry("enableDeletionProtection", true);
    }

    @Test
    void longServiceNamesGetDistinctTargetGroupNamesWithinTheElbLimit() {
        String alpha = "reporting-backend-eu-west-alpha";
        String bravo = "reporting-backend-eu-west-bravo";
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"services\":["
                + "{\"name\":\"" + alpha + "\",\"image\":\"nginx:1.27\",\"public\":{\"paths\":[\"/alpha/*\"]}},"
                + "{\"name\":\"" + bravo + "\",\"image\":\"nginx:1.27\",\"public\":{\"paths\":[\"/bravo/*\"]}}]}")));
        String alphaName = (String) resource(plan, TARGET_GROUP, "tg-" + alpha).inputValues().get("name");
        String bravoName = (String) resource(plan, TARGET_GROUP, "tg-" + bravo).inputValues().get("name");
        assertThat(alphaName).hasSize(32).matches("platform-staging-report-[0-9a-f]{8}");
        assertThat(bravoName).hasSize(32).matches("platform-staging-report-[0-9a-f]{8}");
        assertThat(alphaName).isNotEqualTo(bravoName);
        assertThat(ElbNames.fit("platform-staging-" + alpha)).isEqualTo(alphaName);
        // Short names are used as they are.
        assertThat(ElbNames.fit("platform-staging-api")).isEqualTo("platform-staging-api");
        // The ECS service keeps its full name; only ELB names are shortened.
        assertThat(resource(plan, SERVICE, alpha).inputValues()).containsEntry("name", "platform-staging-" + alpha);
    }

    /**
     * Production bug (reported): rules get priority 10, 20, … in declaration order, so appending a
     * public service on {@code /app/*} after the api's catch-all {@code /*} gives it a rule the ALB
     * never reaches. The fix is to order rules by specificity (or reject the shadowed route).
     */
    @Test
    void aSpecificRouteIsEvaluatedBeforeTheCatchAll() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"services\":["
                + "{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\",\"public\":{\"paths\":[\"/*\"]}},"
                + "{\"name\":\"web\",\"image\":\"nginx:1.27\",\"public\":{\"paths\":[\"/app/*\"]}}]}"));
        try {
            load(raw);
        } catch (ConfigException rejected) {
            return; // rejecting the shadowed route is an acceptable fix too
        }
        PlanResult plan = plan(raw);
        long api = (Long) resource(plan, LISTENER_RULE, "alb-rule-api").inputValues().get("priority");
        long web = (Long) resource(plan, LISTENER_RULE, "alb-rule-web").inputValues().get("priority");
        assertThat(web).as("the /app/* rule must be evaluated before the /* catch-all").isLessThan(api);
    }

    /**
     * Production bug (reported): AWS checks the bucket policy when the ALB's access logs are
     * enabled ("Access Denied for bucket … Please check S3bucket permission"), but the ALB depends
     * only on the bucket, so Pulumi may create it before the access-log bucket policy exists.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void loadBalancerIsCreatedAfterTheAccessLogBucketPolicy(String stack) {
        PlanResult plan = plan(stack);
        assertThat(resource(plan, LOAD_BALANCER, "alb").dependencies())
                .contains(resource(plan, BUCKET_POLICY, "access-logs-policy").urn());
    }
}
