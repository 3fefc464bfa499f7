package io.platform.examples;

import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's headline values on the plan of {@code examples/tax-practice-ai/Pulumi.production.yaml}. */
class TaxPracticeAiExampleTest {
    private final Template t = Examples.template(Examples.byDir("tax-practice-ai"));

    @Test
    void theFastApiServiceRuns2To4TasksOfHalfAVcpuAnd1Gb() {
        services(t, Map.of("api", List.of(512, 1024, 2, 2, 4)));
        assertThat(t.json(TASK, "api-task", "containerDefinitions").get(0).get("portMappings").get(0)
                .get("containerPort").asInt()).isEqualTo(8000);
    }

    @Test
    void auroraServerlessV2Of05To4AcuOnPostgres154() {
        Map<String, Object> cluster = t.inputs("aws:rds/cluster:Cluster", "db");
        assertThat(cluster).containsEntry("engine", "aurora-postgresql").containsEntry("engineVersion", "15.4")
                .containsEntry("storageEncrypted", true);
        assertThat(((Number) cluster.get("backupRetentionPeriod")).intValue()).isEqualTo(30);
        @SuppressWarnings("unchecked")
        Map<String, Object> scaling = (Map<String, Object>) cluster.get("serverlessv2ScalingConfiguration");
        assertThat(((Number) scaling.get("minCapacity")).doubleValue()).isEqualTo(0.5);
        assertThat(((Number) scaling.get("maxCapacity")).doubleValue()).isEqualTo(4.0);
        assertThat(t.ofType("aws:rds/clusterInstance:ClusterInstance")).hasSize(2).allSatisfy(i -> assertThat(i.inputValues())
                .containsEntry("instanceClass", "db.serverless").containsEntry("autoMinorVersionUpgrade", true));
        assertThat(t.resourceCount(REDIS)).isZero();
    }

    @Test
    void documentsArchiveClientsAfterThreeYearsAndTwoSpaSitesServeThePortalAndStaffApp() {
        Map<String, Object> rule = lifecycleRule(t, "documents", "archive-old-documents");
        assertThat(rule.get("filter")).isEqualTo(Map.of("prefix", "clients/"));
        assertThat(rule.get("transitions").toString()).isEqualTo("[{days=1095, storageClass=GLACIER}]");
        assertThat(t.has(BUCKET, "portal-site")).isTrue();
        assertThat(t.has(BUCKET, "staff-site")).isTrue();
        assertThat(t.inputs(DISTRIBUTION, "portal-cdn").get("aliases")).isEqualTo(List.of("portal.taxpractice.ai"));
        assertThat(t.inputs(DISTRIBUTION, "staff-cdn").get("aliases")).isEqualTo(List.of("app.taxpractice.ai"));
        assertThat(t.resourceCount(DISTRIBUTION)).isEqualTo(2);
    }

    @Test
    void wafLimits1000RequestsPerIpUsOnlyWithTheBadBotRuleAndBotControl() {
        webAcl(t, "waf", 1000, List.of("geo-allow-only", "rate-limit-per-ip", "BlockBadBots",
                "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet",
                "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesLinuxRuleSet",
                "AWSManagedRulesBotControlRuleSet"));
        webAcl(t, "cdn-waf", 1000, List.of("rate-limit-per-ip", "AWSManagedRulesAmazonIpReputationList",
                "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"));
    }

    @Test
    void theSeedsThreeAlarmsOverTwoFiveMinutePeriodsAndTheOneDashboardWithItsTierViews() {
        // §16.2 alarms.tf: ecs_cpu_high > 80, alb_5xx_high > 10, rds_connections_high > 200; each 2 × 300 s
        alarms(t, Map.of(
                "ecs-cpu-api", above(80, 300, 2, "warning"),
                "alb-5xx", above(10, 300, 2, "critical"),
                "rds-connections", above(200, 300, 2, "warning")));
        assertThat(t.inputs(ALARM, "rds-connections")).containsEntry("dimensions",
                Map.of("DBClusterIdentifier", "taxpractice-production-db"));
        // §16.1: the overview, and the tier dashboards generated from what the stack declares
        assertThat(dashboards(t)).containsExactly("taxpractice-production-data-us-east-1",
                "taxpractice-production-edge-us-east-1", "taxpractice-production-functions-us-east-1",
                "taxpractice-production-overview-us-east-1", "taxpractice-production-services-us-east-1");
    }

    @Test
    void airflowHostIsAT3MediumWithImdsv2AndAnEncrypted50GbRootVolume() {
        Map<String, Object> host = t.inputs("aws:ec2/instance:Instance", "airflow-host");
        assertThat(host).containsEntry("instanceType", "t3.medium");
        assertThat(host.get("metadataOptions").toString()).contains("httpTokens=required");
        assertThat(host.get("rootBlockDevice").toString()).contains("encrypted=true", "volumeSize=50", "volumeType=gp3");
        assertThat(host).doesNotContainKey("keyName");
    }

    @Test
    void tenSecretsAndTheDocumentFunction() {
        assertThat(t.ofType("aws:secretsmanager/secret:Secret")).extracting(r -> r.inputValues().get("name"))
                .contains("/production/app/jwt-secret", "/production/app/stripe", "/production/app/persona",
                        "/production/app/smartvault", "/production/app/sureprep", "/production/app/google",
                        "/production/app/twilio", "/production/app/sendgrid", "/production/app/sentry-dsn");
        assertThat(t.inputs("aws:rds/cluster:Cluster", "db")).containsEntry("manageMasterUserPassword", true);
        Map<String, Object> fn = t.inputs("aws:lambda/function:Function", "document-processor-fn");
        assertThat(fn).containsEntry("runtime", "python3.11");
        assertThat(((Number) fn.get("timeout")).intValue()).isEqualTo(300);
    }
}
