package io.platform.examples;

import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004, TechCorp production: 15 services, 25 functions, cluster-mode Redis, replicas in two regions. */
class TechCorpExampleTest {
    private final Template t = Examples.template(Examples.byDir("techcorp"));

    @Test
    void fifteenServicesOf2VcpuAnd4GbScaling10To50() {
        Map<String, List<Integer>> expected = new HashMap<>();
        expected.put("api", List.of(2048, 4096, 10, 10, 50));
        IntStream.rangeClosed(1, 14).forEach(i -> expected.put("svc-" + i, List.of(2048, 4096, 10, 10, 50)));
        services(t, expected);
        assertThat(t.inputs("aws:codedeploy/deploymentConfig:DeploymentConfig", "api-canary").get("trafficRoutingConfig")
                .toString()).contains("interval=30", "percentage=10");
    }

    @Test
    void twentyFiveFunctionsWith100ReservedAndTracing() {
        assertThat(t.ofType("aws:lambda/function:Function")).filteredOn(fn -> fn.name().matches("techcorp-production-fn-\\d+-fn"))
                .hasSize(25).allSatisfy(fn -> {
            assertThat(((Number) fn.inputValues().get("reservedConcurrentExecutions")).intValue()).isEqualTo(100);
            assertThat(fn.inputValues().get("tracingConfig")).isEqualTo(Map.of("mode", "Active"));
            assertThat(fn.inputValues().get("runtime")).isIn("nodejs20.x", "python3.11");
        });
    }

    @Test
    void postgres15WithMinorUpgradesOnAMultiAzR6g2xlargeOf500GbWithReplicasInUsEast1AndUsWest2() {
        assertThat(t.inputs(RDS, "db")).containsEntry("engineVersion", "15").containsEntry("autoMinorVersionUpgrade", true).containsEntry("instanceClass", "db.r6g.2xlarge")
                .containsEntry("multiAz", true).containsEntry("storageType", "gp3").containsEntry("storageEncrypted", true);
        assertThat(List.of(t.inputs(RDS, "db").get("allocatedStorage"), t.inputs(RDS, "db").get("backupRetentionPeriod"))
                .toString()).isEqualTo("[500, 30]");
        assertThat(t.inputs(RDS, "db-reporting")).containsEntry("replicateSourceDb", "techcorp-production-db");
        assertThat(t.inputs(RDS, "db-west")).containsEntry("replicateSourceDb",
                "arn:aws:rds:us-east-1:123456789012:db:techcorp-production-db");
    }

    @Test
    void redis70ClusterModeOf3ShardsWith2ReplicasOnR6gLarge() {
        assertThat(t.inputs(REDIS, "redis")).containsEntry("engineVersion", "7.0").containsEntry("nodeType", "cache.r6g.large")
                .containsEntry("clusterMode", "enabled").containsEntry("atRestEncryptionEnabled", true)
                .containsEntry("transitEncryptionEnabled", true);
        assertThat(List.of(t.inputs(REDIS, "redis").get("numNodeGroups"), t.inputs(REDIS, "redis").get("replicasPerNodeGroup"))
                .toString()).isEqualTo("[3, 2]");
    }

    @Test
    void theFourNamedBucketsEfsAndTheirReplicas() {
        for (String bucket : List.of("customer-data", "backups", "logs", "ml-models")) {
            assertThat(t.inputs(BUCKET, bucket)).containsEntry("bucket", "techcorp-" + bucket);
        }
        assertThat(lifecycleRule(t, "logs", "expire-logs").get("expiration").toString()).isEqualTo("{days=90}");
        assertThat(t.inputs(BUCKET, "dr-customer-data")).containsEntry("bucket", "techcorp-customer-data-dr");
        assertThat(t.inputs("aws:efs/fileSystem:FileSystem", "efs-ml-data")).containsEntry("performanceMode", "generalPurpose")
                .containsEntry("encrypted", true);
    }

    @Test
    void wafRate2000WithGeoBlockingAndAGeoRestrictedCdn() {
        webAcl(t, "waf", 2000, List.of("geo-block", "rate-limit-per-ip", "AWSManagedRulesAmazonIpReputationList",
                "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesLinuxRuleSet"));
        assertThat(t.inputs(DISTRIBUTION, "static-cdn").get("restrictions").toString())
                .isEqualTo("{geoRestriction={locations=[KP, IR, SY, CU], restrictionType=blacklist}}");
        assertThat(t.ofType("aws:cloudwatch/logGroup:LogGroup")).filteredOn(g -> g.name().endsWith("-logs")
                && g.name().contains("svc-")).allSatisfy(g -> assertThat(g.inputValues().get("retentionInDays")).isEqualTo(90L));
    }

    @Test
    void fiveOperationalDashboards() {
        // alerts by severity: ExampleHeadlinesTest; CloudWatch: 5 operational dashboards
        assertThat(dashboards(t)).containsExactly("techcorp-production-data-us-east-1", "techcorp-production-edge-us-east-1",
                "techcorp-production-functions-us-east-1", "techcorp-production-overview-us-east-1",
                "techcorp-production-services-us-east-1");
    }

    @Test
    void intrusionDetectionAlertsOnFindingsAndAFunctionResponds() {
        assertThat(eventRules(t)).containsOnlyKeys("guardduty-findings", "securityhub-findings", "config-compliance");
        assertThat(eventRules(t).get("guardduty-findings")).endsWith("[{\"numeric\":[\">=\",7.0]}]},"
                + "\"detail-type\":[\"GuardDuty Finding\"],\"source\":[\"aws.guardduty\"]} → alerts, intrusion-response");
        assertThat(eventRules(t).get("securityhub-findings")).endsWith(" → alerts-warning");
        assertThat(eventRules(t).get("config-compliance")).endsWith(" → alerts-warning");
        alarms(t, Map.of("cis-root-usage", new Alarm("GreaterThanOrEqualToThreshold", 1, 300, 1, "critical"),
                "cis-iam-policy-changes", new Alarm("GreaterThanOrEqualToThreshold", 1, 300, 1, "warning"),
                "alb-5xx", above(10, 60, 1, "critical")));
    }
}
