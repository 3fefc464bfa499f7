package io.platform.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code platform:security.audit}: defaults, and one message naming key, value and what is allowed per mistake. */
class AuditConfigValidationTest {
    private static final String GITHUB = "\"github\":{\"repository\":\"acme/platform\",\"environments\":[\"production\"]}";

    private static AuditConfig audit(String json) {
        return load(withOverrides(stackFile("production"), Map.of("platform:security",
                "{\"accountBaseline\":true," + GITHUB + ",\"audit\":" + json + "}"))).security().audit();
    }

    private static void rejected(String json, String key, String message) {
        assertThatThrownBy(() -> audit(json))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessage(key + ": " + message);
    }

    @Test
    void defaultsAreTodaysBaseline() {
        AuditConfig audit = load(stackFile("production")).security().audit();
        assertThat(audit.configRules()).containsExactly("S3_BUCKET_PUBLIC_READ_PROHIBITED",
                "S3_BUCKET_PUBLIC_WRITE_PROHIBITED", "RDS_STORAGE_ENCRYPTED", "INCOMING_SSH_DISABLED",
                "CLOUD_TRAIL_ENABLED", "IAM_ROOT_ACCESS_KEY_CHECK", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED",
                "VPC_FLOW_LOGS_ENABLED");
        assertThat(audit.standards()).extracting(AuditConfig.SecurityHubStandard::configName).containsExactly("fsbp", "cis");
        assertThat(audit.s3DataEvents()).isEmpty();
        assertThat(audit.insights()).isEmpty();
        assertThat(audit.trailLogRetentionDays()).isEqualTo(365);
        assertThat(load(stackFile("staging")).security().audit()).isEqualTo(AuditConfig.defaults());
    }

    @Test
    void readsEveryKey() {
        AuditConfig audit = audit("{\"configRules\":[\"ENCRYPTED_VOLUMES\",\"RDS_INSTANCE_PUBLIC_ACCESS_CHECK\"],"
                + "\"securityHubStandards\":[\"fsbp\",\"pci-dss\",\"nist-800-53\"],"
                + "\"s3DataEvents\":[{\"bucket\":\"documents\",\"readWrite\":\"write\"}],"
                + "\"insights\":[\"ApiCallRateInsight\",\"ApiErrorRateInsight\"],\"trailLogRetentionDays\":400}");
        assertThat(audit.configRules()).containsExactly("ENCRYPTED_VOLUMES", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK");
        assertThat(audit.standards()).extracting(s -> s.arn("aws", "eu-west-1")).containsExactly(
                "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                "arn:aws:securityhub:eu-west-1::standards/pci-dss/v/4.0.1",
                "arn:aws:securityhub:eu-west-1::standards/nist-800-53/v/5.0.0");
        assertThat(audit.s3DataEvents()).containsExactly(new AuditConfig.DataEvents("documents", AuditConfig.ReadWrite.WRITE));
        assertThat(audit.insights()).containsExactly(AuditConfig.Insight.API_CALL_RATE, AuditConfig.Insight.API_ERROR_RATE);
        assertThat(audit.trailLogRetentionDays()).isEqualTo(400);
    }

    @Test
    void configRulesComeFromTheCatalogue() {
        rejected("{\"configRules\":[\"ENCRYPTED_VOLUME\"]}", "platform:security.audit.configRules[0]",
                "'ENCRYPTED_VOLUME' is not an AWS Config managed rule identifier of the platform's catalogue "
                        + "(such as ENCRYPTED_VOLUMES) (did you mean ENCRYPTED_VOLUMES?)");
        rejected("{\"configRules\":[\"CLOUD_TRAIL_ENABLED\",\"rds-instance-public-access-check\"]}",
                "platform:security.audit.configRules[1]", "'rds-instance-public-access-check' is not an AWS Config "
                        + "managed rule identifier of the platform's catalogue (such as ENCRYPTED_VOLUMES) (did you mean "
                        + "RDS_INSTANCE_PUBLIC_ACCESS_CHECK? rds-instance-public-access-check is another code for it)");
        rejected("{\"configRules\":[]}", "platform:security.audit.configRules", "[] turns every AWS Config rule off; "
                + "give at least one managed rule (default: " + String.join(", ", ManagedConfigRules.DEFAULTS) + ")");
        rejected("{\"configRules\":[\"ENCRYPTED_VOLUMES\",\"ENCRYPTED_VOLUMES\"]}", "platform:security.audit.configRules[1]",
                "'ENCRYPTED_VOLUMES' is listed twice (also at [0]); list it once");
    }

    @Test
    void everyDefaultAndSeedRuleIsInTheCatalogue() {
        assertThat(ManagedConfigRules.CATALOGUE.names()).containsAll(ManagedConfigRules.DEFAULTS)
                .contains("RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "ENCRYPTED_VOLUMES", "ROOT_ACCOUNT_MFA_ENABLED",
                        "MULTI_REGION_CLOUD_TRAIL_ENABLED", "CLOUDTRAIL_S3_DATAEVENTS_ENABLED");
        assertThat(ManagedConfigRules.CATALOGUE.names()).allMatch(id -> id.matches("[A-Z0-9]+(_[A-Z0-9]+)*"));
    }

    @Test
    void standardsInsightsAndRetentionAreClosedSets() {
        rejected("{\"securityHubStandards\":[\"pci\"]}", "platform:security.audit.securityHubStandards[0]",
                "'pci' is not allowed; allowed: cis, fsbp, nist-800-53, pci-dss, pci-dss-3.2.1");
        rejected("{\"securityHubStandards\":[\"pci-dss\",\"pci-dss-3.2.1\"]}", "platform:security.audit.securityHubStandards",
                "lists pci-dss (v4.0.1) and pci-dss-3.2.1; subscribe to one PCI DSS version");
        rejected("{\"insights\":[\"ApiCallRate\"]}", "platform:security.audit.insights[0]",
                "'ApiCallRate' is not allowed; allowed: ApiCallRateInsight, ApiErrorRateInsight");
        rejected("{\"trailLogRetentionDays\":366}", "platform:security.audit.trailLogRetentionDays",
                "366 is not allowed; allowed: " + java.util.Arrays.stream(NetworkConfigReader.LOG_RETENTION_DAYS)
                        .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", ")));
    }

    @Test
    void dataEventsNameAStackBucketOnce() {
        rejected("{\"s3DataEvents\":[{\"bucket\":\"documnets\"}]}", "platform:security.audit.s3DataEvents[0].bucket",
                "'documnets' is not a bucket of this stack (did you mean documents?); allowed: documents");
        rejected("{\"s3DataEvents\":[{\"bucket\":\"documents\"},{\"bucket\":\"documents\",\"readWrite\":\"read\"}]}",
                "platform:security.audit.s3DataEvents[1].bucket", "'documents' is listed twice (also at [0]); list it once");
        rejected("{\"s3DataEvents\":[{\"bucket\":\"documents\",\"readWrite\":\"reads\"}]}",
                "platform:security.audit.s3DataEvents[0].readWrite",
                "'reads' is not allowed (did you mean read?); allowed: all, read, write");
        rejected("{\"s3DataEvents\":[{\"readWrite\":\"read\"}]}", "platform:security.audit.s3DataEvents[0].bucket",
                "is required: the stack bucket whose object-level events are recorded: documents or a "
                        + "platform:data.buckets name");
    }

    @Test
    void auditNeedsTheBaselineAndKnownKeys() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/platform\"},\"audit\":{\"insights\":[\"ApiCallRateInsight\"]}}"))))
                .hasMessage("platform:security.audit.insights: is set, but platform:security.accountBaseline is false: "
                        + "the audit settings shape the account baseline; turn it on or remove the key");
        rejected("{\"configRule\":[]}", "platform:security.audit.configRule", "is not a known setting (did you mean "
                + "configRules?); known settings here: configRules, insights, s3DataEvents, securityHubStandards, "
                + "trailLogRetentionDays");
        assertThat(List.of(AuditConfig.SecurityHubStandard.values())).allSatisfy(s ->
                assertThat(s.arn("aws-us-gov", "us-gov-west-1")).startsWith("arn:aws-us-gov:securityhub:us-gov-west-1::standards/"));
    }
}
