package io.platform.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.platform.data.DataPlans.CLUSTER;
import static io.platform.data.DataPlans.CLUSTER_INSTANCE;
import static io.platform.data.DataPlans.CLUSTER_PARAMETER_GROUP;
import static io.platform.data.DataPlans.DB_SUBNET_GROUP;
import static io.platform.data.DataPlans.INSTANCE;
import static io.platform.data.DataPlans.PARAMETER_GROUP;
import static io.platform.data.DataPlans.dataSubnetIds;
import static io.platform.data.DataPlans.keyArn;
import static io.platform.data.DataPlans.maps;
import static io.platform.data.DataPlans.monitoringRoleArn;
import static io.platform.data.DataPlans.planWithData;
import static io.platform.data.DataPlans.single;
import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2 and §3.3: the RDS PostgreSQL instance of each stack and its parameter group. */
@SuppressWarnings("unchecked")
class PostgresDatabaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stagingIsASmallSingleAzInstanceThatCanBeDeleted() {
        RecordedResource db = single(plan("staging"), INSTANCE);
        assertThat(db.name()).isEqualTo("platform-staging-db");
        assertThat(db.inputValues())
                .containsEntry("identifier", "platform-staging-db")
                .containsEntry("instanceClass", "db.t3.small")
                .containsEntry("multiAz", false)
                .containsEntry("backupRetentionPeriod", 14L)
                .containsEntry("deletionProtection", false)
                .containsEntry("skipFinalSnapshot", true)
                .doesNotContainKey("finalSnapshotIdentifier");
        assertThat(db.protect()).isFalse();
    }

    @Test
    void productionIsAMediumMultiAzInstanceWithDeletionProtectionAFinalSnapshotAndProtect() {
        RecordedResource db = single(plan("production"), INSTANCE);
        assertThat(db.name()).isEqualTo("platform-production-db");
        assertThat(db.inputValues())
                .containsEntry("identifier", "platform-production-db")
                .containsEntry("instanceClass", "db.t3.medium")
                .containsEntry("multiAz", true)
                .containsEntry("backupRetentionPeriod", 30L)
                .containsEntry("deletionProtection", true)
                .containsEntry("skipFinalSnapshot", false)
                .containsEntry("finalSnapshotIdentifier", "platform-production-db-final");
        assertThat(db.protect()).isTrue();
    }

    @Test
    void stacksDifferOnlyWhereSpecSectionTwoSaysTheyDo() {
        Map<String, Object> staging = withoutStackSpecifics(single(plan("staging"), INSTANCE).inputValues());
        Map<String, Object> production = withoutStackSpecifics(single(plan("production"), INSTANCE).inputValues());
        Map<String, Object> differing = staging.keySet().stream()
                .filter(k -> !staging.get(k).equals(production.get(k)))
                .collect(Collectors.toMap(k -> k, staging::get));
        assertThat(differing.keySet()).containsExactlyInAnyOrder("instanceClass", "multiAz", "backupRetentionPeriod",
                "deletionProtection", "skipFinalSnapshot");
        assertThat(production.keySet()).containsAll(staging.keySet()).contains("finalSnapshotIdentifier");
        assertThat(production.keySet()).hasSize(staging.size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyInstanceKeepsTheSpecGuarantees(String stack) {
        PlanResult plan = plan(stack);
        Map<String, Object> db = single(plan, INSTANCE).inputValues();
        assertThat(db)
                .containsEntry("engine", "postgres")
                .containsEntry("engineVersion", "15")
                .containsEntry("publiclyAccessible", false)
                .containsEntry("storageEncrypted", true)
                .containsEntry("kmsKeyId", keyArn(plan, "data"))
                .containsEntry("storageType", "gp3")
                .containsEntry("allocatedStorage", 20L)
                .containsEntry("maxAllocatedStorage", 100L)
                .containsEntry("manageMasterUserPassword", true)
                .containsEntry("masterUserSecretKmsKeyId", keyArn(plan, "secrets"))
                .containsEntry("username", "app_admin")
                .containsEntry("dbName", "app")
                .containsEntry("port", 5432L)
                .containsEntry("backupWindow", "03:00-04:00")
                .containsEntry("maintenanceWindow", "sun:04:00-sun:05:00")
                .containsEntry("copyTagsToSnapshot", true)
                .containsEntry("deleteAutomatedBackups", false)
                .containsEntry("performanceInsightsEnabled", true)
                .containsEntry("performanceInsightsKmsKeyId", keyArn(plan, "data"))
                .containsEntry("performanceInsightsRetentionPeriod", 7L)
                .containsEntry("monitoringInterval", 60L)
                .containsEntry("monitoringRoleArn", monitoringRoleArn(plan))
                .containsEntry("enabledCloudwatchLogsExports", List.of("postgresql"))
                .containsEntry("iamDatabaseAuthenticationEnabled", true)
                .containsEntry("vpcSecurityGroupIds", List.of(named(plan, "platform-" + stack + "-db-sg").id()))
                .doesNotContainKeys("password", "masterPassword", "passwordWo");
        // The data key is not the secrets key: storage and the master secret are encrypted separately.
        assertThat(keyArn(plan, "data")).isNotEqualTo(keyArn(plan, "secrets"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void subnetGroupSpansExactlyTheThreeDataSubnets(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = single(plan, DB_SUBNET_GROUP);
        assertThat(group.name()).isEqualTo("platform-" + stack + "-db-subnets");
        assertThat((List<Object>) group.inputValues().get("subnetIds"))
                .containsExactlyInAnyOrderElementsOf(dataSubnetIds(plan))
                .doesNotContain(named(plan, "platform-" + stack + "-private-1").id(),
                        named(plan, "platform-" + stack + "-public-1").id());
        assertThat(single(plan, INSTANCE).inputValues()).containsEntry("dbSubnetGroupName", group.id());
    }

    @Test
    void monitoringRoleTrustsOnlyRdsEnhancedMonitoring() throws Exception {
        PlanResult plan = plan("staging");
        RecordedResource role = named(plan, "platform-staging-rds-monitoring-role");
        assertThat(single(plan, INSTANCE).inputValues().get("monitoringRoleArn"))
                .isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/" + role.id());
        JsonNode trust = JSON.readTree((String) role.inputValues().get("assumeRolePolicy")).get("Statement");
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0).at("/Principal/Service").asText()).isEqualTo("monitoring.rds.amazonaws.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void parameterGroupForcesTlsAndLogsConnections(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = single(plan, PARAMETER_GROUP);
        assertThat(group.name()).isEqualTo("platform-" + stack + "-db-params");
        assertThat(group.inputValues()).containsEntry("family", "postgres15");
        Map<String, String> parameters = maps(group.inputValues().get("parameters")).stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (String) p.get("value")));
        assertThat(parameters)
                .containsEntry("rds.force_ssl", "1")
                .containsEntry("log_connections", "1")
                .containsEntry("log_disconnections", "1");
        assertThat(maps(group.inputValues().get("parameters")))
                .allSatisfy(p -> assertThat(p).containsEntry("applyMethod", "pending-reboot"));
        assertThat(single(plan, INSTANCE).inputValues()).containsEntry("parameterGroupName", group.id());
    }

    @Test
    void parameterGroupFamilyFollowsTheMajorVersion() {
        PlanResult plan = planWithData("staging",
                "{\"database\":{\"engineVersion\":\"16.3\",\"autoMinorVersionUpgrade\":false}}");
        assertThat(single(plan, PARAMETER_GROUP).inputValues()).containsEntry("family", "postgres16");
        assertThat(single(plan, INSTANCE).inputValues()).containsEntry("engineVersion", "16.3");
    }

    @Test
    void configCanSwitchOnProductionSafeguardsInStaging() {
        PlanResult plan = planWithData("staging",
                "{\"database\":{\"deletionProtection\":true,\"finalSnapshot\":true,\"protect\":true,\"multiAz\":true}}");
        RecordedResource db = single(plan, INSTANCE);
        assertThat(db.inputValues())
                .containsEntry("deletionProtection", true)
                .containsEntry("skipFinalSnapshot", false)
                .containsEntry("finalSnapshotIdentifier", "platform-staging-db-final")
                .containsEntry("multiAz", true)
                .containsEntry("instanceClass", "db.t3.small");
        assertThat(db.protect()).isTrue();
        // Only the database is protected; its subnet and parameter groups stay replaceable.
        assertThat(single(plan, PARAMETER_GROUP).protect()).isFalse();
        assertThat(single(plan, DB_SUBNET_GROUP).protect()).isFalse();
    }

    @Test
    void configChangesSizeAndRetention() {
        PlanResult plan = planWithData("production",
                "{\"database\":{\"instanceClass\":\"db.r6g.large\",\"backupRetentionDays\":35,"
                        + "\"allocatedStorageGb\":50,\"maxAllocatedStorageGb\":500}}");
        assertThat(single(plan, INSTANCE).inputValues())
                .containsEntry("instanceClass", "db.r6g.large")
                .containsEntry("backupRetentionPeriod", 35L)
                .containsEntry("allocatedStorage", 50L)
                .containsEntry("maxAllocatedStorage", 500L)
                .containsEntry("multiAz", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theRdsVariantDeclaresNoAuroraResources(String stack) {
        PlanResult plan = plan(stack);
        assertThat(plan.ofType(CLUSTER)).isEmpty();
        assertThat(plan.ofType(CLUSTER_INSTANCE)).isEmpty();
        assertThat(plan.ofType(CLUSTER_PARAMETER_GROUP)).isEmpty();
    }

    private static Map<String, Object> withoutStackSpecifics(Map<String, Object> inputs) {
        Map<String, Object> copy = new java.util.HashMap<>(inputs);
        // Names, tags and ids of other resources differ by stack by construction.
        List.of("identifier", "tags", "kmsKeyId", "masterUserSecretKmsKeyId", "performanceInsightsKmsKeyId",
                "monitoringRoleArn", "vpcSecurityGroupIds", "dbSubnetGroupName", "parameterGroupName").forEach(copy::remove);
        return copy;
    }
}
