package io.platform.edge;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.plan.RecordedResource;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.edge.EdgePlans.ACCOUNT;
import static io.platform.edge.EdgePlans.CLOUDFRONT_ZONE;
import static io.platform.edge.EdgePlans.DISTRIBUTION;
import static io.platform.edge.EdgePlans.LOAD_BALANCER;
import static io.platform.edge.EdgePlans.LOG_DELIVERY;
import static io.platform.edge.EdgePlans.LOG_DESTINATION;
import static io.platform.edge.EdgePlans.LOG_SOURCE;
import static io.platform.edge.EdgePlans.RECORD;
import static io.platform.edge.EdgePlans.WEB_ACL;
import static io.platform.edge.EdgePlans.accessLogsBucket;
import static io.platform.edge.EdgePlans.dependenciesOf;
import static io.platform.edge.EdgePlans.distribution;
import static io.platform.edge.EdgePlans.distributionArn;
import static io.platform.edge.EdgePlans.document;
import static io.platform.edge.EdgePlans.json;
import static io.platform.edge.EdgePlans.prefix;
import static io.platform.edge.EdgePlans.statement;
import static io.platform.edge.EdgePlans.twoFrontEnds;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.5: alias records, the CLOUDFRONT web ACL, standard logging v2, and the tier under the policy pack. */
class EdgeTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theApiNameIsAnAliasToTheLoadBalancer(String stack) {
        PlanResult plan = plan(stack);
        String api = stack.equals("production") ? "api.example.com" : "api.staging.example.com";
        RecordedResource alb = plan.ofType(LOAD_BALANCER).get(0);
        List<RecordedResource> records = plan.ofType(RECORD).stream().filter(r -> api.equals(r.inputValues().get("name")))
                .toList();
        // The ALB is IPv4-only: an A alias, no AAAA.
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.name()).isEqualTo(prefix(plan) + "api-alias-a");
            assertThat(record.parent()).isEqualTo(named(plan, prefix(plan) + "edge").urn());
            assertThat(record.inputValues()).containsEntry("type", "A").containsEntry("zoneId", zoneId(plan))
                    .doesNotContainKeys("records", "ttl");
            Map<String, Object> alias = alias(record);
            assertThat(alias).containsEntry("zoneId", "Z35SXDOTRQ7X7K").containsEntry("evaluateTargetHealth", true);
            assertThat((String) alias.get("name")).matches(prefix(plan) + "alb-\\d+\\.us-east-1\\.elb\\.amazonaws\\.com");
            assertThat(dependenciesOf(record, "aliases")).contains(alb.urn());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachFrontEndNameHasAAndAaaaAliasesToItsDistribution(String stack) {
        PlanResult plan = plan(stack);
        String app = stack.equals("production") ? "app.example.com" : "app.staging.example.com";
        RecordedResource cdn = distribution(plan, "web");
        List<RecordedResource> records = plan.ofType(RECORD).stream().filter(r -> app.equals(r.inputValues().get("name")))
                .toList();
        String recordPrefix = prefix(plan) + "web-alias-" + app.replace('.', '-');
        assertThat(records).extracting(RecordedResource::name, r -> r.inputValues().get("type"))
                .containsExactlyInAnyOrder(tuple(recordPrefix + "-a", "A"), tuple(recordPrefix + "-aaaa", "AAAA"));
        assertThat(records).allSatisfy(record -> {
            assertThat(record.inputValues()).containsEntry("zoneId", zoneId(plan));
            assertThat(alias(record)).containsEntry("zoneId", CLOUDFRONT_ZONE).containsEntry("evaluateTargetHealth", false);
            assertThat((String) alias(record).get("name")).matches("d[0-9a-f]{13}\\.cloudfront\\.net");
            assertThat(dependenciesOf(record, "aliases")).contains(cdn.urn());
        });
    }

    @Test
    void everyNameOfEveryFrontEndPointsAtItsOwnDistribution() {
        PlanResult plan = twoFrontEnds();
        for (String name : List.of("admin.staging.example.com", "ops.staging.example.com")) {
            assertThat(plan.ofType(RECORD)).filteredOn(r -> name.equals(r.inputValues().get("name"))).hasSize(2)
                    .allSatisfy(r -> assertThat(dependenciesOf(r, "aliases"))
                            .contains(distribution(plan, "admin").urn())
                            .doesNotContain(distribution(plan, "web").urn()));
        }
        String domain = (String) alias(named(plan, "platform-staging-admin-alias-admin-staging-example-com-a")).get("name");
        assertThat(domain).isNotEqualTo(alias(named(plan, "platform-staging-web-alias-app-staging-example-com-a")).get("name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void oneCloudFrontScopeAclGuardsTheDistributions(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource acl = named(plan, prefix(plan) + "cdn-waf");
        assertThat(acl.type()).isEqualTo(WEB_ACL);
        assertThat(acl.parent()).isEqualTo(named(plan, prefix(plan) + "edge").urn());
        assertThat(acl.inputValues())
                .containsEntry("name", prefix(plan) + "cdn-waf")
                .containsEntry("scope", "CLOUDFRONT")
                .containsEntry("defaultAction", Map.of("allow", Map.of()))
                .containsEntry("visibilityConfig", Map.of("cloudwatchMetricsEnabled", true,
                        "sampledRequestsEnabled", true, "metricName", prefix(plan) + "cdn-waf"));

        RecordedResource cdn = distribution(plan, "web");
        assertThat((String) cdn.inputValues().get("webAclId")).matches("arn:aws:wafv2:us-east-1:" + ACCOUNT
                + ":global/webacl/" + prefix(plan) + "cdn-waf/[0-9a-f-]{36}");
        assertThat(dependenciesOf(cdn, "webAclId")).containsExactly(acl.urn());
    }

    /** WAF.11 for the CloudFront ACL: its log group must be in us-east-1, named aws-waf-logs-, encrypted, credentials redacted. */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theCdnAclLogsToAnEncryptedUsEast1GroupWithTheCredentialHeadersRedacted(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = named(plan, prefix(plan) + "cdn-waf-logs");
        assertThat(group.inputValues())
                .containsEntry("name", "aws-waf-logs-" + prefix(plan) + "cdn")
                .containsEntry("retentionInDays", stack.equals("production") ? 90L : 30L)
                .containsEntry("kmsKeyId", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, prefix(plan) + "logs").id());
        RecordedResource logging = named(plan, prefix(plan) + "cdn-waf-logging");
        assertThat(logging.inputValues())
                .containsEntry("logDestinationConfigs",
                        List.of("arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:aws-waf-logs-" + prefix(plan) + "cdn"))
                .containsEntry("redactedFields", List.of(Map.of("singleHeader", Map.of("name", "authorization")),
                        Map.of("singleHeader", Map.of("name", "cookie"))));
        assertThat((String) logging.inputValues().get("resourceArn"))
                .matches("arn:aws:wafv2:us-east-1:" + ACCOUNT + ":global/webacl/" + prefix(plan) + "cdn-waf/[0-9a-f-]{36}");
        assertThat(dependenciesOf(logging, "resourceArn")).containsExactly(named(plan, prefix(plan) + "cdn-waf").urn());
    }

    @Test
    void outsideUsEast1TheCdnAclLogsAreEncryptedByAUsEast1KeyOfTheirOwn() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("aws:region", "eu-west-1")));
        RecordedResource key = named(plan, "platform-staging-cdn-waf-logs-key");
        assertThat(key.inputValues()).containsEntry("enableKeyRotation", true).containsEntry("deletionWindowInDays", 30L);
        assertThat(named(plan, "platform-staging-cdn-waf-logs").inputValues())
                .containsEntry("kmsKeyId", "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + key.id());
        // The key lets CloudWatch Logs of us-east-1 (where the group is), not of the stack's region, use it.
        assertThat(document(key, "policy").toString()).contains("logs.us-east-1.amazonaws.com")
                .doesNotContain("logs.eu-west-1.amazonaws.com");
    }

    @Test
    void theAclRateLimitsPerIpThenRunsTheManagedGroupsWithMetricsOnEveryRule() {
        List<Map<String, Object>> rules = rules(plan("staging"));
        assertThat(rules).extracting(r -> r.get("name"), r -> r.get("priority")).containsExactly(
                tuple("rate-limit-per-ip", 1L),
                tuple("AWSManagedRulesAmazonIpReputationList", 10L),
                tuple("AWSManagedRulesCommonRuleSet", 20L),
                tuple("AWSManagedRulesKnownBadInputsRuleSet", 30L));
        Map<String, Object> rate = rules.get(0);
        assertThat(rate).containsEntry("action", Map.of("block", Map.of()));
        assertThat(map(map(rate.get("statement")).get("rateBasedStatement"))).isEqualTo(Map.of(
                "limit", 2000L, "aggregateKeyType", "IP", "evaluationWindowSec", 300L));
        for (Map<String, Object> managed : rules.subList(1, rules.size())) {
            assertThat(managed).containsEntry("overrideAction", Map.of("none", Map.of()));
            assertThat(map(map(managed.get("statement")).get("managedRuleGroupStatement")))
                    .isEqualTo(Map.of("vendorName", "AWS", "name", managed.get("name")));
        }
        assertThat(rules).allSatisfy(r -> assertThat(map(r.get("visibilityConfig")))
                .containsEntry("cloudwatchMetricsEnabled", true).containsEntry("sampledRequestsEnabled", true)
                .containsKey("metricName"));
    }

    @Test
    void theRateLimitFollowsCdnRateLimit() {
        Map<String, Object> rate = rules(twoFrontEnds()).get(0);
        assertThat(map(map(rate.get("statement")).get("rateBasedStatement"))).containsEntry("limit", 500L);
        // One ACL, shared by every distribution.
        assertThat(twoFrontEnds().ofType(WEB_ACL)).filteredOn(a -> "CLOUDFRONT".equals(a.inputValues().get("scope")))
                .hasSize(1);
    }

    @Test
    void cloudFrontsAclCertificateAndLogDeliveryStayInUsEast1WhenTheStackIsElsewhere() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("aws:region", "eu-west-1")));
        RecordedResource cdn = distribution(plan, "web");
        assertThat((String) cdn.inputValues().get("webAclId")).startsWith("arn:aws:wafv2:us-east-1:" + ACCOUNT + ":global/");
        assertThat((String) map(cdn.inputValues().get("viewerCertificate")).get("acmCertificateArn"))
                .startsWith("arn:aws:acm:us-east-1:");
        assertThat((String) named(plan, "platform-staging-web-cdn-logs").inputValues().get("deliveryDestinationArn"))
                .startsWith("arn:aws:logs:us-east-1:" + ACCOUNT + ":delivery-destination:");
        // The ALB's own ACL stays regional, in the stack's region; the bucket too.
        assertThat((String) plan.ofType("aws:wafv2/webAclAssociation:WebAclAssociation").get(0).inputValues()
                .get("webAclArn")).startsWith("arn:aws:wafv2:eu-west-1:" + ACCOUNT + ":regional/");
        assertThat(((List<?>) cdn.inputValues().get("origins")).get(0)).asString()
                .contains("platform-staging-web-site-" + ACCOUNT + ".s3.eu-west-1.amazonaws.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void standardLogsV2GoToTheAccessLogBucketUnderCloudfrontSlashFrontEnd(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource cdn = distribution(plan, "web");
        // No legacy logging: it needs bucket ACLs, and every bucket here has ACLs disabled.
        assertThat(cdn.inputValues()).doesNotContainKey("loggingConfig");

        RecordedResource source = named(plan, prefix(plan) + "web-cdn-logs-source");
        RecordedResource destination = named(plan, prefix(plan) + "web-cdn-logs-destination");
        RecordedResource delivery = named(plan, prefix(plan) + "web-cdn-logs");
        assertThat(List.of(source.type(), destination.type(), delivery.type()))
                .containsExactly(LOG_SOURCE, LOG_DESTINATION, LOG_DELIVERY);
        assertThat(source.inputValues())
                .containsEntry("name", prefix(plan) + "web-cdn")
                .containsEntry("logType", "ACCESS_LOGS")
                .containsEntry("resourceArn", distributionArn(cdn));
        assertThat(destination.inputValues())
                .containsEntry("name", prefix(plan) + "web-cdn-s3")
                .containsEntry("outputFormat", "w3c")
                .containsEntry("deliveryDestinationConfiguration", Map.of("destinationResourceArn",
                        "arn:aws:s3:::" + accessLogsBucket(plan) + "/cloudfront/web"));
        assertThat(delivery.inputValues())
                .containsEntry("deliverySourceName", prefix(plan) + "web-cdn")
                .containsEntry("deliveryDestinationArn", "arn:aws:logs:us-east-1:" + ACCOUNT + ":delivery-destination:"
                        + prefix(plan) + "web-cdn-s3")
                .containsEntry("s3DeliveryConfigurations", List.of(Map.of(
                        "suffixPath", "{DistributionId}/{yyyy}/{MM}/{dd}/{HH}", "enableHiveCompatiblePath", false)));
        assertThat(dependenciesOf(delivery, "deliverySourceName")).containsExactly(source.urn());
        assertThat(dependenciesOf(delivery, "deliveryDestinationArn")).containsExactly(destination.urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theAccessLogBucketLetsOnlyThisAccountsUsEast1DeliverySourcesWriteUnderCloudfront(String stack) {
        PlanResult plan = plan(stack);
        String bucketArn = "arn:aws:s3:::" + accessLogsBucket(plan);
        JsonNode doc = document(named(plan, prefix(plan) + "access-logs-policy"), "policy");
        String sources = "arn:aws:logs:us-east-1:" + ACCOUNT + ":delivery-source:*";

        JsonNode write = statement(doc, "CloudFrontLogDeliveryWrite");
        assertThat(write.get("Principal")).isEqualTo(json("{\"Service\":\"delivery.logs.amazonaws.com\"}"));
        assertThat(write.get("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(write.get("Resource").asText()).isEqualTo(bucketArn + "/cloudfront/*");
        assertThat(write.get("Condition")).isEqualTo(json("{\"StringEquals\":{\"s3:x-amz-acl\":\"bucket-owner-full-control\","
                + "\"aws:SourceAccount\":\"" + ACCOUNT + "\"},\"ArnLike\":{\"aws:SourceArn\":\"" + sources + "\"}}"));

        JsonNode check = statement(doc, "CloudFrontLogDeliveryAclCheck");
        assertThat(check.get("Action")).isEqualTo(json("[\"s3:GetBucketAcl\",\"s3:ListBucket\"]"));
        assertThat(check.get("Resource").asText()).isEqualTo(bucketArn);
        assertThat(check.get("Condition")).isEqualTo(json("{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":\"" + sources + "\"}}"));
        // ACLs stay disabled on the log bucket: v2 delivery writes as the bucket owner.
        assertThat(map(named(plan, prefix(plan) + "access-logs-ownership").inputValues().get("rule")))
                .containsEntry("objectOwnership", "BucketOwnerEnforced");
    }

    @Test
    void withoutFrontEndsTheTierIsJustTheApiRecord() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:edge",
                "{\"hostedZone\":\"example.com\",\"apiDomain\":\"api.staging.example.com\"}")));
        RecordedResource edge = named(plan, "platform-staging-edge");
        assertThat(plan.resources()).filteredOn(r -> edge.urn().equals(r.parent()))
                .extracting(RecordedResource::name).containsExactly("platform-staging-api-alias-a");
        assertThat(plan.ofType(DISTRIBUTION)).isEmpty();
        assertThat(plan.ofType(WEB_ACL)).extracting(r -> r.inputValues().get("scope")).containsExactly("REGIONAL");
        assertThat(plan.ofType("pulumi:providers:aws")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theTierPassesEveryPolicyOfThePackEvenWhenAllAreMandatory(String stack) {
        PlanResult plan = plan(stack);
        String edge = named(plan, prefix(plan) + "edge").urn();
        PolicyReport strict = PolicyCheck.run(plan, stackFile(stack), PackConfig.parse("{\"all\":\"mandatory\"}"));
        // Two advisories stay: the site has one origin bucket in one region (no DR region configured to
        // replicate it to or fail over to); the pack advises both (CloudFront.4, S3.7).
        assertThat(strict.enforced()).filteredOn(v -> isUnder(plan, v.urn(), edge))
                .extracting(v -> v.policyId() + " " + v.resourceName() + ": " + v.message())
                .allMatch(v -> v.startsWith("cloudfront-origin-failover ") || v.startsWith("s3-bucket-replication "));
        // The CloudFront rules did look at the distribution.
        assertThat(plan.ofType(DISTRIBUTION)).hasSize(1);
    }

    @Test
    void twoFrontEndsPassThePackToo() {
        PlanResult plan = twoFrontEnds();
        PolicyReport report = PolicyCheck.run(plan, stackFile("staging"),
                PackConfig.load(java.nio.file.Path.of("policy", "config", "staging.json")));
        assertThat(report.enforced()).filteredOn(v -> v.level() == io.platform.policy.sdk.EnforcementLevel.MANDATORY)
                .extracting(Violation::policyId).isEmpty();
    }

    private static boolean isUnder(PlanResult plan, String urn, String ancestor) {
        String current = urn;
        while (current != null) {
            if (current.equals(ancestor)) {
                return true;
            }
            String at = current;
            current = plan.resources().stream().filter(r -> r.urn().equals(at)).findFirst()
                    .map(RecordedResource::parent).orElse(null);
        }
        return false;
    }

    /** The hosted zone the certificate validation records already use. */
    private static String zoneId(PlanResult plan) {
        return (String) named(plan, prefix(plan) + "cdn-cert-validation-" + (plan.stack().equals("production")
                ? "app-example-com" : "app-staging-example-com")).inputValues().get("zoneId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> alias(RecordedResource record) {
        return ((List<Map<String, Object>>) record.inputValues().get("aliases")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(PlanResult plan) {
        return (List<Map<String, Object>>) named(plan, prefix(plan) + "cdn-waf").inputValues().get("rules");
    }
}
