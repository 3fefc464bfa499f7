package io.platform.storage;

import io.platform.testing.ComponentHarness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link SecureBucket} component run on its own under the SDK's mocks, for the features
 * the stacks do not switch on: cross-region replication, several CORS rules, COMPLIANCE object
 * lock, a bucket with every lifecycle rule, extra policy statements and a bucket without logging.
 */
class SecureBucketComponentTest {
    private static final Naming NAMING = new Naming("proj", "test", "owner-team", "CC-9");
    private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/0000-aaaa";
    private static final String DR_KEY = "arn:aws:kms:us-west-2:111122223333:key/1111-bbbb";
    private static final String DR_BUCKET = "arn:aws:s3:::proj-test-assets-dr";
    private static final String ROLE = "arn:aws:iam::111122223333:role/proj-test-replication";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SecureBucketArgs kmsBucket(String purpose) {
        return SecureBucketArgs.of(NAMING, purpose, Output.of("proj-test-" + purpose + "-111122223333"),
                SecureBucketArgs.Encryption.kms(Output.of(KEY)), Optional.of(Output.of("proj-test-logs-111122223333")));
    }

    private static ComponentHarness.Run declare(SecureBucketArgs args) {
        return ComponentHarness.run(ctx -> new SecureBucket(NAMING.name(args.purpose() + "-bucket"), args,
                ComponentResourceOptions.Empty));
    }

    private static RecordedResource onlyOf(ComponentHarness.Run run, String type, String bucketId) {
        RecordedResource r = run.single(type);
        assertThat(r.inputValues()).containsEntry("bucket", bucketId);
        return r;
    }

    @Test
    void defaultsDeclareTheBaselineAndNothingOptional() {
        ComponentHarness.Run run = declare(kmsBucket("assets"));
        String id = "proj-test-assets-111122223333";
        assertThat(run.resources()).filteredOn(RecordedResource::custom).extracting(RecordedResource::type)
                .containsExactlyInAnyOrder(
                        "aws:s3/bucketV2:BucketV2",
                        "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                        "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                        "aws:s3/bucketVersioningV2:BucketVersioningV2",
                        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                        "aws:s3/bucketPolicy:BucketPolicy",
                        "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                        "aws:s3/bucketLoggingV2:BucketLoggingV2");
        RecordedResource component = run.single("platform:storage:SecureBucket");
        assertThat(component.name()).isEqualTo("proj-test-assets-bucket");
        assertThat(run.resources()).filteredOn(RecordedResource::custom).allSatisfy(r -> {
            assertThat(r.parent()).isEqualTo(component.urn());
            assertThat(r.name()).startsWith("proj-test-assets");
        });
        RecordedResource bucket = run.single("aws:s3/bucketV2:BucketV2");
        assertThat(bucket.inputValues()).containsEntry("bucket", id).containsEntry("objectLockEnabled", false)
                .containsEntry("tags", Map.of("Project", "proj", "Environment", "test", "Owner", "owner-team",
                        "CostCenter", "CC-9", "ManagedBy", "pulumi", "Name", "proj-test-assets"));
        assertThat(onlyOf(run, "aws:s3/bucketLoggingV2:BucketLoggingV2", id).inputValues())
                .containsEntry("targetBucket", "proj-test-logs-111122223333")
                .containsEntry("targetPrefix", "s3/" + id + "/");
        assertThat(onlyOf(run, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", id)
                .inputValues().get("rules")).isEqualTo(List.of(Map.of(
                "applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", KEY),
                "bucketKeyEnabled", true)));
    }

    @Test
    void replicationCopiesEveryObjectAndDeleteMarkerToTheDrBucketReEncrypted() {
        ComponentHarness.Run run = declare(kmsBucket("assets")
                .withReplication(new SecureBucketArgs.Replication(Output.of(ROLE), Output.of(DR_BUCKET), Output.of(DR_KEY))));
        String id = "proj-test-assets-111122223333";
        RecordedResource replication = onlyOf(run, "aws:s3/bucketReplicationConfig:BucketReplicationConfig", id);
        assertThat(replication.name()).isEqualTo("proj-test-assets-replication");
        assertThat(replication.inputValues()).containsEntry("role", ROLE);
        assertThat(replication.inputValues().get("rules")).isEqualTo(List.of(Map.of(
                "id", "replicate-everything",
                "status", "Enabled",
                "filter", Map.of("prefix", ""),
                "deleteMarkerReplication", Map.of("status", "Enabled"),
                "sourceSelectionCriteria", Map.of("sseKmsEncryptedObjects", Map.of("status", "Enabled")),
                "destination", Map.of("bucket", DR_BUCKET,
                        "encryptionConfiguration", Map.of("replicaKmsKeyId", DR_KEY),
                        // Replication metrics on: what the replication latency and failure alarms watch.
                        "metrics", Map.of("status", "Enabled")))));
        // Replication needs versioning on first.
        String versioning = run.single("aws:s3/bucketVersioningV2:BucketVersioningV2").urn();
        assertThat(replication.dependencies()).contains(versioning);
    }

    @Test
    void severalCorsRulesAreKeptInOrder() {
        ComponentHarness.Run run = declare(kmsBucket("uploads").withCors(List.of(
                new SecureBucketArgs.CorsRule(List.of("https://app.example.com"), List.of("PUT", "POST"),
                        List.of("content-type"), List.of("ETag"), 600),
                new SecureBucketArgs.CorsRule(List.of("*"), List.of("GET"), List.of(), List.of(), 86400))));
        RecordedResource cors = onlyOf(run, "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2",
                "proj-test-uploads-111122223333");
        assertThat(cors.inputValues().get("corsRules")).isEqualTo(List.of(
                Map.of("allowedOrigins", List.of("https://app.example.com"), "allowedMethods", List.of("PUT", "POST"),
                        "allowedHeaders", List.of("content-type"), "exposeHeaders", List.of("ETag"),
                        "maxAgeSeconds", 600L),
                Map.of("allowedOrigins", List.of("*"), "allowedMethods", List.of("GET"),
                        "allowedHeaders", List.of(), "maxAgeSeconds", 86400L)));
    }

    @Test
    void complianceObjectLockIsEnabledOnTheBucketAndAsDefaultRetention() {
        ComponentHarness.Run run = declare(kmsBucket("records").withObjectLock(new SecureBucketArgs.ObjectLock("COMPLIANCE", 2555)));
        String id = "proj-test-records-111122223333";
        assertThat(run.single("aws:s3/bucketV2:BucketV2").inputValues()).containsEntry("objectLockEnabled", true);
        assertThat(onlyOf(run, "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", id)
                .inputValues().get("rule"))
                .isEqualTo(Map.of("defaultRetention", Map.of("mode", "COMPLIANCE", "days", 2555L)));
        // Object lock does not switch off the baseline.
        assertThat(onlyOf(run, "aws:s3/bucketVersioningV2:BucketVersioningV2", id).inputValues().get("versioningConfiguration"))
                .isEqualTo(Map.of("status", "Enabled"));
    }

    @Test
    void everyLifecycleRuleTogetherInAFixedOrder() {
        var lifecycle = new SecureBucketArgs.Lifecycle(3, 30, OptionalInt.of(90), OptionalInt.of(180), OptionalInt.of(3650));
        ComponentHarness.Run run = declare(kmsBucket("archive").withLifecycle(lifecycle));
        RecordedResource rules = onlyOf(run, "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                "proj-test-archive-111122223333");
        Map<String, Object> all = Map.of("prefix", "");
        assertThat(rules.inputValues().get("rules")).isEqualTo(List.of(
                Map.of("id", "abort-incomplete-uploads", "status", "Enabled", "filter", all,
                        "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 3L)),
                Map.of("id", "expire-noncurrent-versions", "status", "Enabled", "filter", all,
                        "noncurrentVersionExpiration", Map.of("noncurrentDays", 30L)),
                Map.of("id", "archive", "status", "Enabled", "filter", all,
                        "transitions", List.of(Map.of("days", 90L, "storageClass", "GLACIER"),
                                Map.of("days", 180L, "storageClass", "DEEP_ARCHIVE"))),
                Map.of("id", "expire-current-objects", "status", "Enabled", "filter", all,
                        "expiration", Map.of("days", 3650L))));
        assertThat(rules.dependencies()).contains(run.single("aws:s3/bucketVersioningV2:BucketVersioningV2").urn());
    }

    @Test
    void sseS3BucketWithoutLoggingGetsOnlyTheTlsDenyPlusItsExtraStatements() throws Exception {
        String id = "proj-test-logs-111122223333";
        String arn = "arn:aws:s3:::" + id;
        SecureBucketArgs args = SecureBucketArgs.of(NAMING, "logs", Output.of(id), SecureBucketArgs.Encryption.s3Managed(),
                        Optional.empty())
                .withExtraStatements(Output.of(List.of(Statement.allow("CloudFrontRead")
                        .servicePrincipal("cloudfront.amazonaws.com").actions("s3:GetObject").resources(arn + "/*"))));
        ComponentHarness.Run run = declare(args);
        assertThat(run.ofType("aws:s3/bucketLoggingV2:BucketLoggingV2")).isEmpty();
        assertThat(onlyOf(run, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", id)
                .inputValues().get("rules")).isEqualTo(List.of(Map.of(
                "applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"), "bucketKeyEnabled", false)));

        JsonNode policy = JSON.readTree((String) onlyOf(run, "aws:s3/bucketPolicy:BucketPolicy", id).inputValues().get("policy"));
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText())
                .containsExactly("DenyInsecureTransport", "CloudFrontRead");
        JsonNode tls = policy.get("Statement").get(0);
        assertThat(tls.get("Effect").asText()).isEqualTo("Deny");
        assertThat(tls.get("Resource")).extracting(JsonNode::asText).containsExactly(arn, arn + "/*");
        assertThat(tls.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
        JsonNode extra = policy.get("Statement").get(1);
        assertThat(extra.at("/Principal/Service").asText()).isEqualTo("cloudfront.amazonaws.com");
        assertThat(extra.get("Resource").asText()).isEqualTo(arn + "/*");
    }

    @Test
    void kmsBucketPolicyNamesItsOwnKey() throws Exception {
        ComponentHarness.Run run = declare(kmsBucket("assets"));
        JsonNode policy = JSON.readTree((String) run.single("aws:s3/bucketPolicy:BucketPolicy").inputValues().get("policy"));
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText())
                .containsExactly("DenyInsecureTransport", "DenyNonKmsEncryption", "DenyOtherKmsKeys");
        assertThat(policy.get("Statement").get(2)
                .at("/Condition/StringNotEquals/s3:x-amz-server-side-encryption-aws-kms-key-id").asText()).isEqualTo(KEY);
    }
}
