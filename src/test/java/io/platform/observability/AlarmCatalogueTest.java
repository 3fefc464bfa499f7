package io.platform.observability;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.ECS_CLUSTER;
import static io.platform.observability.OpsPlans.ECS_SERVICE;
import static io.platform.observability.OpsPlans.LOAD_BALANCER;
import static io.platform.observability.OpsPlans.OBSERVABILITY;
import static io.platform.observability.OpsPlans.RDS_CLUSTER;
import static io.platform.observability.OpsPlans.RDS_INSTANCE;
import static io.platform.observability.OpsPlans.REDIS;
import static io.platform.observability.OpsPlans.TARGET_GROUP;
import static io.platform.observability.OpsPlans.TOPIC;
import static io.platform.observability.OpsPlans.albArnSuffix;
import static io.platform.observability.OpsPlans.aurora;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.map;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.prefix;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.targetGroupArnSuffix;
import static io.platform.observability.OpsPlans.topicArn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3.6 alarms: the complete set per stack, each pinned as (metric, statistic, comparison,
 * threshold, period, evaluation periods, missing-data treatment, dimensions), with every dimension
 * bound to the real resource it watches, and alarm and OK actions on the alert topic.
 */
class AlarmCatalogueTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;
    /** PostgreSQL on RDS: max_connections = LEAST(DBInstanceClassMemory / 9531392, 5000). */
    private static final long BYTES_PER_CONNECTION = 9_531_392L;
    private static final String GT = "GreaterThanThreshold";
    private static final String LT = "LessThanThreshold";

    /** One alarm as CloudWatch evaluates it. {@code statistic} is the statistic or the extended (percentile) one. */
    record Alarm(String name, String namespace, String metric, String statistic, String comparison, double threshold,
                 long period, long evaluationPeriods, String treatMissingData, Map<String, String> dimensions) {
    }

    private static Alarm alarm(RecordedResource resource) {
        Map<String, Object> in = resource.inputValues();
        assertThat(in.containsKey("statistic") ^ in.containsKey("extendedStatistic"))
                .as("%s has exactly one of statistic and extendedStatistic: %s", resource.name(), in).isTrue();
        Map<String, String> dimensions = new LinkedHashMap<>();
        if (in.get("dimensions") != null) {
            map(in.get("dimensions")).forEach((k, v) -> dimensions.put(k, (String) v));
        }
        String statistic = (String) (in.containsKey("statistic") ? in.get("statistic") : in.get("extendedStatistic"));
        return new Alarm((String) in.get("name"), (String) in.get("namespace"), (String) in.get("metricName"), statistic,
                (String) in.get("comparisonOperator"), ((Number) in.get("threshold")).doubleValue(),
                ((Number) in.get("period")).longValue(), ((Number) in.get("evaluationPeriods")).longValue(),
                (String) in.get("treatMissingData"), Map.copyOf(dimensions));
    }

    private static List<Alarm> alarms(PlanResult plan) {
        return OpsPlans.tier(plan, ALARM).stream().map(AlarmCatalogueTest::alarm).toList();
    }

    private static Alarm alarmNamed(PlanResult plan, String shortName) {
        return alarm(resource(plan, ALARM, shortName));
    }

    private static String input(RecordedResource resource, String key) {
        return (String) resource.inputValues().get(key);
    }

    private static long maxConnections(long memoryGib) {
        return Math.min(memoryGib * GIB / BYTES_PER_CONNECTION, 5000);
    }

    /**
     * What SPEC §3.6 asks of a stack with the api (public) and worker services, an RDS instance and
     * {@code cacheNodes} Redis members, written out from the thresholds and bound to this plan's
     * resources as the simulated AWS names them.
     */
    private static List<Alarm> expected(PlanResult plan, int minTasks, double connectionsThreshold, int cacheNodes) {
        String p = prefix(plan);
        String env = plan.config().naming().environment();
        Map<String, String> alb = Map.of("LoadBalancer", albArnSuffix(plan));
        String cluster = input(resource(plan, ECS_CLUSTER, "cluster"), "name");
        Map<String, String> db = Map.of("DBInstanceIdentifier", input(resource(plan, RDS_INSTANCE, "db"), "identifier"));
        String group = input(resource(plan, REDIS, "redis"), "replicationGroupId");

        List<Alarm> out = new ArrayList<>();
        out.add(new Alarm(p + "alb-5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum", GT, 10, 60, 1,
                "notBreaching", alb));
        out.add(new Alarm(p + "alb-4xx", "AWS/ApplicationELB", "HTTPCode_Target_4XX_Count", "Sum", GT, 100, 60, 1,
                "notBreaching", alb));
        out.add(new Alarm(p + "alb-p99-latency", "AWS/ApplicationELB", "TargetResponseTime", "p99", GT, 2, 60, 3,
                "notBreaching", alb));
        out.add(new Alarm(p + "alb-unhealthy-api", "AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", GT, 0, 60, 2,
                "notBreaching", Map.of("LoadBalancer", albArnSuffix(plan),
                "TargetGroup", targetGroupArnSuffix(resource(plan, TARGET_GROUP, "tg-api")))));
        // Fewer healthy targets than the service's floor of tasks: silence (no target group data) is an outage.
        out.add(new Alarm(p + "alb-healthy-api", "AWS/ApplicationELB", "HealthyHostCount", "Minimum", LT, minTasks, 60,
                3, "breaching", Map.of("LoadBalancer", albArnSuffix(plan),
                "TargetGroup", targetGroupArnSuffix(resource(plan, TARGET_GROUP, "tg-api")))));
        for (String service : List.of("api", "worker")) {
            Map<String, String> ecs = Map.of("ClusterName", cluster,
                    "ServiceName", input(resource(plan, ECS_SERVICE, service), "name"));
            out.add(new Alarm(p + "ecs-cpu-" + service, "AWS/ECS", "CPUUtilization", "Average", GT, 80, 60, 5, "missing",
                    ecs));
            out.add(new Alarm(p + "ecs-memory-" + service, "AWS/ECS", "MemoryUtilization", "Average", GT, 85, 60, 5,
                    "missing", ecs));
            out.add(new Alarm(p + "ecs-running-" + service, "ECS/ContainerInsights", "RunningTaskCount", "Minimum", LT,
                    minTasks, 60, 3, "breaching", ecs));
            out.add(new Alarm(p + "app-errors-" + service, "platform/" + env, service + "-error-lines", "Sum", GT, 10, 60,
                    1, "notBreaching", Map.of()));
        }
        out.add(new Alarm(p + "rds-cpu", "AWS/RDS", "CPUUtilization", "Average", GT, 80, 300, 2, "missing", db));
        out.add(new Alarm(p + "rds-connections", "AWS/RDS", "DatabaseConnections", "Maximum", GT, connectionsThreshold,
                60, 5, "missing", db));
        out.add(new Alarm(p + "rds-read-latency", "AWS/RDS", "ReadLatency", "Average", GT, 0.020, 60, 5, "missing", db));
        out.add(new Alarm(p + "rds-write-latency", "AWS/RDS", "WriteLatency", "Average", GT, 0.020, 60, 5, "missing", db));
        out.add(new Alarm(p + "rds-freeable-memory", "AWS/RDS", "FreeableMemory", "Average", LT, 512 * MIB, 300, 1,
                "breaching", db));
        out.add(new Alarm(p + "rds-free-storage", "AWS/RDS", "FreeStorageSpace", "Minimum", LT, 10 * GIB, 300, 1,
                "breaching", db));
        for (int node = 1; node <= cacheNodes; node++) {
            String member = String.format("%03d", node);
            Map<String, String> cache = Map.of("CacheClusterId", group + "-" + member);
            out.add(new Alarm(p + "redis-cpu-" + member, "AWS/ElastiCache", "EngineCPUUtilization", "Average", GT, 75, 60,
                    5, "missing", cache));
            out.add(new Alarm(p + "redis-memory-" + member, "AWS/ElastiCache", "DatabaseMemoryUsagePercentage",
                    "Average", GT, 80, 60, 5, "missing", cache));
            out.add(new Alarm(p + "redis-evictions-" + member, "AWS/ElastiCache", "Evictions", "Sum", GT, 1000, 300, 1,
                    "notBreaching", cache));
            out.add(new Alarm(p + "redis-connections-" + member, "AWS/ElastiCache", "CurrConnections", "Maximum", GT,
                    1000, 60, 5, "missing", cache));
            out.add(new Alarm(p + "redis-cache-hit-rate-" + member, "AWS/ElastiCache", "CacheHitRate", "Average", LT,
                    80, 300, 3, "notBreaching", cache));
            // Any member can be the replica after a failover: lag is watched on all of them.
            if (cacheNodes > 1) {
                out.add(new Alarm(p + "redis-replication-lag-" + member, "AWS/ElastiCache", "ReplicationLag", "Maximum",
                        GT, 1, 60, 3, "missing", cache));
            }
        }
        // CloudFront publishes in us-east-1 only; the web front end's distribution, with Region=Global.
        String distribution = resource(plan, "aws:cloudfront/distribution:Distribution", "web-cdn").id();
        out.add(new Alarm(p + "cdn-5xx-web", "AWS/CloudFront", "5xxErrorRate", "Average", GT, 5, 300, 1,
                "notBreaching", Map.of("DistributionId", distribution, "Region", "Global")));
        return out;
    }

    @ParameterizedTest(name = "{0}: min tasks {1}, {2} GiB database, {3} cache node(s)")
    @CsvSource({"staging, 2, 2, 1", "production, 3, 4, 2"})
    void everyAlarmOfTheStackIsPinnedWithItsMetricThresholdAndRealDimensions(String stack, int minTasks, long memoryGib,
                                                                             int cacheNodes) {
        PlanResult plan = plan(stack);
        double connections = Math.floor(0.8 * maxConnections(memoryGib));
        assertThat(alarms(plan)).containsExactlyInAnyOrderElementsOf(expected(plan, minTasks, connections, cacheNodes));
    }

    @Test
    void theConnectionsThresholdIsEightyPercentOfTheClassMaxConnections() {
        // db.t3.small: 2 GiB / 9531392 = 225 connections; db.t3.medium: 4 GiB → 450.
        assertThat(maxConnections(2)).isEqualTo(225);
        assertThat(maxConnections(4)).isEqualTo(450);
        assertThat(alarmNamed(plan("staging"), "rds-connections").threshold()).isEqualTo(180.0);
        assertThat(alarmNamed(plan("production"), "rds-connections").threshold()).isEqualTo(360.0);
        assertThat(resource(plan("staging"), ALARM, "rds-connections").inputValues())
                .containsEntry("alarmDescription", "Database connections: Maximum > 180 in 5 of 5 periods of 60 s [warning]");
    }

    @Test
    void configuredMaxConnectionsReplacesTheDerivedOne() {
        PlanResult plan = planWith("staging", Map.of("platform:observability", "{\"databaseMaxConnections\":1000}"));
        assertThat(alarmNamed(plan, "rds-connections").threshold()).isEqualTo(800.0);
        assertThat(resource(plan, ALARM, "rds-connections").inputValues())
                .containsEntry("alarmDescription", "Database connections: Maximum > 800 in 5 of 5 periods of 60 s [warning]");
    }

    @Test
    void anUnknownInstanceClassPlansOnceMaxConnectionsIsGiven() {
        PlanResult plan = planWith("staging", Map.of(
                "platform:data", "{\"database\":{\"instanceClass\":\"db.m6i.32xlarge\"}}",
                "platform:observability", "{\"databaseMaxConnections\":5000}"));
        assertThat(alarmNamed(plan, "rds-connections").threshold()).isEqualTo(4000.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyAlarmNotifiesItsSeverityTopicAndCriticalOnesAlsoOnRecovery(String stack) {
        PlanResult plan = plan(stack);
        assertThat(topicArn(plan)).isEqualTo("arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-" + stack + "-alerts");
        Map<String, String> topics = Map.of("critical", "alerts", "warning", "alerts-warning", "info", "alerts-info");
        assertThat(OpsPlans.tier(plan, ALARM)).hasSizeGreaterThanOrEqualTo(24).allSatisfy(alarm -> {
            Map<String, Object> in = alarm.inputValues();
            String severity = (String) map(in.get("tags")).get("Severity");
            RecordedResource topic = resource(plan, TOPIC, topics.get(severity));
            String arn = "arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-" + stack + "-" + topics.get(severity);
            assertThat(in).containsEntry("alarmActions", List.of(arn))
                    // Every period of the evaluation window must breach: no single spike pages anyone.
                    .containsEntry("datapointsToAlarm", in.get("evaluationPeriods"))
                    .containsEntry("name", alarm.name());
            assertThat(sources(alarm, "alarmActions")).containsExactly(topic.urn());
            if (severity.equals("critical")) {
                assertThat(in).containsEntry("okActions", List.of(arn));
            } else {
                assertThat(in).doesNotContainKey("okActions");
            }
            assertThat(map(in.get("tags"))).containsEntry("Name", alarm.name())
                    .containsEntry("Environment", stack).containsEntry("Project", "platform");
            assertThat(alarm.parent()).isEqualTo(component(plan, OBSERVABILITY).urn());
            assertThat((String) in.get("alarmDescription")).endsWith("[" + severity + "]");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void dimensionsAreTakenFromTheResourcesTheyName(String stack) {
        PlanResult plan = plan(stack);
        String alb = resource(plan, LOAD_BALANCER, "alb").urn();
        String tg = resource(plan, TARGET_GROUP, "tg-api").urn();
        String cluster = resource(plan, ECS_CLUSTER, "cluster").urn();
        String db = resource(plan, RDS_INSTANCE, "db").urn();
        String redis = resource(plan, REDIS, "redis").urn();
        assertThat(sources(resource(plan, ALARM, "alb-5xx"), "dimensions")).containsExactly(alb);
        assertThat(sources(resource(plan, ALARM, "alb-p99-latency"), "dimensions")).containsExactly(alb);
        assertThat(sources(resource(plan, ALARM, "alb-unhealthy-api"), "dimensions")).containsExactlyInAnyOrder(alb, tg);
        for (String service : List.of("api", "worker")) {
            String serviceUrn = resource(plan, ECS_SERVICE, service).urn();
            for (String alarm : List.of("ecs-cpu-", "ecs-memory-", "ecs-running-")) {
                assertThat(sources(resource(plan, ALARM, alarm + service), "dimensions"))
                        .containsExactlyInAnyOrder(cluster, serviceUrn);
            }
        }
        for (String alarm : List.of("rds-cpu", "rds-connections", "rds-read-latency", "rds-write-latency",
                "rds-freeable-memory", "rds-free-storage")) {
            assertThat(sources(resource(plan, ALARM, alarm), "dimensions")).as(alarm).containsExactly(db);
        }
        assertThat(plan.ofType(ALARM).stream().filter(a -> a.name().contains("-redis-")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(sources(a, "dimensions")).containsExactly(redis));
    }

    @Test
    void replicationLagIsWatchedOnEveryMemberWhenThereIsAReplica() {
        assertThat(plan("staging").ofType(ALARM)).noneMatch(a -> a.name().contains("replication-lag"));
        // After a failover the old primary is the replica: both members are watched.
        assertThat(plan("production").ofType(ALARM).stream().filter(a -> a.name().contains("replication-lag")))
                .extracting(lag -> map(lag.inputValues().get("dimensions")).get("CacheClusterId"))
                .containsExactlyInAnyOrder("platform-production-redis-001", "platform-production-redis-002");
    }

    @Test
    void auroraIsWatchedByClusterIdentifierAndHasNoFreeStorageAlarm() {
        PlanResult plan = aurora();
        RecordedResource cluster = resource(plan, RDS_CLUSTER, "db");
        Map<String, String> dims = Map.of("DBClusterIdentifier", input(cluster, "clusterIdentifier"));
        assertThat(dims).containsEntry("DBClusterIdentifier", "platform-staging-db");
        // Serverless v2 with an 8 ACU ceiling: 16 GiB → 1802 connections → alarm above 1441.
        double connections = Math.floor(0.8 * maxConnections(16));
        assertThat(connections).isEqualTo(1441.0);

        List<Alarm> rds = alarms(plan).stream().filter(a -> a.namespace().equals("AWS/RDS")).toList();
        assertThat(rds).containsExactlyInAnyOrder(
                new Alarm("platform-staging-rds-cpu", "AWS/RDS", "CPUUtilization", "Average", GT, 80, 300, 2, "missing",
                        dims),
                new Alarm("platform-staging-rds-connections", "AWS/RDS", "DatabaseConnections", "Maximum", GT,
                        connections, 60, 5, "missing", dims),
                new Alarm("platform-staging-rds-read-latency", "AWS/RDS", "ReadLatency", "Average", GT, 0.020, 60, 5,
                        "missing", dims),
                new Alarm("platform-staging-rds-write-latency", "AWS/RDS", "WriteLatency", "Average", GT, 0.020, 60, 5,
                        "missing", dims),
                new Alarm("platform-staging-rds-freeable-memory", "AWS/RDS", "FreeableMemory", "Average", LT, 512 * MIB,
                        300, 1, "breaching", dims));
        assertThat(plan.ofType(ALARM)).noneMatch(a -> a.name().endsWith("rds-free-storage"));
        assertThat(plan.ofType(ALARM).stream().filter(a -> a.name().contains("-rds-")))
                .allSatisfy(a -> assertThat(sources(a, "dimensions")).containsExactly(cluster.urn()));
        // Everything else is the instance stack's set.
        assertThat(alarms(plan).stream().filter(a -> !a.namespace().equals("AWS/RDS")).toList())
                .containsExactlyInAnyOrderElementsOf(alarms(plan("staging")).stream()
                        .filter(a -> !a.namespace().equals("AWS/RDS")).toList());
    }

    @Test
    void theCloudFrontAlarmNotifiesTheSameTopicInUsEast1Stacks() {
        PlanResult plan = plan("production");
        assertThat(plan.ofType(ALARM)).filteredOn(a -> "AWS/CloudFront".equals(a.inputValues().get("namespace")))
                .singleElement().satisfies(a -> assertThat(a.inputValues().get("alarmActions"))
                        .isEqualTo(List.of("arn:aws:sns:us-east-1:" + ACCOUNT + ":platform-production-alerts-warning")));
        // us-east-1 stacks need no second set of topics for CloudFront's us-east-1 alarms.
        assertThat(plan.ofType(TOPIC)).hasSize(3);
    }
}
