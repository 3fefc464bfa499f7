package io.platform.examples;

import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003, BerthCare staging in ca-central-1, on its example's plan. */
class BerthCareExampleTest {
    private static final String ARCHIVE = "[{days=365, storageClass=GLACIER}, {days=2555, storageClass=DEEP_ARCHIVE}]";
    private final Template t = Examples.template(Examples.byDir("berthcare"));

    @Test
    void theVpcKeepsFlowLogs() {
        // region, CIDRs, subnets and NAT gateways: ExampleHeadlinesTest
        assertThat(t.has("aws:ec2/flowLog:FlowLog", "vpc-flow-log")).isTrue();
    }

    @Test
    void postgres15WithMinorUpgradesOnAMultiAzT4gMediumOf100To500GbKeeping7Days() {
        Map<String, Object> db = t.inputs(RDS, "db");
        assertThat(db).containsEntry("engineVersion", "15").containsEntry("autoMinorVersionUpgrade", true).containsEntry("instanceClass", "db.t4g.medium")
                .containsEntry("multiAz", true).containsEntry("storageEncrypted", true)
                .containsEntry("performanceInsightsEnabled", true);
        assertThat(List.of(db.get("allocatedStorage"), db.get("maxAllocatedStorage"), db.get("backupRetentionPeriod"))
                .toString()).isEqualTo("[100, 500, 7]");
    }

    @Test
    void redis71OfTwoT4gMicroNodesWithFailoverAndFiveDaySnapshots() {
        Map<String, Object> redis = t.inputs(REDIS, "redis");
        assertThat(redis).containsEntry("engineVersion", "7.1").containsEntry("nodeType", "cache.t4g.micro")
                .containsEntry("automaticFailoverEnabled", true).containsEntry("multiAzEnabled", true)
                .containsEntry("atRestEncryptionEnabled", true).containsEntry("transitEncryptionEnabled", true);
        assertThat(List.of(redis.get("numCacheClusters"), redis.get("snapshotRetentionLimit")).toString()).isEqualTo("[2, 5]");
    }

    @Test
    void theSeedsBucketsByNameArchiveAfterOneAndSevenYears() {
        for (String bucket : List.of("photos", "signatures", "logs")) {
            assertThat(t.inputs(BUCKET, bucket)).containsEntry("bucket", "berthcare-" + bucket + "-staging");
            assertThat(lifecycleRule(t, bucket, "archive").get("transitions").toString()).as(bucket).isEqualTo(ARCHIVE);
        }
        assertThat(lifecycleRule(t, "documents", "archive").get("transitions").toString()).isEqualTo(ARCHIVE);
        assertThat(t.inputs(BUCKET, "dr-photos")).containsEntry("bucket", "berthcare-photos-staging-dr");
    }

    @Test
    void oneDistributionOverThreeBucketOriginsForCanadaAndTheUsWithTls12() {
        Map<String, Object> cdn = t.inputs(DISTRIBUTION, "web-cdn");
        assertThat(cdn.get("restrictions").toString()).isEqualTo("{geoRestriction={locations=[CA, US], restrictionType=whitelist}}");
        assertThat(cdn.get("viewerCertificate").toString()).contains("minimumProtocolVersion=TLSv1.2_2021");
        assertThat(cdn.get("orderedCacheBehaviors").toString()).contains("pathPattern=/photos/*", "pathPattern=/documents/*",
                "pathPattern=/signatures/*");
    }

    @Test
    void alarmsCarryTheSeedsEightThresholdsAndEachReplicatedBucketIsWatched() {
        alarms(t, Map.ofEntries(
                Map.entry("rds-cpu", above(80, 300, 2, "warning")),
                Map.entry("rds-freeable-memory", below(512.0 * 1024 * 1024, 300, 1, "critical")),
                Map.entry("rds-free-storage", below(10.0 * 1024 * 1024 * 1024, 300, 1, "critical")),
                Map.entry("rds-connections", above(360, 60, 5, "warning")), // 80 % of db.t4g.medium's 450 connections
                Map.entry("redis-cpu-001", above(75, 60, 5, "warning")),
                Map.entry("redis-memory-001", above(80, 60, 5, "warning")),
                Map.entry("redis-evictions-001", above(1000, 300, 1, "info")),
                Map.entry("cdn-5xx-web", above(5, 300, 1, "warning")),
                // DR notes: replication lag and failures, for each bucket replicated to us-east-1
                Map.entry("s3-replication-latency-documents", above(900, 300, 3, "warning")),
                Map.entry("s3-replication-failures-documents", above(0, 300, 1, "critical")),
                Map.entry("s3-replication-latency-photos", above(900, 300, 3, "warning")),
                Map.entry("s3-replication-failures-photos", above(0, 300, 1, "critical")),
                Map.entry("s3-replication-latency-signatures", above(900, 300, 3, "warning")),
                Map.entry("s3-replication-failures-signatures", above(0, 300, 1, "critical"))));
    }
}
