package io.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;

/** The account security services behind {@code platform:security.accountBaseline}. */
class AccountBaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BASELINE_TYPES = List.of(
            "aws:guardduty/detector:Detector", "aws:securityhub/account:Account", "aws:cloudtrail/trail:Trail",
            "aws:cfg/recorder:Recorder", "aws:cfg/deliveryChannel:DeliveryChannel", "aws:cfg/rule:Rule",
            "aws:accessanalyzer/analyzer:Analyzer", "aws:inspector2/enabler:Enabler");

    @Test
    void productionRunsEveryAccountServiceAndStagingNone() {
        PlanResult production = plan("production");
        PlanResult staging = plan("staging");
        for (String type : BASELINE_TYPES) {
            assertThat(production.ofType(type)).as(type).isNotEmpty();
            assertThat(staging.ofType(type)).as(type).isEmpty();
        }
        assertThat(production.ofType("platform:security:AccountBaseline")).hasSize(1);
        assertThat(staging.ofType("platform:security:AccountBaseline")).isEmpty();
    }

    @Test
    void theSwitchTurnsItOnInStaging() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"accountBaseline\":true,\"github\":{\"repository\":\"acme/platform\"}}")));
        for (String type : BASELINE_TYPES) {
            assertThat(plan.ofType(type)).as(type).isNotEmpty();
        }
    }

    @Test
    void trailIsMultiRegionValidatedEncryptedAndDeliveredToLogs() {
        PlanResult plan = plan("production");
        Map<String, Object> trail = named(plan, "platform-production-trail").inputValues();
        String logsKey = "arn:aws:kms:us-east-1:123456789012:key/" + named(plan, "platform-production-logs").id();
        assertThat(trail).containsEntry("isMultiRegionTrail", true)
                .containsEntry("includeGlobalServiceEvents", true)
                .containsEntry("enableLogFileValidation", true)
                .containsEntry("enableLogging", true)
                .containsEntry("kmsKeyId", logsKey)
                .containsEntry("s3BucketName", "platform-production-audit-logs-123456789012")
                .containsEntry("cloudWatchLogsGroupArn",
                        "arn:aws:logs:us-east-1:123456789012:log-group:/platform/production/cloudtrail:*")
                .containsEntry("cloudWatchLogsRoleArn", "arn:aws:iam::123456789012:role/"
                        + named(plan, "platform-production-cloudtrail-role").id());
    }

    @Test
    void auditBucketLetsOnlyThisTrailAndConfigWrite() throws Exception {
        PlanResult plan = plan("production");
        JsonNode policy = JSON.readTree((String) named(plan, "platform-production-audit-logs-policy").inputValues().get("policy"));
        String bucket = "arn:aws:s3:::platform-production-audit-logs-123456789012";
        JsonNode write = statement(policy, "CloudTrailWrite");
        assertThat(write.at("/Principal/Service").asText()).isEqualTo("cloudtrail.amazonaws.com");
        assertThat(write.get("Resource").asText()).isEqualTo(bucket + "/cloudtrail/AWSLogs/123456789012/*");
        assertThat(write.at("/Condition/StringEquals/aws:SourceArn").asText())
                .isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:trail/platform-production-trail");
        JsonNode config = statement(policy, "ConfigWrite");
        assertThat(config.get("Resource").asText()).isEqualTo(bucket + "/config/AWSLogs/123456789012/Config/*");
        assertThat(config.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(statement(policy, "DenyInsecureTransport").at("/Condition/Bool/aws:SecureTransport").asText())
                .isEqualTo("false");
    }

    @Test
    void securityHubSubscribesFsbpAndCisAndConfigHasTheManagedRules() {
        PlanResult plan = plan("production");
        assertThat(plan.ofType("aws:securityhub/standardsSubscription:StandardsSubscription"))
                .extracting(r -> r.inputValues().get("standardsArn"))
                .containsExactlyInAnyOrder(
                        "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                        "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/3.0.0");
        assertThat(plan.ofType("aws:cfg/rule:Rule")).extracting(r -> (Object) ((Map<?, ?>) r.inputValues().get("source")).get("sourceIdentifier"))
                .contains("S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED",
                        "RDS_STORAGE_ENCRYPTED", "INCOMING_SSH_DISABLED", "CLOUD_TRAIL_ENABLED", "IAM_ROOT_ACCESS_KEY_CHECK");
        assertThat(plan.ofType("aws:cfg/recorder:Recorder")).singleElement().satisfies(r ->
                assertThat(io.platform.testing.StackFixture.map(r.inputValues().get("recordingGroup")))
                        .containsEntry("allSupported", true).containsEntry("includeGlobalResourceTypes", true));
        assertThat(plan.ofType("aws:cfg/recorderStatus:RecorderStatus")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).containsEntry("isEnabled", true));
        // Config.1: the recorder uses AWS Config's service-linked role, which the baseline creates.
        assertThat(plan.ofType("aws:cfg/recorder:Recorder")).singleElement().satisfies(r -> assertThat(r.inputValues())
                .containsEntry("roleArn", "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"));
        assertThat(plan.ofType("aws:iam/serviceLinkedRole:ServiceLinkedRole")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).containsEntry("awsServiceName", "config.amazonaws.com"));
        assertThat(plan.ofType("aws:iam/role:Role")).extracting(RecordedResource::name)
                .doesNotContain("platform-production-config-role");
    }

    @Test
    void accountWideSettingsBlockPublicBucketsEncryptVolumesAndHardenIamAndSsm() {
        PlanResult plan = plan("production");
        assertThat(plan.ofType("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).containsEntry("blockPublicAcls", true)
                        .containsEntry("ignorePublicAcls", true).containsEntry("blockPublicPolicy", true)
                        .containsEntry("restrictPublicBuckets", true));
        assertThat(plan.ofType("aws:ebs/encryptionByDefault:EncryptionByDefault")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).containsEntry("enabled", true));
        assertThat(plan.ofType("aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).isEqualTo(Map.of("state", "block-all-sharing")));
        assertThat(plan.ofType("aws:iam/accountPasswordPolicy:AccountPasswordPolicy")).singleElement()
                .satisfies(r -> assertThat(r.inputValues()).containsEntry("minimumPasswordLength", 14L)
                        .containsEntry("passwordReusePrevention", 24L).containsEntry("maxPasswordAge", 90L)
                        .containsEntry("requireSymbols", true).containsEntry("requireNumbers", true)
                        .containsEntry("requireUppercaseCharacters", true).containsEntry("requireLowercaseCharacters", true));
        assertThat(plan.ofType("aws:ssm/serviceSetting:ServiceSetting"))
                .extracting(r -> r.inputValues().get("settingId") + "=" + r.inputValues().get("settingValue"))
                .containsExactlyInAnyOrder(
                        "arn:aws:ssm:us-east-1:123456789012:servicesetting/ssm/documents/console/public-sharing-permission=Disable",
                        "arn:aws:ssm:us-east-1:123456789012:servicesetting/ssm/automation/customer-script-log-destination=CloudWatch");
    }

    @Test
    void detectorAnalyzerAndInspectorAreOnForThisAccount() {
        PlanResult plan = plan("production");
        assertThat(plan.ofType("aws:guardduty/detector:Detector")).singleElement()
                .satisfies(d -> assertThat(d.inputValues()).containsEntry("enable", true));
        assertThat(plan.ofType("aws:accessanalyzer/analyzer:Analyzer")).singleElement()
                .satisfies(a -> assertThat(a.inputValues()).containsEntry("type", "ACCOUNT"));
        assertThat(plan.ofType("aws:inspector2/enabler:Enabler")).singleElement().satisfies(i ->
                assertThat(i.inputValues()).containsEntry("resourceTypes", List.of("EC2", "ECR", "LAMBDA", "LAMBDA_CODE"))
                        .containsEntry("accountIds", List.of("123456789012")));
        // Every GuardDuty protection plan; runtime monitoring manages its agent on Fargate, EC2 and EKS.
        assertThat(plan.ofType("aws:guardduty/detectorFeature:DetectorFeature"))
                .extracting(f -> f.inputValues().get("name") + "=" + f.inputValues().get("status"))
                .containsExactlyInAnyOrder("S3_DATA_EVENTS=ENABLED", "EKS_AUDIT_LOGS=ENABLED", "EBS_MALWARE_PROTECTION=ENABLED",
                        "RDS_LOGIN_EVENTS=ENABLED", "LAMBDA_NETWORK_LOGS=ENABLED", "RUNTIME_MONITORING=ENABLED");
        assertThat(plan.ofType("aws:guardduty/detectorFeature:DetectorFeature"))
                .filteredOn(f -> f.inputValues().get("name").equals("RUNTIME_MONITORING")).singleElement()
                .satisfies(f -> assertThat((List<Object>) f.inputValues().get("additionalConfigurations"))
                        .containsExactlyInAnyOrder(
                                Map.of("name", "ECS_FARGATE_AGENT_MANAGEMENT", "status", "ENABLED"),
                                Map.of("name", "EC2_AGENT_MANAGEMENT", "status", "ENABLED"),
                                Map.of("name", "EKS_ADDON_MANAGEMENT", "status", "ENABLED")));
    }

    private static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode s : policy.get("Statement")) {
            if (s.get("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }
}
