package io.platform.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.where;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.3: the documents and access-log buckets each stack deploys, every secure-bucket
 * setting joined to its bucket by id, and both bucket policies parsed.
 */
class SecureBucketStackTest {
    private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    private static final String VERSIONING = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    private static final String PUBLIC_ACCESS = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    private static final String OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    private static final String ENCRYPTION =
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    private static final String POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    private static final String LIFECYCLE = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    private static final String LOGGING = "aws:s3/bucketLoggingV2:BucketLoggingV2";
    private static final String CORS = "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2";
    private static final String OBJECT_LOCK = "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2";
    private static final String REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    private static final List<String> PURPOSES = List.of("documents", "access-logs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, PlanResult> PLANS = new ConcurrentHashMap<>();

    private static PlanResult planWith(String key, String value) {
        return PLANS.computeIfAbsent(key + "=" + value, k -> plan(withOverrides(stackFile("staging"), Map.of(key, value))));
    }

    private static RecordedResource bucket(PlanResult plan, String purpose) {
        return named(plan, "platform-" + plan.stack() + "-" + purpose);
    }

    /** The one resource of {@code type} that configures {@code bucket}. */
    private static RecordedResource settingOf(PlanResult plan, String type, RecordedResource bucket) {
        List<RecordedResource> found = where(plan, type, "bucket", bucket.id());
        assertThat(found).as(type + " of " + bucket.name()).hasSize(1);
        return found.get(0);
    }

    private static JsonNode policy(PlanResult plan, String purpose) throws Exception {
        return JSON.readTree((String) settingOf(plan, POLICY, bucket(plan, purpose)).inputValues().get("policy"));
    }

    private static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode s : policy.get("Statement")) {
            if (s.get("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    /** A policy element that is a string or a list of strings. */
    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static List<Map<String, Object>> rules(RecordedResource resource) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) resource.inputValues().get("rules");
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachStackHasExactlyTheDocumentsAndAccessLogBucketsNamedPerAccount(String stack) {
        PlanResult plan = plan(stack);
        assertThat(dataTier(plan, BUCKET)).extracting(r -> r.inputValues().get("bucket")).containsExactlyInAnyOrder(
                "platform-" + stack + "-documents-" + ACCOUNT, "platform-" + stack + "-access-logs-" + ACCOUNT);
        assertThat(dataTier(plan, BUCKET)).allSatisfy(b -> {
            assertThat(b.inputValues()).containsEntry("objectLockEnabled", false);
            assertThat(map(b.inputValues().get("tags"))).containsEntry("Name", b.name());
            assertThat(b.parent()).endsWith("platform:storage:SecureBucket::" + b.name() + "-bucket");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyBucketIsVersionedPrivateAndWithoutAcls(String stack) {
        PlanResult plan = plan(stack);
        for (String purpose : PURPOSES) {
            RecordedResource bucket = bucket(plan, purpose);
            assertThat(settingOf(plan, VERSIONING, bucket).inputValues().get("versioningConfiguration"))
                    .isEqualTo(Map.of("status", "Enabled"));
            assertThat(settingOf(plan, PUBLIC_ACCESS, bucket).inputValues())
                    .containsEntry("blockPublicAcls", true)
                    .containsEntry("blockPublicPolicy", true)
                    .containsEntry("ignorePublicAcls", true)
                    .containsEntry("restrictPublicBuckets", true);
            assertThat(settingOf(plan, OWNERSHIP, bucket).inputValues().get("rule"))
                    .isEqualTo(Map.of("objectOwnership", "BucketOwnerEnforced"));
        }
        assertThat(dataTier(plan, VERSIONING)).hasSize(2);
        assertThat(dataTier(plan, PUBLIC_ACCESS)).hasSize(2);
        assertThat(dataTier(plan, OWNERSHIP)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void documentsUseSseKmsWithTheS3KeyAndABucketKey(String stack) {
        PlanResult plan = plan(stack);
        String s3Key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, "platform-" + stack + "-s3").id();
        assertThat(rules(settingOf(plan, ENCRYPTION, bucket(plan, "documents")))).containsExactly(Map.of(
                "applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", s3Key),
                "bucketKeyEnabled", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void accessLogsUseSseS3BecauseAlbLoggingRequiresIt(String stack) {
        PlanResult plan = plan(stack);
        assertThat(rules(settingOf(plan, ENCRYPTION, bucket(plan, "access-logs")))).containsExactly(Map.of(
                "applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"),
                "bucketKeyEnabled", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void documentsLifecycleAbortsUploadsAfter7DaysAndExpiresOldVersionsAfter90(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource lifecycle = settingOf(plan, LIFECYCLE, bucket(plan, "documents"));
        assertThat(rules(lifecycle)).containsExactly(
                Map.of("id", "abort-incomplete-uploads", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 7L)),
                Map.of("id", "expire-noncurrent-versions", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "noncurrentVersionExpiration", Map.of("noncurrentDays", 90L)));
        // Lifecycle rules on a versioned bucket wait for versioning.
        assertThat(lifecycle.dependencies()).contains(settingOf(plan, VERSIONING, bucket(plan, "documents")).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void accessLogsExpireAfter90Days(String stack) {
        PlanResult plan = plan(stack);
        assertThat(rules(settingOf(plan, LIFECYCLE, bucket(plan, "access-logs")))).containsExactly(
                Map.of("id", "abort-incomplete-uploads", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 7L)),
                Map.of("id", "expire-noncurrent-versions", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "noncurrentVersionExpiration", Map.of("noncurrentDays", 90L)),
                Map.of("id", "expire-current-objects", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "expiration", Map.of("days", 90L)));
    }

    @Test
    void accessLogExpiryFollowsConfig() {
        PlanResult plan = planWith("platform:data", "{\"accessLogExpirationDays\":400}");
        assertThat(rules(settingOf(plan, LIFECYCLE, bucket(plan, "access-logs"))))
                .filteredOn(r -> "expire-current-objects".equals(r.get("id")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("expiration", Map.of("days", 400L)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void documentsLogIntoTheAccessLogBucketUnderItsOwnPrefixAndTheLogBucketDoesNotLogItself(String stack) throws Exception {
        PlanResult plan = plan(stack);
        RecordedResource documents = bucket(plan, "documents");
        RecordedResource accessLogs = bucket(plan, "access-logs");
        Map<String, Object> logging = settingOf(plan, LOGGING, documents).inputValues();
        String prefix = "s3/" + documents.inputValues().get("bucket") + "/";
        assertThat(logging).containsEntry("targetBucket", accessLogs.id()).containsEntry("targetPrefix", prefix);
        assertThat(where(plan, LOGGING, "bucket", accessLogs.id())).isEmpty();
        assertThat(dataTier(plan, LOGGING)).hasSize(1);

        // The log bucket's policy lets S3 write exactly where the logging points.
        JsonNode delivery = statement(policy(plan, "access-logs"), "S3ServerAccessLogDelivery");
        String granted = texts(delivery.get("Resource")).get(0);
        String logObject = "arn:aws:s3:::" + accessLogs.inputValues().get("bucket") + "/" + prefix + "2025-01-01-00-00-00-ABC";
        assertThat(granted).endsWith("/*");
        assertThat(logObject).startsWith(granted.substring(0, granted.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void documentsPolicyDeniesPlainHttpAndWeakerEncryption(String stack) throws Exception {
        PlanResult plan = plan(stack);
        String arn = "arn:aws:s3:::platform-" + stack + "-documents-" + ACCOUNT;
        String s3Key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, "platform-" + stack + "-s3").id();
        JsonNode policy = policy(plan, "documents");
        assertThat(policy.get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText())
                .containsExactly("DenyInsecureTransport", "DenyNonKmsEncryption", "DenyOtherKmsKeys");

        assertDeniesInsecureTransport(policy, arn);

        JsonNode nonKms = statement(policy, "DenyNonKmsEncryption");
        assertThat(nonKms.get("Effect").asText()).isEqualTo("Deny");
        assertThat(nonKms.get("Principal").asText()).isEqualTo("*");
        assertThat(texts(nonKms.get("Action"))).containsExactly("s3:PutObject");
        assertThat(texts(nonKms.get("Resource"))).containsExactly(arn + "/*");
        assertThat(nonKms.at("/Condition/StringNotEquals/s3:x-amz-server-side-encryption").asText()).isEqualTo("aws:kms");
        assertThat(nonKms.at("/Condition/Null/s3:x-amz-server-side-encryption").asText()).isEqualTo("false");

        JsonNode otherKeys = statement(policy, "DenyOtherKmsKeys");
        assertThat(otherKeys.get("Effect").asText()).isEqualTo("Deny");
        assertThat(otherKeys.get("Principal").asText()).isEqualTo("*");
        assertThat(texts(otherKeys.get("Action"))).containsExactly("s3:PutObject");
        assertThat(texts(otherKeys.get("Resource"))).containsExactly(arn + "/*");
        assertThat(otherKeys.at("/Condition/StringNotEquals/s3:x-amz-server-side-encryption-aws-kms-key-id").asText())
                .isEqualTo(s3Key);
        assertThat(otherKeys.at("/Condition/Null/s3:x-amz-server-side-encryption-aws-kms-key-id").asText())
                .isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void accessLogPolicyDeniesPlainHttpAndLetsAlbAndS3DeliverLogs(String stack) throws Exception {
        PlanResult plan = plan(stack);
        String arn = "arn:aws:s3:::platform-" + stack + "-access-logs-" + ACCOUNT;
        JsonNode policy = policy(plan, "access-logs");
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText())
                .containsExactly("DenyInsecureTransport", "AlbAccessLogDelivery", "S3ServerAccessLogDelivery",
                        "CloudFrontLogDeliveryWrite", "CloudFrontLogDeliveryAclCheck");
        assertDeniesInsecureTransport(policy, arn);

        JsonNode alb = statement(policy, "AlbAccessLogDelivery");
        assertThat(alb.get("Effect").asText()).isEqualTo("Allow");
        assertThat(alb.at("/Principal/AWS").asText()).isEqualTo("arn:aws:iam::127311923021:root");
        assertThat(texts(alb.get("Action"))).containsExactly("s3:PutObject");
        assertThat(texts(alb.get("Resource"))).containsExactly(arn + "/alb/AWSLogs/" + ACCOUNT + "/*");

        JsonNode s3 = statement(policy, "S3ServerAccessLogDelivery");
        assertThat(s3.get("Effect").asText()).isEqualTo("Allow");
        assertThat(s3.at("/Principal/Service").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(texts(s3.get("Action"))).containsExactly("s3:PutObject");
        assertThat(texts(s3.get("Resource"))).containsExactly(arn + "/s3/*");
        assertThat(s3.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo(ACCOUNT);

        // SSE-S3 bucket: no KMS statements, and nothing else is allowed in.
        assertThat(policy.get("Statement")).filteredOn(s -> s.get("Effect").asText().equals("Allow"))
                .extracting(s -> s.get("Sid").asText()).containsExactly("AlbAccessLogDelivery", "S3ServerAccessLogDelivery", "CloudFrontLogDeliveryWrite",
                        "CloudFrontLogDeliveryAclCheck");
    }

    @Test
    void albDeliveryUsesTheRegionalElbAccount() throws Exception {
        PlanResult plan = planWith("aws:region", "eu-west-1");
        JsonNode alb = statement(policy(plan, "access-logs"), "AlbAccessLogDelivery");
        assertThat(alb.at("/Principal/AWS").asText()).isEqualTo("arn:aws:iam::156460612806:root");
    }

    @Test
    void albDeliveryUsesTheServicePrincipalInRegionsOpenedSinceAugust2022() throws Exception {
        PlanResult plan = planWith("aws:region", "ap-southeast-4");
        JsonNode alb = statement(policy(plan, "access-logs"), "AlbAccessLogDelivery");
        assertThat(alb.at("/Principal/Service").asText()).isEqualTo("logdelivery.elasticloadbalancing.amazonaws.com");
        assertThat(alb.at("/Principal/AWS").isMissingNode()).isTrue();
    }

    @Test
    void archivingTransitionsComeFromConfig() {
        PlanResult plan = planWith("platform:data", "{\"documents\":{\"glacierAfterDays\":365,\"deepArchiveAfterDays\":2555}}");
        List<Map<String, Object>> rules = rules(settingOf(plan, LIFECYCLE, bucket(plan, "documents")));
        assertThat(rules).extracting(r -> r.get("id"))
                .containsExactly("abort-incomplete-uploads", "expire-noncurrent-versions", "archive");
        assertThat(rules.get(2)).isEqualTo(Map.of("id", "archive", "status", "Enabled", "filter", Map.of("prefix", ""),
                "transitions", List.of(Map.of("days", 365L, "storageClass", "GLACIER"),
                        Map.of("days", 2555L, "storageClass", "DEEP_ARCHIVE"))));
        // The access-log bucket is never archived.
        assertThat(rules(settingOf(plan, LIFECYCLE, bucket(plan, "access-logs")))).extracting(r -> r.get("id"))
                .doesNotContain("archive");
    }

    @Test
    void glacierAloneGivesOneTransition() {
        PlanResult plan = planWith("platform:data", "{\"documents\":{\"glacierAfterDays\":180}}");
        assertThat(rules(settingOf(plan, LIFECYCLE, bucket(plan, "documents"))))
                .filteredOn(r -> "archive".equals(r.get("id"))).singleElement()
                .satisfies(r -> assertThat(r.get("transitions"))
                        .isEqualTo(List.of(Map.of("days", 180L, "storageClass", "GLACIER"))));
    }

    /** Seed 000: documents under {@code clients/} go to Glacier after three years; the rest stays. */
    @Test
    void documentsTakePerPrefixRules() {
        PlanResult plan = planWith("platform:data", "{\"documents\":{\"lifecycle\":[{\"name\":\"archive-old-documents\","
                + "\"prefix\":\"clients/\",\"transitions\":[{\"days\":1095,\"storageClass\":\"GLACIER\"}]}]}}");
        assertThat(rules(settingOf(plan, LIFECYCLE, bucket(plan, "documents")))).extracting(r -> r.get("id"), r -> r.get("filter"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("abort-incomplete-uploads", Map.of("prefix", "")),
                        org.assertj.core.groups.Tuple.tuple("expire-noncurrent-versions", Map.of("prefix", "")),
                        org.assertj.core.groups.Tuple.tuple("archive-old-documents", Map.of("prefix", "clients/")));
    }

    @Test
    void corsComesFromConfigAndOnlyForDocuments() {
        assertThat(plan("staging").ofType(CORS)).isEmpty();
        assertThat(plan("production").ofType(CORS)).isEmpty();
        PlanResult plan = planWith("platform:data",
                "{\"documents\":{\"corsOrigins\":[\"https://app.example.com\",\"https://admin.example.com\"]}}");
        RecordedResource cors = settingOf(plan, CORS, bucket(plan, "documents"));
        assertThat(cors.name()).isEqualTo("platform-staging-documents-cors");
        assertThat(cors.inputValues().get("corsRules")).isEqualTo(List.of(Map.of(
                "allowedOrigins", List.of("https://app.example.com", "https://admin.example.com"),
                "allowedMethods", List.of("GET", "PUT"),
                "allowedHeaders", List.of("*"),
                "maxAgeSeconds", 3000L)));
        assertThat(plan.ofType(CORS)).hasSize(1);
    }

    @Test
    void objectLockComesFromConfigAndIsEnabledAtCreation() {
        assertThat(plan("production").ofType(OBJECT_LOCK)).isEmpty();
        PlanResult plan = planWith("platform:data", "{\"documents\":{\"objectLockDays\":30}}");
        RecordedResource documents = bucket(plan, "documents");
        assertThat(documents.inputValues()).containsEntry("objectLockEnabled", true);
        assertThat(bucket(plan, "access-logs").inputValues()).containsEntry("objectLockEnabled", false);
        assertThat(settingOf(plan, OBJECT_LOCK, documents).inputValues().get("rule"))
                .isEqualTo(Map.of("defaultRetention", Map.of("mode", "GOVERNANCE", "days", 30L)));
        assertThat(plan.ofType(OBJECT_LOCK)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theStacksDeclareNoReplication(String stack) {
        assertThat(plan(stack).ofType(REPLICATION)).isEmpty();
    }

    private static void assertDeniesInsecureTransport(JsonNode policy, String bucketArn) {
        JsonNode tls = statement(policy, "DenyInsecureTransport");
        assertThat(policy.get("Statement").get(0)).isEqualTo(tls);
        assertThat(tls.get("Effect").asText()).isEqualTo("Deny");
        assertThat(tls.get("Principal").asText()).isEqualTo("*");
        assertThat(texts(tls.get("Action"))).containsExactly("s3:*");
        assertThat(texts(tls.get("Resource"))).containsExactlyInAnyOrder(bucketArn, bucketArn + "/*");
        assertThat(tls.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    }

    /** The data tier's own resources of a type (production's account baseline adds an audit bucket). */
    private static List<RecordedResource> dataTier(PlanResult plan, String type) {
        return plan.ofType(type).stream().filter(r -> r.urn().contains("::platform:data:Data$")).toList();
    }
}
