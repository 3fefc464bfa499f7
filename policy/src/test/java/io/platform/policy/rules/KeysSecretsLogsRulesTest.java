package io.platform.policy.rules;

import io.platform.policy.rules.ec2.FlowLogAllTraffic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.platform.policy.Tokens.KMS_KEY;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

/** KMS, Secrets Manager, CloudWatch Logs, SNS, CloudTrail and flow-log rules. */
class KeysSecretsLogsRulesTest {

    @Nested
    class Kms {
        @Test
        void rotation() {
            forRule(KmsRules.keyRotation()).withType(KMS_KEY).withProperty("enableKeyRotation", true).expectNoViolations();
            forRule(KmsRules.keyRotation()).withType(KMS_KEY).withProperty("description", "data")
                    .expectViolations("enableKeyRotation is not set; symmetric customer-managed keys must rotate automatically");
            forRule(KmsRules.keyRotation()).withType(KMS_KEY).withProperties(Map.of("customerMasterKeySpec", "RSA_2048", "keyUsage", "SIGN_VERIFY"))
                    .expectNoViolations();
        }

        @Test
        void deletionWindowInProduction() {
            forRule(KmsRules.deletionWindow()).withType(KMS_KEY).inStack("production").withProperty("deletionWindowInDays", 30).expectNoViolations();
            forRule(KmsRules.deletionWindow()).withType(KMS_KEY).inStack("production").withProperty("description", "default window")
                    .expectNoViolations();
            forRule(KmsRules.deletionWindow()).withType(KMS_KEY).inStack("production").withProperty("deletionWindowInDays", 7)
                    .expectViolations("deletionWindowInDays is 7; production keys need a deletion window of at least 30 days");
            forRule(KmsRules.deletionWindow()).withType(KMS_KEY).inStack("dev").withProperty("deletionWindowInDays", 7).expectNoViolations();
        }
    }

    @Nested
    class SecretsManager {
        @Test
        void customerKey() {
            forRule(SecretsManagerRules.customerKey()).withProperty("kmsKeyId", "arn:aws:kms:us-east-1:1:key/secrets")
                    .expectNoViolations();
            forRule(SecretsManagerRules.customerKey()).withProperty("name", "/staging/db")
                    .expectViolations("kmsKeyId is not set (AWS managed key aws/secretsmanager); "
                            + "secrets must be encrypted with a customer-managed KMS key");
        }

        @Test
        void recoveryWindow() {
            forRule(SecretsManagerRules.recoveryWindow()).withProperty("recoveryWindowInDays", 7).expectNoViolations();
            forRule(SecretsManagerRules.recoveryWindow()).withProperty("recoveryWindowInDays", 0)
                    .expectViolations("recoveryWindowInDays is 0 (deleted at once); keep deleted secrets recoverable for at least 7 days");
        }
    }

    @Nested
    class CloudWatchLogs {
        @Test
        void retention() {
            forRule(CloudWatchLogsRules.retention()).withProperty("retentionInDays", 30).expectNoViolations();
            forRule(CloudWatchLogsRules.retention()).withProperty("name", "/ecs/api")
                    .expectViolations("retentionInDays is not set (logs never expire); log groups must have a retention period");
            forRule(CloudWatchLogsRules.retention()).withSetting("minimumDays", 90).withProperty("retentionInDays", 30)
                    .expectViolations("retentionInDays is 30; keep logs for at least 90 days");
        }

        @Test
        void kmsKey() {
            forRule(CloudWatchLogsRules.kmsKey()).withProperty("kmsKeyId", "arn:aws:kms:us-east-1:1:key/logs").expectNoViolations();
            forRule(CloudWatchLogsRules.kmsKey()).withProperty("retentionInDays", 30)
                    .expectViolations("kmsKeyId is not set; log groups must be encrypted with a customer-managed KMS key");
        }
    }

    @Test
    void snsEncrypted() {
        forRule(SnsRules.encrypted()).withProperty("kmsMasterKeyId", "alias/platform-alarms").expectNoViolations();
        forRule(SnsRules.encrypted()).withProperty("name", "alarms")
                .expectViolations("kmsMasterKeyId is not set; SNS topics must be encrypted with a KMS key");
    }

    @Nested
    class CloudTrail {
        @Test
        void compliantTrailPassesAllRules() {
            Map<String, Object> trail = Map.of("isMultiRegionTrail", true, "enableLogFileValidation", true,
                    "kmsKeyId", "arn:aws:kms:us-east-1:1:key/trail", "s3BucketName", "platform-trail");
            forRule(CloudTrailRules.multiRegion()).withProperties(trail).expectNoViolations();
            forRule(CloudTrailRules.logFileValidation()).withProperties(trail).expectNoViolations();
            forRule(CloudTrailRules.kmsKey()).withProperties(trail).expectNoViolations();
        }

        @Test
        void weakTrailFailsEachRule() {
            Map<String, Object> trail = Map.of("isMultiRegionTrail", false, "s3BucketName", "platform-trail");
            forRule(CloudTrailRules.multiRegion()).withProperties(trail)
                    .expectViolations("isMultiRegionTrail is false; the trail must record events in every region");
            forRule(CloudTrailRules.logFileValidation()).withProperties(trail)
                    .expectViolations("enableLogFileValidation is not set; log file validation must be on so tampering is detectable");
            forRule(CloudTrailRules.kmsKey()).withProperties(trail)
                    .expectViolations("kmsKeyId is not set; CloudTrail logs must be encrypted with a customer-managed KMS key");
        }
    }

    @Test
    void flowLogCapturesAllTraffic() {
        forRule(FlowLogAllTraffic.policy()).withProperties(Map.of("trafficType", "ALL", "vpcId", "vpc-1")).expectNoViolations();
        forRule(FlowLogAllTraffic.policy()).withProperties(Map.of("trafficType", "REJECT", "vpcId", "vpc-1"))
                .expectViolations("trafficType is REJECT; flow logs must capture ALL traffic");
    }
}
