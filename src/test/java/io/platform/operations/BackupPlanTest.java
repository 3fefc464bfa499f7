package io.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.BACKUP_PLAN;
import static io.platform.observability.OpsPlans.BACKUP_SELECTION;
import static io.platform.observability.OpsPlans.BACKUP_VAULT;
import static io.platform.observability.OpsPlans.BUCKET;
import static io.platform.observability.OpsPlans.KMS_KEY;
import static io.platform.observability.OpsPlans.OPERATIONS;
import static io.platform.observability.OpsPlans.RDS_BACKUP_REPLICATION;
import static io.platform.observability.OpsPlans.RDS_CLUSTER;
import static io.platform.observability.OpsPlans.RDS_INSTANCE;
import static io.platform.observability.OpsPlans.ROLE;
import static io.platform.observability.OpsPlans.ROLE_POLICY_ATTACHMENT;
import static io.platform.observability.OpsPlans.aurora;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.dev;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.keyArn;
import static io.platform.observability.OpsPlans.map;
import static io.platform.observability.OpsPlans.maps;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.roleArn;
import static io.platform.observability.OpsPlans.single;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.statements;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.6 backups: an AWS Backup vault under the data key, a daily 03:00 UTC plan keeping
 * recovery points for the stack's retention, and a selection of this stack's {@code Backup=daily}
 * resources — which are exactly the database and the documents bucket.
 */
class BackupPlanTest {

    private static Map<String, String> tags(String stack, String resource) {
        return Map.of("Project", "platform", "Environment", stack, "Owner", "platform-team", "CostCenter", "CC-1001",
                "ManagedBy", "pulumi", "Name", "platform-" + stack + "-" + resource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void vaultIsEncryptedWithTheDataKey(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource vault = single(plan, BACKUP_VAULT);
        assertThat(vault.inputValues()).containsOnly(
                Map.entry("name", "platform-" + stack + "-backup-vault"),
                Map.entry("kmsKeyArn", keyArn(plan, "data")),
                Map.entry("tags", tags(stack, "backup-vault")));
        assertThat(sources(vault, "kmsKeyArn")).containsExactly(resource(plan, KMS_KEY, "data").urn());
        assertThat(vault.parent()).isEqualTo(component(plan, OPERATIONS).urn());
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"staging, 14", "production, 30", "dev, 7"})
    void planRuleRunsDailyAtThreeUtcAndKeepsRecoveryPointsForTheStacksRetention(String stack, long days) {
        PlanResult plan = stack.equals("dev") ? dev() : plan(stack);
        RecordedResource backupPlan = single(plan, BACKUP_PLAN);
        assertThat(backupPlan.name()).isEqualTo("platform-" + stack + "-backup-plan");
        assertThat(backupPlan.inputValues()).containsEntry("name", "platform-" + stack + "-backup-plan")
                .containsEntry("tags", tags(stack, "backup-plan"));
        assertThat(maps(backupPlan.inputValues().get("rules"))).containsExactly(Map.of(
                "ruleName", "daily-0300-utc",
                "targetVaultName", "platform-" + stack + "-backup-vault",
                "schedule", "cron(0 3 * * ? *)",
                "startWindow", 60L,
                "completionWindow", 360L,
                "lifecycle", Map.of("deleteAfter", days),
                "recoveryPointTags", tags(stack, "recovery-point")));
        assertThat(sources(backupPlan, "rules")).containsExactly(single(plan, BACKUP_VAULT).urn());
    }

    @Test
    void retentionCanBeConfigured() {
        PlanResult plan = planWith("staging", Map.of("platform:operations", "{\"backupRetentionDays\":35}"));
        Map<String, Object> rule = maps(single(plan, BACKUP_PLAN).inputValues().get("rules")).get(0);
        assertThat(rule).containsEntry("lifecycle", Map.of("deleteAfter", 35L)).doesNotContainKey("copyActions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void selectionTakesThisStacksDailyTaggedResourcesWithTheBackupRole(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource selection = single(plan, BACKUP_SELECTION);
        RecordedResource role = resource(plan, ROLE, "backup-role");
        RecordedResource backupPlan = single(plan, BACKUP_PLAN);
        assertThat(selection.inputValues()).containsOnly(
                Map.entry("name", "platform-" + stack + "-backup-selection"),
                Map.entry("planId", backupPlan.id()),
                Map.entry("iamRoleArn", roleArn(role)),
                // Every resource, narrowed by all three tags (tag lists would OR with conditions).
                Map.entry("resources", List.of("*")),
                Map.entry("conditions", List.of(Map.of("stringEquals", List.of(
                        Map.of("key", "aws:ResourceTag/Backup", "value", "daily"),
                        Map.of("key", "aws:ResourceTag/Project", "value", "platform"),
                        Map.of("key", "aws:ResourceTag/Environment", "value", stack))))));
        assertThat(sources(selection, "planId")).containsExactly(backupPlan.urn());
        assertThat(sources(selection, "iamRoleArn")).containsExactly(role.urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void backupRoleIsAssumableOnlyByAwsBackupForThisAccountWithTheBackupAndRestorePolicies(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource role = resource(plan, ROLE, "backup-role");
        JsonNode trust = json(role, "assumeRolePolicy");
        assertThat(statements(trust)).singleElement().isEqualTo(parse("{\"Sid\":\"BackupAssume\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"backup.amazonaws.com\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}}"));
        List<RecordedResource> attachments = plan.ofType(ROLE_POLICY_ATTACHMENT).stream()
                .filter(a -> a.name().startsWith("platform-" + stack + "-backup-role-")).toList();
        assertThat(attachments).extracting(a -> a.inputValues().get("policyArn")).containsExactlyInAnyOrder(
                "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
                "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
                "arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup",
                "arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore");
        assertThat(attachments).allSatisfy(a -> {
            assertThat(a.inputValues()).containsEntry("role", role.id());
            assertThat(sources(a, "role")).containsExactly(role.urn());
        });
    }

    /** Every resource the stack tags {@code Backup=daily}, as type::name. */
    private static List<String> dailyBackedUp(PlanResult plan) {
        return plan.declared().stream()
                .filter(r -> r.inputValues().get("tags") instanceof Map<?, ?> tags && "daily".equals(tags.get("Backup")))
                .map(RecordedResource::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyTheDatabaseAndTheDocumentsBucketAreTaggedForDailyBackup(String stack) {
        PlanResult plan = plan(stack);
        assertThat(dailyBackedUp(plan)).containsExactlyInAnyOrder(
                RDS_INSTANCE + "::platform-" + stack + "-db",
                BUCKET + "::platform-" + stack + "-documents");
        // The tag is Backup=daily on top of the required tags, which the selection's conditions match.
        Map<String, Object> dbTags = map(resource(plan, RDS_INSTANCE, "db").inputValues().get("tags"));
        assertThat(dbTags).containsEntry("Backup", "daily").containsEntry("Project", "platform")
                .containsEntry("Environment", stack);
        assertThat(map(resource(plan, BUCKET, "documents").inputValues().get("tags")))
                .containsEntry("Backup", "daily").containsEntry("Project", "platform").containsEntry("Environment", stack);
        // Nothing else carries a Backup tag of any value (a typo such as Backup=Daily would be missed by the plan).
        assertThat(plan.declared().stream().filter(r -> r.inputValues().get("tags") instanceof Map<?, ?> tags
                && tags.containsKey("Backup"))).hasSize(2);
    }

    @Test
    void withAuroraTheClusterIsBackedUpNotItsInstances() {
        PlanResult plan = aurora();
        assertThat(dailyBackedUp(plan)).containsExactlyInAnyOrder(
                RDS_CLUSTER + "::platform-staging-db",
                BUCKET + "::platform-staging-documents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void withoutADrRegionNothingIsCopiedOrReplicated(String stack) {
        PlanResult plan = plan(stack);
        assertThat(maps(single(plan, BACKUP_PLAN).inputValues().get("rules")).get(0)).doesNotContainKey("copyActions");
        assertThat(plan.ofType(RDS_BACKUP_REPLICATION)).isEmpty();
        assertThat(plan.ofType(BACKUP_VAULT)).hasSize(1);
    }
}
