package io.platform.config;

import static io.platform.config.AlarmComparison.GREATER;
import static io.platform.config.AlarmComparison.LESS;
import static io.platform.config.AlarmScope.FRONT_END;
import static io.platform.config.AlarmScope.PUBLIC_SERVICE;
import static io.platform.config.AlarmScope.REDIS_NODE;
import static io.platform.config.AlarmScope.REPLICA;
import static io.platform.config.AlarmScope.REPLICATED_BUCKET;
import static io.platform.config.AlarmScope.SERVICE;
import static io.platform.config.AlarmScope.STACK;
import static io.platform.config.Severity.CRITICAL;
import static io.platform.config.Severity.INFO;
import static io.platform.config.Severity.WARNING;

/**
 * Every built-in alarm with its defaults (SPEC §3.6; thresholds from seed 001 §10.1, seed 003 where
 * stricter). Each can be tuned per stack under {@code platform:observability.alarms.<id>} (or
 * {@code <id>-<name>} for one service, replica, node, front end or bucket). The README's alarm table is
 * generated from this enum and checked by a test. A threshold of {@code NaN} is derived from the stack
 * ({@link #derivedFrom}).
 */
public enum BuiltInAlarm {
    ALB_5XX("alb-5xx", STACK, "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum", GREATER, 10, Unit.COUNT,
            60, 1, CRITICAL, MissingData.NOT_BREACHING, "target 5XX responses"),
    ALB_4XX("alb-4xx", STACK, "AWS/ApplicationELB", "HTTPCode_Target_4XX_Count", "Sum", GREATER, 100, Unit.COUNT,
            60, 1, INFO, MissingData.NOT_BREACHING, "target 4XX responses"),
    ALB_P99_LATENCY("alb-p99-latency", STACK, "AWS/ApplicationELB", "TargetResponseTime", "p99", GREATER, 2,
            Unit.SECONDS, 60, 3, WARNING, MissingData.NOT_BREACHING, "p99 target response time"),
    ALB_UNHEALTHY("alb-unhealthy", PUBLIC_SERVICE, "AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", GREATER, 0,
            Unit.COUNT, 60, 2, WARNING, MissingData.NOT_BREACHING, "unhealthy targets"),
    ALB_HEALTHY("alb-healthy", PUBLIC_SERVICE, "AWS/ApplicationELB", "HealthyHostCount", "Minimum", LESS, Double.NaN,
            Unit.COUNT, 60, 3, CRITICAL, null, "healthy targets"),
    ECS_CPU("ecs-cpu", SERVICE, "AWS/ECS", "CPUUtilization", "Average", GREATER, 80, Unit.PERCENT, 60, 5, WARNING,
            MissingData.MISSING, "CPU"),
    ECS_MEMORY("ecs-memory", SERVICE, "AWS/ECS", "MemoryUtilization", "Average", GREATER, 85, Unit.PERCENT, 60, 5,
            WARNING, MissingData.MISSING, "memory"),
    ECS_RUNNING("ecs-running", SERVICE, "ECS/ContainerInsights", "RunningTaskCount", "Minimum", LESS, Double.NaN,
            Unit.COUNT, 60, 3, CRITICAL, null, "running tasks"),
    APP_ERRORS("app-errors", SERVICE, "<project>/<env>", "<service>-error-lines", "Sum", GREATER, 10, Unit.COUNT, 60, 1,
            WARNING, MissingData.NOT_BREACHING, "ERROR log lines"),
    RDS_CPU("rds-cpu", STACK, "AWS/RDS", "CPUUtilization", "Average", GREATER, 80, Unit.PERCENT, 300, 2, WARNING,
            MissingData.MISSING, "database CPU"),
    RDS_CONNECTIONS("rds-connections", STACK, "AWS/RDS", "DatabaseConnections", "Maximum", GREATER, Double.NaN,
            Unit.COUNT, 60, 5, WARNING, MissingData.MISSING, "database connections"),
    RDS_READ_LATENCY("rds-read-latency", STACK, "AWS/RDS", "ReadLatency", "Average", GREATER, 0.020, Unit.SECONDS,
            60, 5, WARNING, MissingData.MISSING, "database read latency"),
    RDS_WRITE_LATENCY("rds-write-latency", STACK, "AWS/RDS", "WriteLatency", "Average", GREATER, 0.020, Unit.SECONDS,
            60, 5, WARNING, MissingData.MISSING, "database write latency"),
    RDS_FREEABLE_MEMORY("rds-freeable-memory", STACK, "AWS/RDS", "FreeableMemory", "Average", LESS, 512 * Unit.MIB,
            Unit.BYTES, 300, 1, CRITICAL, null, "database freeable memory"),
    RDS_FREE_STORAGE("rds-free-storage", STACK, "AWS/RDS", "FreeStorageSpace", "Minimum", LESS, 10 * Unit.GIB,
            Unit.BYTES, 300, 1, CRITICAL, null, "database free storage"),
    RDS_REPLICA_LAG("rds-replica-lag", REPLICA, "AWS/RDS", "ReplicaLag", "Maximum", GREATER, 60, Unit.SECONDS, 60, 5,
            CRITICAL, MissingData.BREACHING, "replica lag"),
    RDS_REPLICA_CPU("rds-replica-cpu", REPLICA, "AWS/RDS", "CPUUtilization", "Average", GREATER, 80, Unit.PERCENT,
            300, 2, WARNING, MissingData.MISSING, "replica CPU"),
    RDS_REPLICA_FREEABLE_MEMORY("rds-replica-freeable-memory", REPLICA, "AWS/RDS", "FreeableMemory", "Average", LESS,
            512 * Unit.MIB, Unit.BYTES, 300, 1, CRITICAL, MissingData.BREACHING, "replica freeable memory"),
    RDS_REPLICA_FREE_STORAGE("rds-replica-free-storage", REPLICA, "AWS/RDS", "FreeStorageSpace", "Minimum", LESS,
            10 * Unit.GIB, Unit.BYTES, 300, 1, CRITICAL, MissingData.BREACHING, "replica free storage"),
    REDIS_CPU("redis-cpu", REDIS_NODE, "AWS/ElastiCache", "EngineCPUUtilization", "Average", GREATER, 75,
            Unit.PERCENT, 60, 5, WARNING, MissingData.MISSING, "Redis engine CPU"),
    REDIS_MEMORY("redis-memory", REDIS_NODE, "AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "Average", GREATER,
            80, Unit.PERCENT, 60, 5, WARNING, MissingData.MISSING, "Redis memory"),
    REDIS_EVICTIONS("redis-evictions", REDIS_NODE, "AWS/ElastiCache", "Evictions", "Sum", GREATER, 1000, Unit.COUNT,
            300, 1, INFO, MissingData.NOT_BREACHING, "Redis evictions"),
    REDIS_CONNECTIONS("redis-connections", REDIS_NODE, "AWS/ElastiCache", "CurrConnections", "Maximum", GREATER, 1000,
            Unit.COUNT, 60, 5, WARNING, MissingData.MISSING, "Redis connections"),
    REDIS_REPLICATION_LAG("redis-replication-lag", REDIS_NODE, "AWS/ElastiCache", "ReplicationLag", "Maximum",
            GREATER, 1, Unit.SECONDS, 60, 3, WARNING, MissingData.MISSING, "Redis replication lag"),
    REDIS_CACHE_HIT_RATE("redis-cache-hit-rate", REDIS_NODE, "AWS/ElastiCache", "CacheHitRate", "Average", LESS, 80,
            Unit.PERCENT, 300, 3, INFO, MissingData.NOT_BREACHING, "Redis cache hit rate"),
    CDN_5XX("cdn-5xx", FRONT_END, "AWS/CloudFront", "5xxErrorRate", "Average", GREATER, 5, Unit.PERCENT, 300, 1,
            WARNING, MissingData.NOT_BREACHING, "CloudFront 5xx rate"),
    S3_REPLICATION_LATENCY("s3-replication-latency", REPLICATED_BUCKET, "AWS/S3", "ReplicationLatency", "Maximum",
            GREATER, 900, Unit.SECONDS, 300, 3, WARNING, MissingData.NOT_BREACHING, "S3 replication latency"),
    S3_REPLICATION_FAILURES("s3-replication-failures", REPLICATED_BUCKET, "AWS/S3", "OperationsFailedReplication",
            "Sum", GREATER, 0, Unit.COUNT, 300, 1, CRITICAL, MissingData.NOT_BREACHING, "failed S3 replications"),
    SES_BOUNCE_RATE("ses-bounce-rate", STACK, "AWS/SES", "Reputation.BounceRate", "Maximum", GREATER, 0.05,
            Unit.RATIO, 900, 1, WARNING, MissingData.NOT_BREACHING, "SES bounce rate"),
    SES_COMPLAINT_RATE("ses-complaint-rate", STACK, "AWS/SES", "Reputation.ComplaintRate", "Maximum", GREATER,
            0.001, Unit.RATIO, 900, 1, WARNING, MissingData.NOT_BREACHING, "SES complaint rate");

    private final String id;
    private final AlarmScope scope;
    private final String namespace;
    private final String metric;
    private final String statistic;
    private final AlarmComparison comparison;
    private final double threshold;
    private final Unit unit;
    private final int periodSeconds;
    private final int evaluationPeriods;
    private final Severity severity;
    private final MissingData missingData;
    private final String subject;

    BuiltInAlarm(String id, AlarmScope scope, String namespace, String metric, String statistic,
                 AlarmComparison comparison, double threshold, Unit unit, int periodSeconds, int evaluationPeriods,
                 Severity severity, MissingData missingData, String subject) {
        this.id = id;
        this.scope = scope;
        this.namespace = namespace;
        this.metric = metric;
        this.statistic = statistic;
        this.comparison = comparison;
        this.threshold = threshold;
        this.unit = unit;
        this.periodSeconds = periodSeconds;
        this.evaluationPeriods = evaluationPeriods;
        this.severity = severity;
        this.missingData = missingData;
        this.subject = subject;
    }

    /** The config id, and the resource short name of a stack-wide alarm. */
    public String id() {
        return id;
    }

    public AlarmScope scope() {
        return scope;
    }

    public String namespace() {
        return namespace;
    }

    public String metric() {
        return metric;
    }

    public String statistic() {
        return statistic;
    }

    public AlarmComparison comparison() {
        return comparison;
    }

    /** The default threshold in the metric's own unit; {@code NaN} when derived from the stack. */
    public double threshold() {
        return threshold;
    }

    public Unit unit() {
        return unit;
    }

    public int periodSeconds() {
        return periodSeconds;
    }

    public int evaluationPeriods() {
        return evaluationPeriods;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * What silence means; for the alarms on things that report nothing once gone (the database, a task
     * set) it is {@code breaching}, unless the stack stops them every night on purpose.
     */
    public MissingData missingData(boolean scheduledDowntime) {
        if (missingData != null) {
            return missingData;
        }
        return scheduledDowntime ? MissingData.MISSING : MissingData.BREACHING;
    }

    public String subject() {
        return subject;
    }

    /** Where a derived threshold comes from, for the README; empty for a fixed one. */
    public String derivedFrom() {
        return switch (this) {
            case ALB_HEALTHY, ECS_RUNNING -> "the service's `min` tasks";
            case RDS_CONNECTIONS -> "80 % of `databaseMaxConnections`";
            default -> "";
        };
    }

    /**
     * The resource short name of this alarm on one service, node, replica, front end or bucket. Replica
     * alarms keep the names they had before they had their own ids, so a deployed stack replaces nothing.
     */
    public String nameFor(String instance) {
        return switch (this) {
            case RDS_REPLICA_CPU -> "rds-cpu-" + instance;
            case RDS_REPLICA_FREEABLE_MEMORY -> "rds-freeable-memory-" + instance;
            case RDS_REPLICA_FREE_STORAGE -> "rds-free-storage-" + instance;
            case RDS_REPLICA_LAG -> "rds-replica-lag-" + instance;
            default -> id + "-" + instance;
        };
    }

    /** The metric the ERROR log lines of {@code service} are counted in. */
    public static String errorMetric(String service) {
        return service + "-error-lines";
    }

    /** The unit a threshold is written in, for descriptions and the README. */
    public enum Unit {
        COUNT, PERCENT, SECONDS, BYTES, RATIO;

        static final double MIB = 1024.0 * 1024;
        static final double GIB = 1024.0 * MIB;

        public String format(double value) {
            return switch (this) {
                case COUNT -> number(value);
                case PERCENT -> number(value) + " %";
                case SECONDS -> value < 1 ? number(value * 1000) + " ms" : number(value) + " s";
                case BYTES -> value >= GIB ? number(value / GIB) + " GiB" : number(value / MIB) + " MiB";
                case RATIO -> number(value * 100) + " %";
            };
        }

        private static String number(double value) {
            double rounded = Math.round(value * 1000) / 1000.0;
            return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        }
    }
}
