package io.platform.examples;

import io.platform.plan.PlanResult;
import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's production values (§3.2, §4.1.2, §4.3, §4.5.4, §10.1) on its example's plan. */
class DevSecOpsExampleTest {
    private final PlanResult plan = Examples.plan(Examples.byDir("devsecops-platform"));
    private final Template t = Examples.template(Examples.byDir("devsecops-platform"));

    @Test
    void productionVpcIs10_2With3TiersOf3SubnetsAndANatGatewayPerAz() {
        network(plan, t, "us-east-1", "10.2.0.0/16", Map.of(
                "public", List.of("10.2.1.0/24", "10.2.2.0/24", "10.2.3.0/24"),
                "private", List.of("10.2.11.0/24", "10.2.12.0/24", "10.2.13.0/24"),
                "data", List.of("10.2.21.0/24", "10.2.22.0/24", "10.2.23.0/24")), 3);
        assertThat(t.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).extracting(r -> r.inputValues().get("serviceName"))
                .contains("com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr",
                        "com.amazonaws.us-east-1.logs", "com.amazonaws.us-east-1.secretsmanager",
                        "com.amazonaws.us-east-1.ssm", "com.amazonaws.us-east-1.kms", "com.amazonaws.us-east-1.sts");
    }

    @Test
    void theApiRuns3To10TasksOf1VcpuAnd2Gb() {
        services(t, Map.of("api", List.of(1024, 2048, 3, 3, 10)));
    }

    @Test
    void postgresIsAMultiAzT3MediumKeeping30DaysAndRedisAT3MediumWithAReplica() {
        assertThat(t.inputs(RDS, "db")).containsEntry("engine", "postgres").containsEntry("instanceClass", "db.t3.medium")
                .containsEntry("multiAz", true).containsEntry("deletionProtection", true);
        assertThat(((Number) t.inputs(RDS, "db").get("backupRetentionPeriod")).intValue()).isEqualTo(30);
        assertThat(((Number) t.inputs(RDS, "db").get("allocatedStorage")).intValue()).isEqualTo(100);
        assertThat(t.inputs(REDIS, "redis")).containsEntry("nodeType", "cache.t3.medium")
                .containsEntry("automaticFailoverEnabled", true).containsEntry("transitEncryptionEnabled", true);
        assertThat(((Number) t.inputs(REDIS, "redis").get("numCacheClusters")).intValue()).isEqualTo(2);
    }

    @Test
    void logsAndBackupsBucketsWithTheirPresets() {
        assertThat(lifecycleRule(t, "logs", "expire-logs").get("expiration").toString()).isEqualTo("{days=90}");
        assertThat(lifecycleRule(t, "backups", "archive").get("transitions").toString())
                .isEqualTo("[{days=365, storageClass=GLACIER}, {days=2555, storageClass=DEEP_ARCHIVE}]");
    }

    @Test
    void wafAndAlarmsCarryTheSeedsThresholds() {
        webAcl(t, "waf", 2000, List.of("rate-limit-per-ip", "AWSManagedRulesAmazonIpReputationList",
                "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesLinuxRuleSet"));
        alarm(t, "alb-5xx", "GreaterThanThreshold", 10);
        alarm(t, "alb-4xx", "GreaterThanThreshold", 100);
        alarm(t, "alb-p99-latency", "GreaterThanThreshold", 2);
        alarm(t, "ecs-cpu-api", "GreaterThanThreshold", 80);
        alarm(t, "ecs-memory-api", "GreaterThanThreshold", 85);
        alarm(t, "rds-cpu", "GreaterThanThreshold", 80);
        alarm(t, "rds-read-latency", "GreaterThanThreshold", 0.020);
        alarm(t, "redis-connections-001", "GreaterThanThreshold", 1000);
    }

    @Test
    void slackNotifierAndAutoRemediationFunctionsAndThirtyDayDatabaseRotation() {
        assertThat(t.has("aws:lambda/function:Function", "slack-notifier-fn")).isTrue();
        assertThat(t.has("aws:lambda/function:Function", "auto-remediate-fn")).isTrue();
        assertThat(t.inputs("aws:secretsmanager/secretRotation:SecretRotation", "rotation-database-master")
                .get("rotationRules")).isEqualTo(Map.of("automaticallyAfterDays", 30L));
        assertThat(t.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")).filteredOn(r -> r.name().contains("redis-replication-lag"))
                .hasSize(2);
    }
}
