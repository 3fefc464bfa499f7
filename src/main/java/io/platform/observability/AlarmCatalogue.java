package io.platform.observability;

import com.pulumi.core.Output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.platform.observability.AlarmSpec.GREATER;
import static io.platform.observability.AlarmSpec.LESS;

/**
 * Every alarm of SPEC §3.6 (thresholds from seed 001 §10.1, seed 003 where stricter), bound to
 * the stack's real resources: per target group for host health, per service for ECS, per
 * cache node for Redis.
 */
final class AlarmCatalogue {
    static final int MINUTE = 60;
    static final long GIB = 1024L * 1024 * 1024;
    static final long MIB = 1024L * 1024;
    /** Namespace of the application's own metrics, including the ERROR log-line counts. */
    static String appNamespace(ObservabilityArgs args) {
        return args.naming().project() + "/" + args.naming().environment();
    }

    private AlarmCatalogue() {
    }

    static List<AlarmSpec> regional(ObservabilityArgs args) {
        List<AlarmSpec> alarms = new ArrayList<>();
        var alb = Map.of("LoadBalancer", args.alb().arnSuffix());
        alarms.add(new AlarmSpec("alb-5xx", "More than 10 target 5XX responses in a minute", "AWS/ApplicationELB",
                "HTTPCode_Target_5XX_Count", "Sum", alb, GREATER, 10, MINUTE, 1, "notBreaching"));
        alarms.add(new AlarmSpec("alb-4xx", "More than 100 target 4XX responses in a minute", "AWS/ApplicationELB",
                "HTTPCode_Target_4XX_Count", "Sum", alb, GREATER, 100, MINUTE, 1, "notBreaching"));
        alarms.add(new AlarmSpec("alb-p99-latency", "p99 target response time above 2 s for 3 minutes",
                "AWS/ApplicationELB", "TargetResponseTime", "p99", alb, GREATER, 2, MINUTE, 3, "notBreaching"));
        args.alb().targetGroups().forEach((service, targetGroup) -> alarms.add(new AlarmSpec(
                "alb-unhealthy-" + service, "Unhealthy " + service + " targets behind the ALB", "AWS/ApplicationELB",
                "UnHealthyHostCount", "Maximum", Map.of("LoadBalancer", args.alb().arnSuffix(), "TargetGroup", targetGroup),
                GREATER, 0, MINUTE, 2, "notBreaching")));

        for (var service : args.services()) {
            var dims = Map.of("ClusterName", args.clusterName(), "ServiceName", service.serviceName());
            alarms.add(new AlarmSpec("ecs-cpu-" + service.name(), service.name() + " CPU above 80 % for 5 minutes",
                    "AWS/ECS", "CPUUtilization", "Average", dims, GREATER, 80, MINUTE, 5, "missing"));
            alarms.add(new AlarmSpec("ecs-memory-" + service.name(), service.name() + " memory above 85 % for 5 minutes",
                    "AWS/ECS", "MemoryUtilization", "Average", dims, GREATER, 85, MINUTE, 5, "missing"));
            // No data means no task reports at all: that is the outage this alarm exists for — unless the
            // stack is scaled to zero every night on purpose, when it would page twice a day.
            if (!args.scheduledDowntime()) {
                alarms.add(new AlarmSpec("ecs-running-" + service.name(), service.name() + " runs fewer than its "
                    + service.minTasks() + " minimum tasks", "ECS/ContainerInsights", "RunningTaskCount", "Minimum",
                        dims, LESS, service.minTasks(), MINUTE, 3, "breaching"));
            }
            alarms.add(new AlarmSpec("app-errors-" + service.name(), "More than 10 ERROR log lines a minute from "
                    + service.name(), appNamespace(args), MetricFilters.metricName(service.name()), "Sum", Map.of(),
                    GREATER, 10, MINUTE, 1, "notBreaching"));
        }

        var db = args.database();
        // A stopped database reports nothing: only treat that as an outage when it is never stopped on purpose.
        String silentDatabase = args.scheduledDowntime() ? "missing" : "breaching";
        var dbDims = Map.of(db.cluster() ? "DBClusterIdentifier" : "DBInstanceIdentifier", db.identifier());
        alarms.add(new AlarmSpec("rds-cpu", "Database CPU above 80 % for 10 minutes", "AWS/RDS", "CPUUtilization",
                "Average", dbDims, GREATER, 80, 5 * MINUTE, 2, "missing"));
        alarms.add(new AlarmSpec("rds-connections", "Database connections above 80 % of max_connections ("
                + db.maxConnections() + ")", "AWS/RDS", "DatabaseConnections", "Maximum", dbDims, GREATER,
                Math.floor(db.maxConnections() * 0.8), MINUTE, 5, "missing"));
        alarms.add(new AlarmSpec("rds-read-latency", "Database read latency above 20 ms", "AWS/RDS", "ReadLatency",
                "Average", dbDims, GREATER, 0.020, MINUTE, 5, "missing"));
        alarms.add(new AlarmSpec("rds-write-latency", "Database write latency above 20 ms", "AWS/RDS", "WriteLatency",
                "Average", dbDims, GREATER, 0.020, MINUTE, 5, "missing"));
        alarms.add(new AlarmSpec("rds-freeable-memory", "Database freeable memory below 512 MB", "AWS/RDS",
                "FreeableMemory", "Average", dbDims, LESS, 512 * MIB, 5 * MINUTE, 1, silentDatabase));
        if (!db.cluster()) {
            // Aurora storage grows by itself; only an instance can run out.
            alarms.add(new AlarmSpec("rds-free-storage", "Database free storage below 10 GB", "AWS/RDS",
                    "FreeStorageSpace", "Minimum", dbDims, LESS, 10 * GIB, 5 * MINUTE, 1, silentDatabase));
        }

        args.cache().ifPresent(cache -> alarms.addAll(redis(cache)));
        return alarms;
    }

    /**
     * A read replica: how far it is behind its source (a broken link stops the metric, so silence counts),
     * and the instance alarms of the source with the same thresholds.
     */
    static List<AlarmSpec> replica(ObservabilityArgs.Replica replica) {
        var dims = Map.of("DBInstanceIdentifier", replica.identifier());
        String name = replica.name();
        return List.of(
                new AlarmSpec("rds-replica-lag-" + name, "Read replica " + name + " more than 60 s behind for 5 minutes",
                        "AWS/RDS", "ReplicaLag", "Maximum", dims, GREATER, 60, MINUTE, 5, "breaching"),
                new AlarmSpec("rds-cpu-" + name, "Read replica " + name + " CPU above 80 % for 10 minutes", "AWS/RDS",
                        "CPUUtilization", "Average", dims, GREATER, 80, 5 * MINUTE, 2, "missing"),
                new AlarmSpec("rds-freeable-memory-" + name, "Read replica " + name + " freeable memory below 512 MB",
                        "AWS/RDS", "FreeableMemory", "Average", dims, LESS, 512 * MIB, 5 * MINUTE, 1, "breaching"),
                new AlarmSpec("rds-free-storage-" + name, "Read replica " + name + " free storage below 10 GB",
                        "AWS/RDS", "FreeStorageSpace", "Minimum", dims, LESS, 10 * GIB, 5 * MINUTE, 1, "breaching"));
    }

    /** Per member cluster (node) of every shard; replication lag on all of them when shards have replicas. */
    private static List<AlarmSpec> redis(ObservabilityArgs.Cache cache) {
        List<AlarmSpec> alarms = new ArrayList<>();
        for (String member : cache.members()) {
            Output<String> clusterId = cache.replicationGroupId().applyValue(id -> id + "-" + member);
            var dims = Map.of("CacheClusterId", clusterId);
            alarms.add(new AlarmSpec("redis-cpu-" + member, "Redis engine CPU above 75 %", "AWS/ElastiCache",
                    "EngineCPUUtilization", "Average", dims, GREATER, 75, MINUTE, 5, "missing"));
            alarms.add(new AlarmSpec("redis-memory-" + member, "Redis memory above 80 %", "AWS/ElastiCache",
                    "DatabaseMemoryUsagePercentage", "Average", dims, GREATER, 80, MINUTE, 5, "missing"));
            alarms.add(new AlarmSpec("redis-evictions-" + member, "More than 1000 Redis evictions in 5 minutes",
                    "AWS/ElastiCache", "Evictions", "Sum", dims, GREATER, 1000, 5 * MINUTE, 1, "notBreaching"));
            alarms.add(new AlarmSpec("redis-connections-" + member, "More than 1000 Redis connections",
                    "AWS/ElastiCache", "CurrConnections", "Maximum", dims, GREATER, 1000, MINUTE, 5, "missing"));
            // After a failover any member can be the replica: watch lag on all of them when there are replicas.
            if (cache.nodesPerShard() > 1) {
                alarms.add(new AlarmSpec("redis-replication-lag-" + member, "Redis replica more than 1 s behind",
                        "AWS/ElastiCache", "ReplicationLag", "Maximum", dims, GREATER, 1, MINUTE, 3, "missing"));
            }
        }
        return alarms;
    }

    /** CloudFront publishes its metrics in us-east-1 only, with Region=Global. */
    static List<AlarmSpec> cloudFront(ObservabilityArgs args) {
        List<AlarmSpec> alarms = new ArrayList<>();
        args.distributionIds().forEach((frontEnd, id) -> alarms.add(new AlarmSpec("cdn-5xx-" + frontEnd,
                "More than 5 % 5xx responses from the " + frontEnd + " distribution", "AWS/CloudFront", "5xxErrorRate",
                "Average", Map.of("DistributionId", id, "Region", Output.of("Global")), GREATER, 5, 5 * MINUTE, 1,
                "notBreaching")));
        return alarms;
    }
}
