package io.platform.examples;

import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's production values (§3.2, §4.1.2, §4.3, §4.5.4, §10.1) on its example's plan. */
class DevSecOpsExampleTest {
    private final Template t = Examples.template(Examples.byDir("devsecops-platform"));

    @Test
    void theSeedsVpcEndpoints() {
        // region, CIDRs, subnets and NAT gateways: ExampleHeadlinesTest
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
        // §10.1, with §8.7's thresholds map setting free storage 5 GB, freeable memory 500 MB, Redis CPU 80 %
        alarms(t, Map.ofEntries(
                Map.entry("alb-p99-latency", above(2, 60, 3, "warning")),
                Map.entry("alb-4xx", above(100, 60, 1, "info")),
                Map.entry("alb-5xx", above(10, 60, 1, "critical")),
                Map.entry("alb-healthy-api", below(3, 60, 3, "critical")),              // < desired count
                Map.entry("alb-unhealthy-api", above(0, 60, 2, "warning")),
                Map.entry("ecs-cpu-api", above(80, 60, 5, "warning")),
                Map.entry("ecs-memory-api", above(85, 60, 5, "warning")),
                Map.entry("ecs-running-api", below(3, 60, 3, "critical")),
                Map.entry("rds-cpu", above(80, 300, 2, "warning")),                     // 10 minutes
                Map.entry("rds-connections", above(360, 60, 5, "warning")),             // 80 % of db.t3.medium's 450
                Map.entry("rds-free-storage", below(5.0 * 1024 * 1024 * 1024, 300, 1, "critical")),
                Map.entry("rds-read-latency", above(0.020, 60, 5, "warning")),
                Map.entry("rds-write-latency", above(0.020, 60, 5, "warning")),
                Map.entry("rds-freeable-memory", below(500.0 * 1024 * 1024, 300, 1, "critical")),
                Map.entry("redis-cpu-001", above(80, 60, 5, "warning")),
                Map.entry("redis-memory-001", above(80, 60, 5, "warning")),
                Map.entry("redis-connections-001", above(1000, 60, 5, "warning")),
                Map.entry("redis-cache-hit-rate-001", below(80, 300, 3, "info")),
                Map.entry("redis-replication-lag-002", above(1, 60, 3, "warning"))));
    }

    @Test
    void slackThroughChatbotAndPagerDutyThroughTheSecretHttpsEndpoint() {
        // §4.6.2 subscribers by severity: ExampleHeadlinesTest
        assertThat(t.inputs(SLACK, "alerts-warning-slack")).containsEntry("slackTeamId", "T0YOURTEAM")
                .containsEntry("guardrailPolicyArns", List.of("arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess"));
        assertThat(t.inputs(SUBSCRIPTION, "alerts-https")).containsEntry("protocol", "https").containsEntry("endpoint", "[secret]");
    }

    @Test
    void findingsAlertByEventBridgeAndRootUseAndIamPolicyChangesByCisAlarms() {
        // §4.8.1 / §5.7.2: GuardDuty Medium and up page, Security Hub HIGH and Config compliance warn
        assertThat(eventRules(t)).isEqualTo(Map.of(
                "auto-remediate-findings", "{\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]},"
                        + "\"detail-type\":[\"GuardDuty Finding\"],\"source\":[\"aws.guardduty\"]} → auto-remediate",
                "guardduty-findings", "{\"detail\":{\"severity\":[{\"numeric\":[\">=\",4.0]}]},"
                        + "\"detail-type\":[\"GuardDuty Finding\"],\"source\":[\"aws.guardduty\"]} → alerts",
                "securityhub-findings", "{\"detail\":{\"findings\":{\"RecordState\":[\"ACTIVE\"],\"Severity\":{\"Label\":"
                        + "[\"HIGH\",\"CRITICAL\"]},\"Workflow\":{\"Status\":[\"NEW\"]}}},\"detail-type\":"
                        + "[\"Security Hub Findings - Imported\"],\"source\":[\"aws.securityhub\"]} → alerts-warning",
                "config-compliance", "{\"detail\":{\"newEvaluationResult\":{\"complianceType\":[\"NON_COMPLIANT\"]}},"
                        + "\"detail-type\":[\"Config Rules Compliance Change\"],\"source\":[\"aws.config\"]} → alerts-warning"));
        alarms(t, Map.of("cis-root-usage", new Alarm("GreaterThanOrEqualToThreshold", 1, 300, 1, "critical"),
                "cis-iam-policy-changes", new Alarm("GreaterThanOrEqualToThreshold", 1, 300, 1, "warning")));
        assertThat(t.inputs("aws:cloudwatch/logMetricFilter:LogMetricFilter", "cis-root-usage"))
                .containsEntry("logGroupName", "/cloud-platform/production/cloudtrail");
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
