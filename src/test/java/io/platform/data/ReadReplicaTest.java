package io.platform.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.plan.RecordedResource;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3 on TechCorp's plan (seed 004): RDS PostgreSQL 15.3 pinned with automatic minor
 * upgrades off, a 500 GB start under a 1000 GB ceiling, a read replica in the region and one in us-west-2
 * encrypted with a key there, each monitored and alarmed where its metrics are.
 */
class ReadReplicaTest {
    private static final String INSTANCE = "aws:rds/instance:Instance";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PlanResult plan() {
        return SeedStacks.plan("techcorp");
    }

    private static RecordedResource instance(String name) {
        return plan().ofType(INSTANCE).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSourcePinsItsMinorVersionWithAutomaticUpgradesOffUnderACeilingRdsAccepts() {
        assertThat(instance("techcorp-production-db").inputValues())
                .containsEntry("engineVersion", "15.3")
                .containsEntry("autoMinorVersionUpgrade", false)
                .containsEntry("allocatedStorage", 500L)
                .containsEntry("maxAllocatedStorage", 1000L)
                .containsEntry("instanceClass", "db.r6g.2xlarge")
                .containsEntry("multiAz", true);
    }

    @Test
    void theInRegionReplicaSharesTheSourcesSubnetsGroupKeyAndParameters() {
        RecordedResource source = instance("techcorp-production-db");
        RecordedResource replica = instance("techcorp-production-db-reporting");
        assertThat(replica.inputValues())
                .containsEntry("identifier", "techcorp-production-db-reporting")
                .containsEntry("replicateSourceDb", "techcorp-production-db")
                .containsEntry("dbSubnetGroupName", source.inputValues().get("dbSubnetGroupName"))
                .containsEntry("vpcSecurityGroupIds", source.inputValues().get("vpcSecurityGroupIds"))
                .containsEntry("parameterGroupName", source.inputValues().get("parameterGroupName"))
                .containsEntry("kmsKeyId", source.inputValues().get("kmsKeyId"))
                .containsEntry("storageEncrypted", true)
                .containsEntry("publiclyAccessible", false)
                .containsEntry("iamDatabaseAuthenticationEnabled", true)
                .containsEntry("monitoringInterval", 60L)
                .containsEntry("enabledCloudwatchLogsExports", List.of("postgresql"))
                .containsEntry("deletionProtection", true)
                .containsEntry("skipFinalSnapshot", true)
                .containsEntry("autoMinorVersionUpgrade", false)
                .doesNotContainKeys("engineVersion", "username", "backupRetentionPeriod");
        assertThat(replica.protect()).isTrue();
        assertThat(replica.parent()).endsWith("platform:data:ReadReplica::techcorp-production-replica-reporting");
    }

    @Test
    void theCrossRegionReplicaIsEncryptedWithAKeyOfItsRegionAndPlacedWhereConfigSays() throws Exception {
        RecordedResource replica = instance("techcorp-production-db-west");
        String key = (String) replica.inputValues().get("kmsKeyId");
        assertThat(key).startsWith("arn:aws:kms:us-west-2:" + ACCOUNT + ":key/");
        assertThat(replica.inputValues())
                .containsEntry("identifier", "techcorp-production-db-west-us-east-1")
                .containsEntry("replicateSourceDb", "arn:aws:rds:us-east-1:" + ACCOUNT + ":db:techcorp-production-db")
                .containsEntry("dbSubnetGroupName", "techcorp-production-db-subnets-us-west-2")
                .containsEntry("vpcSecurityGroupIds", List.of("sg-0123456789abcdef0"))
                .containsEntry("performanceInsightsKmsKeyId", key)
                .containsEntry("instanceClass", "db.r6g.2xlarge");
        // The key lets RDS use it in us-west-2 only.
        RecordedResource westKey = named(plan(), "techcorp-production-replica-data-us-west-2");
        JsonNode policy = JSON.readTree((String) westKey.inputValues().get("policy"));
        assertThat(policy.get("Statement").get(1).get("Condition").get("StringEquals").get("kms:ViaService").toString())
                .contains("rds.us-west-2.amazonaws.com");
        // Its TLS-only parameter group lives there too.
        String group = (String) replica.inputValues().get("parameterGroupName");
        RecordedResource parameters = named(plan(), "techcorp-production-db-params-us-west-2");
        assertThat(group).isEqualTo(parameters.id());
        assertThat(parameters.inputValues()).containsEntry("family", "postgres15");
        assertThat(parameters.inputValues().get("parameters").toString()).contains("rds.force_ssl");
        RecordedResource provider = named(plan(), "techcorp-production-replica-us-west-2");
        assertThat(provider.type()).isEqualTo("pulumi:providers:aws");
        assertThat(provider.inputValues()).containsEntry("region", "us-west-2");
    }

    @Test
    void replicasAreAlarmedWhereTheirMetricsAre() {
        String home = "arn:aws:sns:us-east-1:" + ACCOUNT + ":techcorp-production-alerts";
        String west = "arn:aws:sns:us-west-2:" + ACCOUNT + ":techcorp-production-alerts-us-west-2-us-east-1";
        Map<String, Object> local = named(plan(), "techcorp-production-rds-replica-lag-reporting").inputValues();
        assertThat(local).containsEntry("name", "techcorp-production-rds-replica-lag-reporting")
                .containsEntry("metricName", "ReplicaLag").containsEntry("threshold", 60L)
                .containsEntry("treatMissingData", "breaching")
                .containsEntry("dimensions", Map.of("DBInstanceIdentifier", "techcorp-production-db-reporting"))
                .containsEntry("alarmActions", List.of(home));
        Map<String, Object> remote = named(plan(), "techcorp-production-rds-replica-lag-west").inputValues();
        assertThat(remote).containsEntry("name", "techcorp-production-rds-replica-lag-west-us-east-1")
                .containsEntry("dimensions", Map.of("DBInstanceIdentifier", "techcorp-production-db-west-us-east-1"))
                .containsEntry("alarmActions", List.of(west)).containsEntry("okActions", List.of(west));
        for (String alarm : List.of("rds-freeable-memory-west", "rds-free-storage-west")) {
            assertThat(named(plan(), "techcorp-production-" + alarm).inputValues())
                    .containsEntry("alarmActions", List.of(west)).containsEntry("okActions", List.of(west));
        }
        // Replica CPU is a warning: us-west-2's warning topic, and no OK action (only critical alarms have one).
        String westWarning = "arn:aws:sns:us-west-2:" + ACCOUNT + ":techcorp-production-alerts-us-west-2-warning-us-east-1";
        assertThat(named(plan(), "techcorp-production-rds-cpu-west").inputValues())
                .containsEntry("alarmActions", List.of(westWarning)).doesNotContainKey("okActions");
        assertThat((String) named(plan(), "techcorp-production-alerts-us-west-2").inputValues().get("kmsMasterKeyId"))
                .startsWith("arn:aws:kms:us-west-2:");
    }

    /**
     * The replicas pass rds-final-snapshot (RDS refuses a final snapshot of a read replica, so the rule
     * skips them). The pack's only objection is the seed's own pin: PostgreSQL 15.3 with minor upgrades
     * off, on the primary and both replicas (RDS.13) — a stack that pins a minor takes that finding or
     * an exemption with its reason.
     */
    @Test
    void productionPolicyObjectsOnlyToThePinnedMinorVersion() {
        PolicyReport report = PolicyCheck.run(plan(), SeedStacks.techCorp(),
                PackConfig.load(Path.of("policy", "config", "production.json")));
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.MANDATORY)
                .extracting(v -> v.policyId() + " " + v.resourceName())
                .containsExactlyInAnyOrder("rds-auto-minor-version-upgrade techcorp-production-db",
                        "rds-auto-minor-version-upgrade techcorp-production-db-reporting",
                        "rds-auto-minor-version-upgrade techcorp-production-db-west");
    }

    @Test
    void theStackTellsAnotherRegionsStackWhereToPlaceItsReplica() {
        RecordedResource subnets = plan().ofType("aws:rds/subnetGroup:SubnetGroup").stream()
                .filter(r -> r.name().equals("techcorp-production-db-subnets")).findFirst().orElseThrow();
        assertThat(instance("techcorp-production-db").inputValues()).containsEntry("dbSubnetGroupName", subnets.id());
    }
}
