package io.platform.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 2: Redis switched off (seed 002 has none) leaves nothing of it behind; cluster mode
 * (seed 004: 3 shards × (1 + 2)) gets the parameter group that turns it on and alarms on every node.
 */
class RedisShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void withRedisOffNoRedisResourceRuleSecretAlarmOrVariableExists() throws Exception {
        PlanResult plan = SeedStacks.plan("credentialmate");
        assertThat(plan.declared()).noneMatch(r -> r.type().startsWith("aws:elasticache/"));
        assertThat(plan.declared()).extracting(RecordedResource::name).noneMatch(n -> n.contains("redis"));
        // No group, no app → Redis rules, no data-tier NACL entry for 6379.
        assertThat(plan.ofType("aws:ec2/securityGroup:SecurityGroup")).extracting(RecordedResource::name)
                .containsExactlyInAnyOrder("platform-staging-alb-sg", "platform-staging-app-sg", "platform-staging-db-sg",
                        "platform-staging-vpce-sg", "platform-staging-api-svc-sg", "platform-staging-worker-svc-sg");
        assertThat(plan.ofType("aws:ec2/networkAclRule:NetworkAclRule")).noneMatch(r ->
                Long.valueOf(6379).equals(r.inputValues().get("fromPort")));
        assertThat(plan.ofType("aws:secretsmanager/secret:Secret")).extracting(r -> r.inputValues().get("name"))
                .doesNotContain("/staging/redis/auth-token");
        assertThat(plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm"))
                .noneMatch(r -> "AWS/ElastiCache".equals(r.inputValues().get("namespace")));
        for (String task : List.of("api", "worker")) {
            JsonNode container = JSON.readTree((String) named(plan, "platform-staging-" + task + "-task").inputValues()
                    .get("containerDefinitions")).get(0);
            List<String> names = new ArrayList<>();
            container.get("environment").forEach(e -> names.add(e.get("name").asText()));
            container.get("secrets").forEach(e -> names.add(e.get("name").asText()));
            assertThat(names).doesNotContain("REDIS_HOST", "REDIS_PORT", "REDIS_AUTH_TOKEN").contains("DATABASE_HOST");
        }
        String dashboard = (String) named(plan, "platform-staging-dashboard").inputValues().get("dashboardBody");
        assertThat(dashboard).contains("## Database metrics").doesNotContain("Cache metrics", "ElastiCache");
    }

    @Test
    void clusterModeIsThreeShardsOfThreeNodesBehindAClusterParameterGroup() {
        PlanResult plan = SeedStacks.plan("techcorp");
        RecordedResource group = named(plan, "techcorp-production-redis");
        RecordedResource parameters = named(plan, "techcorp-production-redis-params");
        assertThat(parameters.inputValues()).containsEntry("family", "redis7")
                .containsEntry("name", "techcorp-production-redis-params")
                .containsEntry("parameters", List.of(Map.of("name", "cluster-enabled", "value", "yes")));
        assertThat(group.inputValues())
                .containsEntry("clusterMode", "enabled")
                .containsEntry("numNodeGroups", 3L)
                .containsEntry("replicasPerNodeGroup", 2L)
                .containsEntry("parameterGroupName", "techcorp-production-redis-params")
                .containsEntry("automaticFailoverEnabled", true)
                .containsEntry("multiAzEnabled", true)
                .containsEntry("nodeType", "cache.r6g.large")
                .containsEntry("engineVersion", "7.0")
                .containsEntry("transitEncryptionEnabled", true)
                .containsEntry("atRestEncryptionEnabled", true)
                .doesNotContainKey("numCacheClusters");
    }

    @Test
    void everyNodeOfEveryShardIsAlarmedAndTheAppUsesTheConfigurationEndpoint() throws Exception {
        PlanResult plan = SeedStacks.plan("techcorp");
        List<RecordedResource> alarms = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(r -> "AWS/ElastiCache".equals(r.inputValues().get("namespace"))).toList();
        // 9 nodes × CPU, memory, evictions, connections, replication lag and cache hit rate.
        assertThat(alarms).hasSize(54);
        assertThat(alarms).extracting(r -> (Object) ((Map<?, ?>) r.inputValues().get("dimensions")).get("CacheClusterId"))
                .contains("techcorp-production-redis-0001-001", "techcorp-production-redis-0002-003",
                        "techcorp-production-redis-0003-002");
        assertThat(named(plan, "techcorp-production-redis-replication-lag-0003-003").inputValues())
                .containsEntry("metricName", "ReplicationLag").containsEntry("threshold", 1L);
        assertThat(named(plan, "techcorp-production-redis-cache-hit-rate-0002-001").inputValues())
                .containsEntry("metricName", "CacheHitRate").containsEntry("comparisonOperator", "LessThanThreshold")
                .containsEntry("threshold", 80L);
        JsonNode container = JSON.readTree((String) named(plan, "techcorp-production-api-task").inputValues()
                .get("containerDefinitions")).get(0);
        Map<String, String> env = new java.util.HashMap<>();
        container.get("environment").forEach(e -> env.put(e.get("name").asText(), e.get("value").asText()));
        assertThat(env.get("REDIS_HOST")).startsWith("clustercfg.techcorp-production-redis.").endsWith(".cache.amazonaws.com");
        String dashboard = (String) named(plan, "techcorp-production-dashboard").inputValues().get("dashboardBody");
        assertThat(dashboard).contains("techcorp-production-redis-0003-003");
    }
}
