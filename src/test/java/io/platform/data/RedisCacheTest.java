package io.platform.data;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.data.DataPlans.CACHE_SUBNET_GROUP;
import static io.platform.data.DataPlans.REPLICATION_GROUP;
import static io.platform.data.DataPlans.dataSubnetIds;
import static io.platform.data.DataPlans.isMarkedSecret;
import static io.platform.data.DataPlans.keyArn;
import static io.platform.data.DataPlans.planWithData;
import static io.platform.data.DataPlans.single;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2 and §3.3: the ElastiCache Redis replication group of each stack. */
@SuppressWarnings("unchecked")
class RedisCacheTest {

    @Test
    void stagingIsOneSmallNodeWithoutFailover() {
        RecordedResource redis = single(plan("staging"), REPLICATION_GROUP);
        assertThat(redis.name()).isEqualTo("platform-staging-redis");
        assertThat(redis.inputValues())
                .containsEntry("replicationGroupId", "platform-staging-redis")
                .containsEntry("nodeType", "cache.t3.small")
                .containsEntry("numCacheClusters", 1L)
                .containsEntry("automaticFailoverEnabled", false)
                .containsEntry("multiAzEnabled", false);
    }

    @Test
    void productionIsAMediumPrimaryWithAReplicaMultiAzAndAutomaticFailover() {
        RecordedResource redis = single(plan("production"), REPLICATION_GROUP);
        assertThat(redis.name()).isEqualTo("platform-production-redis");
        assertThat(redis.inputValues())
                .containsEntry("replicationGroupId", "platform-production-redis")
                .containsEntry("nodeType", "cache.t3.medium")
                .containsEntry("numCacheClusters", 2L)
                .containsEntry("automaticFailoverEnabled", true)
                .containsEntry("multiAzEnabled", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyGroupIsEncryptedAuthenticatedAndSnapshotted(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource redis = single(plan, REPLICATION_GROUP);
        assertThat(redis.inputValues())
                .containsEntry("engine", "redis")
                .containsEntry("engineVersion", "7.1")
                .containsEntry("port", 6379L)
                .containsEntry("atRestEncryptionEnabled", true)
                .containsEntry("kmsKeyId", keyArn(plan, "data"))
                .containsEntry("transitEncryptionEnabled", true)
                .containsEntry("authToken", "[secret]")
                .containsEntry("snapshotRetentionLimit", 5L)
                .containsEntry("snapshotWindow", "05:00-06:00")
                .containsEntry("maintenanceWindow", "sun:06:00-sun:07:00")
                .containsEntry("securityGroupIds", List.of(named(plan, "platform-" + stack + "-redis-sg").id()));
        assertThat(isMarkedSecret(redis, "authToken")).as("authToken travels as a Pulumi secret").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void groupLivesInTheThreeDataSubnets(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource subnets = single(plan, CACHE_SUBNET_GROUP);
        assertThat(subnets.inputValues()).containsEntry("name", "platform-" + stack + "-redis-subnets");
        assertThat((List<Object>) subnets.inputValues().get("subnetIds")).containsExactlyInAnyOrderElementsOf(dataSubnetIds(plan));
        assertThat(single(plan, REPLICATION_GROUP).inputValues()).containsEntry("subnetGroupName", subnets.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void slowLogGoesToAKmsEncryptedLogGroupWithTheStackRetention(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = named(plan, "platform-" + stack + "-redis-slow-log");
        assertThat(group.inputValues())
                .containsEntry("name", "/platform/" + stack + "/redis/slow-log")
                .containsEntry("kmsKeyId", keyArn(plan, "logs"))
                .containsEntry("retentionInDays", stack.equals("production") ? 90L : 30L);
        assertThat(single(plan, REPLICATION_GROUP).inputValues().get("logDeliveryConfigurations"))
                .isEqualTo(List.of(Map.of(
                        "destination", group.id(),
                        "destinationType", "cloudwatch-logs",
                        "logFormat", "json",
                        "logType", "slow-log")));
    }

    @Test
    void moreReplicasMeanMoreNodesAndFailoverEvenInStaging() {
        PlanResult plan = planWithData("staging", "{\"redis\":{\"replicas\":2,\"nodeType\":\"cache.r7g.large\"}}");
        assertThat(single(plan, REPLICATION_GROUP).inputValues())
                .containsEntry("nodeType", "cache.r7g.large")
                .containsEntry("numCacheClusters", 3L)
                .containsEntry("automaticFailoverEnabled", true)
                .containsEntry("multiAzEnabled", true);
    }

    @Test
    void withoutAReplicaProductionHasNoFailover() {
        PlanResult plan = planWithData("production", "{\"redis\":{\"replicas\":0,\"snapshotRetentionDays\":10}}");
        assertThat(single(plan, REPLICATION_GROUP).inputValues())
                .containsEntry("nodeType", "cache.t3.medium")
                .containsEntry("numCacheClusters", 1L)
                .containsEntry("automaticFailoverEnabled", false)
                .containsEntry("multiAzEnabled", false)
                .containsEntry("snapshotRetentionLimit", 10L);
    }

    @Test
    void aRealTokenValueStaysMarkedSecret() {
        String token = "redis-token-that-must-not-show-0123456789";
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:redisAuthToken", token)));
        RecordedResource redis = single(plan, REPLICATION_GROUP);
        assertThat(redis.inputValues()).containsEntry("authToken", "[secret]");
        assertThat(isMarkedSecret(redis, "authToken")).isTrue();
    }
}
