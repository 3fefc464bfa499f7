package io.platform.data;

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
import static io.platform.data.DataPlans.aurora;
import static io.platform.data.DataPlans.dataSubnetIds;
import static io.platform.data.DataPlans.keyArn;
import static io.platform.data.DataPlans.maps;
import static io.platform.data.DataPlans.monitoringRoleArn;
import static io.platform.data.DataPlans.planWithData;
import static io.platform.data.DataPlans.single;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2 / §3.3, Aurora PostgreSQL Serverless v2 ({@code platform:data.database.engine:
 * aurora-serverless-v2}): the same guarantees as the RDS instance, at cluster level.
 */
@SuppressWarnings("unchecked")
class PostgresAuroraTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void clusterIsServerlessV2AuroraPostgresWithTheConfiguredCapacity(String stack) {
        RecordedResource cluster = single(aurora(stack), CLUSTER);
        assertThat(cluster.name()).isEqualTo("platform-" + stack + "-db");
        assertThat(cluster.inputValues())
                .containsEntry("clusterIdentifier", "platform-" + stack + "-db")
                .containsEntry("engine", "aurora-postgresql")
                .containsEntry("engineMode", "provisioned")
                .containsEntry("engineVersion", "15.7")
                .containsEntry("serverlessv2ScalingConfiguration", Map.of("minCapacity", 1L, "maxCapacity", 8L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void clusterKeepsTheSameGuaranteesAsTheInstance(String stack) {
        PlanResult plan = aurora(stack);
        Map<String, Object> cluster = single(plan, CLUSTER).inputValues();
        assertThat(cluster)
                .containsEntry("storageEncrypted", true)
                .containsEntry("kmsKeyId", keyArn(plan, "data"))
                .containsEntry("manageMasterUserPassword", true)
                .containsEntry("masterUserSecretKmsKeyId", keyArn(plan, "secrets"))
                .containsEntry("masterUsername", "app_admin")
                .containsEntry("databaseName", "app")
                .containsEntry("port", 5432L)
                .containsEntry("preferredBackupWindow", "03:00-04:00")
                .containsEntry("preferredMaintenanceWindow", "sun:04:00-sun:05:00")
                .containsEntry("copyTagsToSnapshot", true)
                .containsEntry("enabledCloudwatchLogsExports", List.of("postgresql"))
                .containsEntry("iamDatabaseAuthenticationEnabled", true)
                .containsEntry("vpcSecurityGroupIds", List.of(named(plan, "platform-" + stack + "-db-sg").id()))
                .containsEntry("dbSubnetGroupName", single(plan, DB_SUBNET_GROUP).id())
                .doesNotContainKeys("masterPassword", "masterPasswordWo", "password");
        assertThat((List<Object>) single(plan, DB_SUBNET_GROUP).inputValues().get("subnetIds"))
                .containsExactlyInAnyOrderElementsOf(dataSubnetIds(plan));
    }

    @Test
    void stagingClusterIsDisposableAndProductionClusterIsProtected() {
        RecordedResource staging = single(aurora("staging"), CLUSTER);
        assertThat(staging.inputValues())
                .containsEntry("backupRetentionPeriod", 14L)
                .containsEntry("deletionProtection", false)
                .containsEntry("skipFinalSnapshot", true)
                .doesNotContainKey("finalSnapshotIdentifier");
        assertThat(staging.protect()).isFalse();

        RecordedResource production = single(aurora("production"), CLUSTER);
        assertThat(production.inputValues())
                .containsEntry("backupRetentionPeriod", 30L)
                .containsEntry("deletionProtection", true)
                .containsEntry("skipFinalSnapshot", false)
                .containsEntry("finalSnapshotIdentifier", "platform-production-db-final");
        assertThat(production.protect()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void twoServerlessInstancesJoinTheClusterPrivateMonitoredAndWithInsights(String stack) {
        PlanResult plan = aurora(stack);
        RecordedResource cluster = single(plan, CLUSTER);
        List<RecordedResource> instances = plan.ofType(CLUSTER_INSTANCE);
        assertThat(instances).extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-" + stack + "-db-1", "platform-" + stack + "-db-2");
        assertThat(instances).allSatisfy(instance -> {
            assertThat(instance.inputValues())
                    .containsEntry("identifier", instance.name())
                    .containsEntry("clusterIdentifier", cluster.id())
                    .containsEntry("engine", "aurora-postgresql")
                    .containsEntry("engineVersion", "15.7")
                    .containsEntry("instanceClass", "db.serverless")
                    .containsEntry("publiclyAccessible", false)
                    .containsEntry("dbSubnetGroupName", single(plan, DB_SUBNET_GROUP).id())
                    .containsEntry("performanceInsightsEnabled", true)
                    .containsEntry("performanceInsightsKmsKeyId", keyArn(plan, "data"))
                    .containsEntry("performanceInsightsRetentionPeriod", 7L)
                    .containsEntry("monitoringInterval", 60L)
                    .containsEntry("monitoringRoleArn", monitoringRoleArn(plan))
                    .containsEntry("copyTagsToSnapshot", true);
            assertThat(map(instance.inputValues().get("tags"))).containsEntry("Name", instance.name());
            assertThat(instance.protect()).isEqualTo(cluster.protect());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void clusterParameterGroupForcesTlsAndLogsConnections(String stack) {
        PlanResult plan = aurora(stack);
        RecordedResource group = single(plan, CLUSTER_PARAMETER_GROUP);
        assertThat(group.name()).isEqualTo("platform-" + stack + "-db-cluster-params");
        assertThat(group.inputValues()).containsEntry("family", "aurora-postgresql15");
        Map<String, String> parameters = maps(group.inputValues().get("parameters")).stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (String) p.get("value")));
        assertThat(parameters)
                .containsEntry("rds.force_ssl", "1")
                .containsEntry("log_connections", "1")
                .containsEntry("log_disconnections", "1");
        assertThat(single(plan, CLUSTER).inputValues()).containsEntry("dbClusterParameterGroupName", group.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theAuroraVariantDeclaresNoRdsInstanceOrInstanceParameterGroup(String stack) {
        PlanResult plan = aurora(stack);
        assertThat(plan.ofType(INSTANCE)).isEmpty();
        assertThat(plan.ofType(PARAMETER_GROUP)).isEmpty();
    }

    @Test
    void capacityAndInstanceCountDefaultPerEnvironment() {
        String engineOnly = "{\"database\":{\"engine\":\"aurora-serverless-v2\"}}";
        PlanResult staging = planWithData("staging", engineOnly);
        assertThat(single(staging, CLUSTER).inputValues())
                .containsEntry("serverlessv2ScalingConfiguration", Map.of("minCapacity", 0.5, "maxCapacity", 2L));
        assertThat(staging.ofType(CLUSTER_INSTANCE)).extracting(RecordedResource::name)
                .containsExactly("platform-staging-db-1");

        PlanResult production = planWithData("production", engineOnly);
        assertThat(single(production, CLUSTER).inputValues())
                .containsEntry("serverlessv2ScalingConfiguration", Map.of("minCapacity", 0.5, "maxCapacity", 8L));
        assertThat(production.ofType(CLUSTER_INSTANCE)).hasSize(2);
    }

    @Test
    void halfAcuStepsReachTheCluster() {
        PlanResult plan = planWithData("production", "{\"database\":{\"engine\":\"aurora-serverless-v2\","
                + "\"minCapacityAcu\":2.5,\"maxCapacityAcu\":64,\"auroraInstances\":3,\"engineVersion\":\"16.4\"}}");
        assertThat(single(plan, CLUSTER).inputValues())
                .containsEntry("serverlessv2ScalingConfiguration", Map.of("minCapacity", 2.5, "maxCapacity", 64L))
                .containsEntry("engineVersion", "16.4");
        assertThat(single(plan, CLUSTER_PARAMETER_GROUP).inputValues()).containsEntry("family", "aurora-postgresql16");
        assertThat(plan.ofType(CLUSTER_INSTANCE)).hasSize(3)
                .allSatisfy(i -> assertThat(i.inputValues()).containsEntry("engineVersion", "16.4"));
    }
}
