package io.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.OperationsConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.AURORA;
import static io.platform.observability.OpsPlans.AWS_PROVIDER;
import static io.platform.observability.OpsPlans.BACKUP_PLAN;
import static io.platform.observability.OpsPlans.BACKUP_VAULT;
import static io.platform.observability.OpsPlans.BUCKET;
import static io.platform.observability.OpsPlans.BUCKET_ENCRYPTION;
import static io.platform.observability.OpsPlans.BUCKET_LOGGING;
import static io.platform.observability.OpsPlans.BUCKET_POLICY;
import static io.platform.observability.OpsPlans.BUCKET_REPLICATION;
import static io.platform.observability.OpsPlans.DISASTER_RECOVERY;
import static io.platform.observability.OpsPlans.DR_REGION;
import static io.platform.observability.OpsPlans.KMS_KEY;
import static io.platform.observability.OpsPlans.RDS_BACKUP_REPLICATION;
import static io.platform.observability.OpsPlans.RDS_INSTANCE;
import static io.platform.observability.OpsPlans.ROLE;
import static io.platform.observability.OpsPlans.ROLE_POLICY;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.drKeyArn;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.keyArn;
import static io.platform.observability.OpsPlans.maps;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.roleArn;
import static io.platform.observability.OpsPlans.single;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.statements;
import static io.platform.observability.OpsPlans.strings;
import static io.platform.observability.OpsPlans.withDr;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.6 disaster recovery, present only with {@code platform:operations.drRegion}: a provider
 * for the DR region, a DR key, backup vault and documents replica (with its own access-log
 * bucket) made through it, the backup plan copying every recovery point there, RDS automated
 * backups replicated with the DR key, and the documents bucket replicating to its replica.
 */
class DisasterRecoveryTest {
    private static final String DR_VAULT_ARN = "arn:aws:backup:" + DR_REGION + ":" + ACCOUNT
            + ":backup-vault:platform-staging-dr-backup-vault";

    private static PlanResult dr() {
        return withDr("staging");
    }

    // ------------------------------------------------------------------ absent without a DR region

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production", "dev"})
    void withoutADrRegionThereIsNoDrResource(String stack) {
        PlanResult plan = stack.equals("dev") ? io.platform.observability.OpsPlans.dev() : plan(stack);
        assertThat(plan.config().operations().drRegion()).isEmpty();
        assertThat(plan.ofType(DISASTER_RECOVERY)).isEmpty();
        assertThat(plan.ofType(AWS_PROVIDER)).noneMatch(p -> p.name().contains("-dr-"));
        assertThat(plan.ofType(RDS_BACKUP_REPLICATION)).isEmpty();
        assertThat(plan.ofType(BUCKET_REPLICATION)).isEmpty();
        assertThat(plan.ofType(BACKUP_VAULT)).hasSize(1);
        assertThat(plan.declared()).noneMatch(r -> r.name().contains("-dr-") || r.name().contains("s3-replication"));
        assertThat(plan.ofType(KMS_KEY)).extracting(RecordedResource::name).noneMatch(n -> n.endsWith("dr-data"));
        assertThat(maps(single(plan, BACKUP_PLAN).inputValues().get("rules")).get(0)).doesNotContainKey("copyActions");
    }

    // ------------------------------------------------------------------ present with one

    @Test
    void theDrTierIsAComponentWithAProviderForTheDrRegion() {
        PlanResult plan = dr();
        RecordedResource tier = component(plan, DISASTER_RECOVERY);
        assertThat(tier.name()).isEqualTo("platform-staging-dr");
        // The other explicit provider is CloudFront's us-east-1 one.
        RecordedResource provider = plan.ofType(AWS_PROVIDER).stream()
                .filter(p -> p.name().equals("platform-staging-dr-us-west-2")).findFirst().orElseThrow();
        assertThat(provider.name()).isEqualTo("platform-staging-dr-us-west-2");
        assertThat(provider.inputValues()).containsEntry("region", DR_REGION);
        assertThat(provider.parent()).isEqualTo(tier.urn());
        assertThat(plan.declared().stream().filter(r -> r.parent() != null && r.parent().equals(tier.urn()))
                .map(RecordedResource::name)).containsExactlyInAnyOrder(
                "platform-staging-dr-us-west-2", "platform-staging-dr-data", "platform-staging-dr-backup-vault",
                "platform-staging-dr-access-logs-bucket", "platform-staging-dr-documents-bucket",
                "platform-staging-s3-replication-role", "platform-staging-s3-replication");
    }

    @Test
    void drKeyLivesInTheDrRegionAndServesRdsAndBackupThere() {
        PlanResult plan = dr();
        RecordedResource key = resource(plan, KMS_KEY, "dr-data");
        assertThat(key.inputValues())
                .containsEntry("description", "Encrypts DR copies (backups, database backups, documents) of "
                        + "platform-staging in us-west-2")
                .containsEntry("enableKeyRotation", true)
                .containsEntry("deletionWindowInDays", 30L);
        // An ARN in us-west-2: the simulated AWS gives a resource its provider's region.
        assertThat(drKeyArn(plan)).startsWith("arn:aws:kms:us-west-2:" + ACCOUNT + ":key/");
        JsonNode policy = json(key, "policy");
        assertThat(statements(policy)).extracting(s -> s.get("Sid").asText())
                .containsExactly("AccountAdministration", "UseThroughIntendedServices");
        JsonNode use = statements(policy).get(1);
        assertThat(strings(use.get("Condition").get("StringEquals").get("kms:ViaService"))).containsExactly(
                "rds.us-west-2.amazonaws.com", "elasticache.us-west-2.amazonaws.com", "backup.us-west-2.amazonaws.com");
        assertThat(use.get("Condition").get("StringEquals").get("kms:CallerAccount").asText()).isEqualTo(ACCOUNT);
    }

    @Test
    void drVaultIsEncryptedWithTheDrKey() {
        PlanResult plan = dr();
        RecordedResource vault = resource(plan, BACKUP_VAULT, "dr-backup-vault");
        assertThat(vault.inputValues()).containsEntry("name", "platform-staging-dr-backup-vault")
                .containsEntry("kmsKeyArn", drKeyArn(plan));
        assertThat(sources(vault, "kmsKeyArn")).containsExactly(resource(plan, KMS_KEY, "dr-data").urn());
    }

    @ParameterizedTest(name = "{0}: copies kept {1} days")
    @CsvSource({"staging, 14", "production, 30"})
    void everyRecoveryPointIsCopiedToTheDrVaultForTheSameRetention(String stack, long days) {
        PlanResult plan = withDr(stack);
        String drVault = "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:platform-" + stack + "-dr-backup-vault";
        Map<String, Object> rule = maps(single(plan, BACKUP_PLAN).inputValues().get("rules")).get(0);
        assertThat(rule).containsEntry("targetVaultName", "platform-" + stack + "-backup-vault")
                .containsEntry("lifecycle", Map.of("deleteAfter", days))
                .containsEntry("copyActions", List.of(Map.of(
                        "destinationVaultArn", drVault,
                        "lifecycle", Map.of("deleteAfter", days))));
        assertThat(sources(single(plan, BACKUP_PLAN), "rules")).containsExactlyInAnyOrder(
                resource(plan, BACKUP_VAULT, "backup-vault").urn(), resource(plan, BACKUP_VAULT, "dr-backup-vault").urn());
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"staging, 14", "production, 30"})
    void rdsAutomatedBackupsAreReplicatedWithTheDrKey(String stack, long days) {
        PlanResult plan = withDr(stack);
        RecordedResource db = resource(plan, RDS_INSTANCE, "db");
        RecordedResource replication = single(plan, RDS_BACKUP_REPLICATION);
        assertThat(replication.name()).isEqualTo("platform-" + stack + "-db-backup-replication");
        assertThat(replication.inputValues()).containsOnly(
                Map.entry("sourceDbInstanceArn", "arn:aws:rds:us-east-1:" + ACCOUNT + ":db:platform-" + stack + "-db"),
                Map.entry("kmsKeyId", drKeyArn(plan)),
                Map.entry("retentionPeriod", days));
        // The database's own retention, kept as long in the DR region.
        assertThat(db.inputValues()).containsEntry("backupRetentionPeriod", days);
        assertThat(sources(replication, "sourceDbInstanceArn")).containsExactly(db.urn());
        assertThat(sources(replication, "kmsKeyId")).containsExactly(resource(plan, KMS_KEY, "dr-data").urn());
    }

    @Test
    void drBucketsAreTheDocumentsReplicaUnderTheDrKeyAndItsAccessLogBucket() {
        PlanResult plan = dr();
        String replica = "platform-staging-dr-documents-" + ACCOUNT;
        String logs = "platform-staging-dr-access-logs-" + ACCOUNT;
        assertThat(resource(plan, BUCKET, "dr-documents").inputValues()).containsEntry("bucket", replica);
        assertThat(resource(plan, BUCKET, "dr-access-logs").inputValues()).containsEntry("bucket", logs);
        assertThat(maps(resource(plan, BUCKET_ENCRYPTION, "dr-documents-encryption").inputValues().get("rules")))
                .containsExactly(Map.of("applyServerSideEncryptionByDefault",
                        Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", drKeyArn(plan)), "bucketKeyEnabled", true));
        assertThat(maps(resource(plan, BUCKET_ENCRYPTION, "dr-access-logs-encryption").inputValues().get("rules")))
                .containsExactly(Map.of("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"),
                        "bucketKeyEnabled", false));
        assertThat(resource(plan, BUCKET_LOGGING, "dr-documents-logging").inputValues())
                .containsEntry("bucket", replica)
                .containsEntry("targetBucket", logs)
                .containsEntry("targetPrefix", "s3/" + replica + "/");
        // The replica is not itself backed up: it is the copy.
        assertThat(resource(plan, BUCKET, "dr-documents").inputValues().get("tags").toString()).doesNotContain("Backup");
    }

    /**
     * The replica's server access logs go to the DR access-log bucket, whose ownership is
     * BucketOwnerEnforced: S3 then delivers only if the bucket policy allows
     * {@code logging.s3.amazonaws.com} (as the primary access-log bucket's policy does).
     */
    @Test
    void drAccessLogBucketAcceptsS3ServerAccessLogs() {
        PlanResult plan = dr();
        JsonNode policy = json(resource(plan, BUCKET_POLICY, "dr-access-logs-policy"), "policy");
        assertThat(statements(policy)).anySatisfy(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            assertThat(strings(s.get("Principal").get("Service"))).containsExactly("logging.s3.amazonaws.com");
            assertThat(strings(s.get("Action"))).contains("s3:PutObject");
        });
    }

    @Test
    void documentsBucketReplicatesEverythingToTheReplicaUnderTheDrKey() {
        PlanResult plan = dr();
        RecordedResource replication = single(plan, BUCKET_REPLICATION);
        RecordedResource role = resource(plan, ROLE, "s3-replication-role");
        assertThat(replication.name()).isEqualTo("platform-staging-documents-replication");
        assertThat(replication.inputValues()).containsOnly(
                Map.entry("bucket", "platform-staging-documents-" + ACCOUNT),
                Map.entry("role", roleArn(role)),
                Map.entry("rules", List.of(Map.of(
                        "id", "replicate-everything",
                        "status", "Enabled",
                        "filter", Map.of("prefix", ""),
                        "deleteMarkerReplication", Map.of("status", "Enabled"),
                        "sourceSelectionCriteria", Map.of("sseKmsEncryptedObjects", Map.of("status", "Enabled")),
                        "destination", Map.of(
                                "bucket", "arn:aws:s3:::platform-staging-dr-documents-" + ACCOUNT,
                                "encryptionConfiguration", Map.of("replicaKmsKeyId", drKeyArn(plan)),
                                "metrics", Map.of("status", "Enabled"))))));
        assertThat(sources(replication, "bucket")).containsExactly(resource(plan, BUCKET, "documents").urn());
        assertThat(sources(replication, "role")).containsExactly(role.urn());
        assertThat(sources(replication, "rules")).containsExactlyInAnyOrder(
                resource(plan, BUCKET, "dr-documents").urn(), resource(plan, KMS_KEY, "dr-data").urn());
        // S3 refuses a replication configuration on an unversioned bucket: it waits for versioning.
        assertThat(replication.dependencies()).contains(
                resource(plan, "aws:s3/bucketVersioningV2:BucketVersioningV2", "documents-versioning").urn());
    }

    @Test
    void replicationRoleReadsTheSourceAndWritesOnlyTheReplica() {
        PlanResult plan = dr();
        RecordedResource role = resource(plan, ROLE, "s3-replication-role");
        assertThat(statements(json(role, "assumeRolePolicy"))).singleElement().isEqualTo(parse(
                "{\"Sid\":\"S3ReplicationAssume\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"s3.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\""
                        + ACCOUNT + "\"}}}"));
        RecordedResource policy = resource(plan, ROLE_POLICY, "s3-replication");
        assertThat(policy.inputValues()).containsEntry("role", role.id());
        String source = "arn:aws:s3:::platform-staging-documents-" + ACCOUNT;
        String replica = "arn:aws:s3:::platform-staging-dr-documents-" + ACCOUNT;
        assertThat(json(policy, "policy")).isEqualTo(parse("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"ReadSourceConfiguration\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetReplicationConfiguration\","
                + "\"s3:ListBucket\"],\"Resource\":\"" + source + "\"},"
                + "{\"Sid\":\"ReadSourceVersions\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObjectVersionForReplication\","
                + "\"s3:GetObjectVersionAcl\",\"s3:GetObjectVersionTagging\"],\"Resource\":\"" + source + "/*\"},"
                + "{\"Sid\":\"WriteReplicas\",\"Effect\":\"Allow\",\"Action\":[\"s3:ReplicateObject\",\"s3:ReplicateDelete\","
                + "\"s3:ReplicateTags\"],\"Resource\":\"" + replica + "/*\"},"
                + "{\"Sid\":\"DecryptSource\",\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\""
                + keyArn(plan, "s3") + "\"},"
                + "{\"Sid\":\"EncryptReplica\",\"Effect\":\"Allow\",\"Action\":[\"kms:Encrypt\",\"kms:GenerateDataKey\"],"
                + "\"Resource\":\"" + drKeyArn(plan) + "\"}]}"));
        assertThat(sources(policy, "policy")).containsExactlyInAnyOrder(resource(plan, BUCKET, "dr-documents").urn(),
                resource(plan, KMS_KEY, "s3").urn(), resource(plan, KMS_KEY, "dr-data").urn());
    }

    @Test
    void withAuroraBackupsAreCopiedButRdsReplicationIsNotUsed() {
        PlanResult plan = planWith("staging", Map.of("platform:data", AURORA, "platform:operations",
                "{\"drRegion\":\"us-west-2\"}"));
        assertThat(plan.ofType(RDS_BACKUP_REPLICATION)).isEmpty();
        assertThat(maps(single(plan, BACKUP_PLAN).inputValues().get("rules")).get(0))
                .containsEntry("copyActions", List.of(Map.of("destinationVaultArn", DR_VAULT_ARN,
                        "lifecycle", Map.of("deleteAfter", 14L))));
        assertThat(plan.ofType(BUCKET_REPLICATION)).hasSize(1);
    }

    // ------------------------------------------------------------------ which provider each resource uses

    private static final Naming NAMING = new Naming("platform", "staging", "platform-team", "CC-1001");

    private static List<ProviderHarness.Registration> runDrAndOperations(boolean cluster) {
        return ProviderHarness.run(ctx -> {
            AwsAccount account = AwsAccount.lookup("us-east-1");
            DisasterRecovery dr = new DisasterRecovery(NAMING.name("dr"), new DisasterRecoveryArgs(NAMING, account,
                    DR_REGION, Output.of("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/source")), ComponentResourceOptions.Empty);
            new Operations(NAMING.name("operations"), new OperationsArgs(NAMING, account,
                    new OperationsConfig(14, Optional.of(DR_REGION), false, 800, 100),
                    Output.of("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/data"),
                    Output.of("arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-staging-alerts"),
                    new OperationsArgs.Database(Output.of("platform-staging-db"),
                            Output.of("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:platform-staging-db"), cluster, 14),
                    Output.of("platform-staging-cluster"),
                    List.of(new OperationsArgs.Service("api", Output.of("platform-staging-api"), 2, 4)),
                    Optional.of(dr)), ComponentResourceOptions.Empty);
        });
    }

    private static ProviderHarness.Registration registered(List<ProviderHarness.Registration> all, String name) {
        return all.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no registration " + name + " in " + all));
    }

    @Test
    void drResourcesAreMadeThroughTheDrProviderAndEverythingElseInTheStackRegion() {
        List<ProviderHarness.Registration> all = runDrAndOperations(false);
        ProviderHarness.Registration provider = registered(all, "platform-staging-dr-us-west-2");
        assertThat(provider.type()).isEqualTo(AWS_PROVIDER);
        assertThat(provider.inputs()).containsEntry("region", DR_REGION);
        String inDr = provider.reference();

        List<String> madeInDr = all.stream().filter(r -> inDr.equals(r.provider()))
                .map(ProviderHarness.Registration::name).toList();
        assertThat(madeInDr).containsExactlyInAnyOrder(
                "platform-staging-dr-data",
                "platform-staging-dr-backup-vault",
                // The replica and its log bucket, with every setting resource of both.
                "platform-staging-dr-access-logs", "platform-staging-dr-access-logs-public-access-block",
                "platform-staging-dr-access-logs-ownership", "platform-staging-dr-access-logs-versioning",
                "platform-staging-dr-access-logs-encryption", "platform-staging-dr-access-logs-policy",
                "platform-staging-dr-access-logs-lifecycle",
                "platform-staging-dr-documents", "platform-staging-dr-documents-public-access-block",
                "platform-staging-dr-documents-ownership", "platform-staging-dr-documents-versioning",
                "platform-staging-dr-documents-encryption", "platform-staging-dr-documents-policy",
                "platform-staging-dr-documents-lifecycle", "platform-staging-dr-documents-logging",
                // RDS replicates into the region it is called in.
                "platform-staging-db-backup-replication");
        // IAM is global and the source-side backup resources stay home.
        for (String name : List.of("platform-staging-s3-replication-role", "platform-staging-s3-replication",
                "platform-staging-backup-vault", "platform-staging-backup-plan", "platform-staging-backup-selection",
                "platform-staging-backup-role", "platform-staging-cost-monitor", "platform-staging-monthly-budget")) {
            assertThat(registered(all, name).provider()).as(name).isEmpty();
        }
    }

    @Test
    void anAuroraClusterGetsNoRdsBackupReplication() {
        List<ProviderHarness.Registration> all = runDrAndOperations(true);
        assertThat(all).noneMatch(r -> r.type().equals(RDS_BACKUP_REPLICATION));
        assertThat(all).anyMatch(r -> r.name().equals("platform-staging-dr-backup-vault"));
    }
}
