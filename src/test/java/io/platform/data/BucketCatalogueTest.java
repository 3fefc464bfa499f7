package io.platform.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.security.PolicyJson;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 1 on BerthCare's plan (seed 003, ca-central-1, DR in us-east-1): each catalogue entry
 * is a full secure bucket with its preset's lifecycle, CORS, object lock and replication, every service
 * gets exactly its prefixes on its task role, and the bucket names reach the containers.
 */
class BucketCatalogueTest {
    private static final String PHOTOS = "berthcare-staging-photos-ca-central-1-" + ACCOUNT;
    private static final String LIFECYCLE = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PlanResult plan() {
        return SeedStacks.plan("berthcare");
    }

    private static RecordedResource resource(String shortName) {
        return named(plan(), "berthcare-staging-" + shortName);
    }

    /** A bucket itself: the {@code logs} entry shares its name with the logs KMS key (types differ). */
    private static RecordedResource bucket(String entry) {
        return plan().ofType("aws:s3/bucketV2:BucketV2").stream()
                .filter(r -> r.name().equals("berthcare-staging-" + entry)).findFirst().orElseThrow();
    }

    private static JsonNode json(RecordedResource resource, String property) {
        return PolicyJson.document(resource, property);
    }

    private static List<String> sids(JsonNode policy) {
        return PolicyJson.statements(policy).stream().map(s -> s.get("Sid").asText()).toList();
    }

    @Test
    void everyEntryIsASecureBucketWithItsNameAndTheStacksBaseline() {
        assertThat(bucket("photos").inputValues()).containsEntry("bucket", PHOTOS)
                .containsEntry("objectLockEnabled", false);
        assertThat(bucket("signatures").inputValues()).containsEntry("bucket", "berthcare-signatures-staging")
                .containsEntry("objectLockEnabled", true);
        for (String entry : List.of("photos", "signatures", "records", "logs")) {
            RecordedResource bucket = bucket(entry);
            assertThat(bucket.parent()).endsWith("platform:storage:SecureBucket::berthcare-staging-" + entry + "-bucket");
            // Archive buckets are records: AWS Backup takes them daily.
            assertThat(bucket.inputValues().get("tags")).isEqualTo(Map.of("Project", "berthcare", "Environment", "staging",
                    "Owner", "platform-team", "CostCenter", "CC-1001", "ManagedBy", "pulumi",
                    "Name", "berthcare-staging-" + entry, "Backup", "daily"));
            assertThat(where(plan(), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "bucket", bucket.id()))
                    .singleElement().satisfies(b -> assertThat(b.inputValues()).containsEntry("blockPublicPolicy", true)
                            .containsEntry("restrictPublicBuckets", true));
            assertThat(where(plan(), "aws:s3/bucketLoggingV2:BucketLoggingV2", "bucket", bucket.id())).singleElement()
                    .satisfies(l -> assertThat(l.inputValues()).containsEntry("targetBucket",
                            "berthcare-staging-access-logs-ca-central-1-" + ACCOUNT)
                            .containsEntry("targetPrefix", "s3/" + bucket.id() + "/"));
        }
    }

    @Test
    void archiveBucketsMoveToGlacierAfterAYearAndDeepArchiveAfterSeven() {
        assertThat(resource("photos-lifecycle").inputValues().get("rules")).isEqualTo(List.of(
                Map.of("id", "abort-incomplete-uploads", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "abortIncompleteMultipartUpload", Map.of("daysAfterInitiation", 7L)),
                Map.of("id", "expire-noncurrent-versions", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "noncurrentVersionExpiration", Map.of("noncurrentDays", 90L)),
                Map.of("id", "archive", "status", "Enabled", "filter", Map.of("prefix", ""),
                        "transitions", List.of(Map.of("days", 365L, "storageClass", "GLACIER"),
                                Map.of("days", 2555L, "storageClass", "DEEP_ARCHIVE")))));
    }

    @Test
    void explicitRulesAreScopedToTheirPrefix() {
        List<?> rules = (List<?>) resource("logs-lifecycle").inputValues().get("rules");
        assertThat(rules).hasSize(3).last().isEqualTo(Map.of("id", "app-logs", "status", "Enabled",
                "filter", Map.of("prefix", "app/"),
                "transitions", List.of(Map.of("days", 30L, "storageClass", "STANDARD_IA"),
                        Map.of("days", 365L, "storageClass", "GLACIER")),
                "expiration", Map.of("days", 2555L)));
        // The platform's documents, access logs and site; the catalogue's 4; in the DR region access logs and 3 replicas.
        assertThat(plan().ofType(LIFECYCLE)).hasSize(3 + 4 + 4);
    }

    @Test
    void corsAndObjectLockComeFromTheEntry() {
        assertThat(resource("photos-cors").inputValues().get("corsRules")).isEqualTo(List.of(Map.of(
                "allowedOrigins", List.of("https://app.staging.example.com"), "allowedMethods", List.of("GET", "PUT"),
                "allowedHeaders", List.of("*"), "exposeHeaders", List.of("ETag"), "maxAgeSeconds", 3000L)));
        assertThat(resource("signatures-object-lock").inputValues().get("rule"))
                .isEqualTo(Map.of("defaultRetention", Map.of("mode", "COMPLIANCE", "days", 2555L)));
        assertThat(plan().declared()).noneMatch(r -> r.name().equals("berthcare-staging-records-cors"));
    }

    @Test
    void replicatedEntriesGetAReplicaInTheDrRegionThatKeepsTheirLock() {
        RecordedResource replication = resource("photos-replication");
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) replication.inputValues().get("rules")).get(0);
        Map<?, ?> destination = (Map<?, ?>) rule.get("destination");
        assertThat(destination.get("bucket")).isEqualTo("arn:aws:s3:::berthcare-staging-dr-photos-ca-central-1-" + ACCOUNT);
        assertThat((String) ((Map<?, ?>) destination.get("encryptionConfiguration")).get("replicaKmsKeyId"))
                .startsWith("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/");
        assertThat(bucket("dr-signatures").inputValues()).containsEntry("bucket", "berthcare-signatures-staging-dr")
                .containsEntry("objectLockEnabled", true);
        assertThat(resource("dr-signatures-object-lock").inputValues().get("rule"))
                .isEqualTo(Map.of("defaultRetention", Map.of("mode", "COMPLIANCE", "days", 2555L)));
        assertThat(plan().declared()).noneMatch(r -> r.name().equals("berthcare-staging-records-replication"));

        JsonNode policy = json(resource("s3-replication"), "policy");
        assertThat(PolicyJson.strings(PolicyJson.statement(policy, "ReadSourceConfiguration").get("Resource"))).containsExactly(
                "arn:aws:s3:::berthcare-staging-documents-ca-central-1-" + ACCOUNT,
                "arn:aws:s3:::" + PHOTOS, "arn:aws:s3:::berthcare-signatures-staging");
        // Locked versions replicate only with their retention.
        assertThat(PolicyJson.strings(PolicyJson.statement(policy, "ReadSourceVersions").get("Action")))
                .contains("s3:GetObjectRetention", "s3:GetObjectLegalHold");
        assertThat(PolicyJson.strings(PolicyJson.statement(policy, "WriteReplicas").get("Resource"))).containsExactly(
                "arn:aws:s3:::berthcare-staging-dr-documents-ca-central-1-" + ACCOUNT + "/*",
                "arn:aws:s3:::berthcare-staging-dr-photos-ca-central-1-" + ACCOUNT + "/*",
                "arn:aws:s3:::berthcare-signatures-staging-dr/*");
    }

    @Test
    void eachServiceGetsExactlyItsPrefixesOnItsTaskRole() {
        String s3Key = "arn:aws:kms:ca-central-1:" + ACCOUNT + ":key/" + resource("s3").id();
        RecordedResource api = resource("api-bucket-photos");
        // Each granted service runs as a task role of its own; the shared one holds no bucket grant.
        assertThat(api.inputValues()).containsEntry("role", resource("api-task-role").id());
        assertThat(resource("worker-bucket-photos").inputValues()).containsEntry("role", resource("worker-task-role").id());
        assertThat(resource("api-bucket-signatures").inputValues()).containsEntry("role", resource("api-task-role").id());
        assertThat(plan().ofType("aws:iam/rolePolicy:RolePolicy"))
                .noneMatch(p -> p.inputValues().get("role").equals(resource("ecs-task-role").id())
                        && p.name().contains("-bucket-"));
        for (String service : List.of("api", "worker")) {
            assertThat(resource(service + "-task").propertyDependencies().get("taskRoleArn"))
                    .containsExactly(resource(service + "-task-role").urn());
        }
        assertThat(json(api, "policy")).isEqualTo(PolicyJson.parse("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"ListReadablePrefixes\",\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::"
                + PHOTOS + "\",\"Condition\":{\"StringLike\":{\"s3:prefix\":[\"visits/*\"]}}},"
                + "{\"Sid\":\"ReadObjects\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:GetObjectVersion\"],"
                + "\"Resource\":\"arn:aws:s3:::" + PHOTOS + "/visits/*\"},"
                + "{\"Sid\":\"WriteObjects\",\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:AbortMultipartUpload\"],"
                + "\"Resource\":[\"arn:aws:s3:::" + PHOTOS + "/visits/*\",\"arn:aws:s3:::" + PHOTOS + "/uploads/*\"]},"
                + "{\"Sid\":\"UseBucketKey\",\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\",\"kms:GenerateDataKey\"],"
                + "\"Resource\":\"" + s3Key + "\"}]}"));
        // Write-only: no list, no read; the key only to encrypt.
        JsonNode signatures = json(resource("api-bucket-signatures"), "policy");
        assertThat(sids(signatures)).containsExactly("WriteObjects", "UseBucketKey");
        assertThat(PolicyJson.strings(PolicyJson.statement(signatures, "WriteObjects").get("Resource")))
                .containsExactly("arn:aws:s3:::berthcare-signatures-staging/signatures/*");
        // Nobody was given records or logs.
        assertThat(plan().ofType("aws:iam/rolePolicy:RolePolicy")).extracting(RecordedResource::name)
                .filteredOn(n -> n.contains("-bucket-"))
                .containsExactlyInAnyOrder("berthcare-staging-api-bucket-photos", "berthcare-staging-worker-bucket-photos",
                        "berthcare-staging-api-bucket-signatures");
    }

    @Test
    void everyContainerIsToldTheBucketNames() throws Exception {
        RecordedResource task = resource("worker-task");
        JsonNode container = JSON.readTree((String) task.inputValues().get("containerDefinitions")).get(0);
        Map<String, String> env = new java.util.TreeMap<>();
        container.get("environment").forEach(e -> env.put(e.get("name").asText(), e.get("value").asText()));
        assertThat(env).containsEntry("PHOTOS_BUCKET", PHOTOS)
                .containsEntry("SIGNATURES_BUCKET", "berthcare-signatures-staging")
                .containsEntry("RECORDS_BUCKET", "berthcare-staging-records-ca-central-1-" + ACCOUNT)
                .containsEntry("LOGS_BUCKET", "berthcare-staging-logs-ca-central-1-" + ACCOUNT);
    }
}
