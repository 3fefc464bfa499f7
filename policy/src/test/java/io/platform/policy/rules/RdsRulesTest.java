package io.platform.policy.rules;

import io.platform.policy.rules.rds.DeletionProtection;
import io.platform.policy.rules.rds.EnhancedMonitoring;
import io.platform.policy.rules.rds.FinalSnapshot;
import io.platform.policy.rules.rds.LogExports;
import io.platform.policy.rules.rds.MultiAz;
import io.platform.policy.rules.rds.PerformanceInsightsEncrypted;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.RDS_CLUSTER;
import static io.platform.policy.Tokens.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.Tokens.RDS_CLUSTER_PARAMETER_GROUP;
import static io.platform.policy.Tokens.RDS_INSTANCE;
import static io.platform.policy.Tokens.RDS_PARAMETER_GROUP;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class RdsRulesTest {

    @Nested
    class NoPublicAccess {
        @Test
        void privateInstancePasses() {
            forRule(io.platform.policy.rules.rds.NoPublicAccess.policy()).withType(RDS_INSTANCE)
                    .withProperty("publiclyAccessible", false).expectNoViolations();
            forRule(io.platform.policy.rules.rds.NoPublicAccess.policy()).withType(RDS_INSTANCE).withProperty("engine", "postgres").expectNoViolations();
        }

        @Test
        void publicInstanceFails() {
            forRule(io.platform.policy.rules.rds.NoPublicAccess.policy()).withType(RDS_INSTANCE)
                    .withProperty("publiclyAccessible", true)
                    .expectViolations("publiclyAccessible is true; RDS instances must not be reachable from the internet");
        }

        @Test
        void publicAuroraInstanceFails() {
            forRule(io.platform.policy.rules.rds.NoPublicAccess.policy()).withType(RDS_CLUSTER_INSTANCE)
                    .withProperty("publiclyAccessible", true)
                    .expectViolations("publiclyAccessible is true; RDS instances must not be reachable from the internet");
        }
    }

    @Nested
    class StorageEncrypted {
        @Test
        void customerKeyPasses() {
            forRule(io.platform.policy.rules.rds.StorageEncrypted.policy()).withType(RDS_INSTANCE)
                    .withProperties(Map.of("storageEncrypted", true, "kmsKeyId", "arn:aws:kms:us-east-1:1:key/data"))
                    .expectNoViolations();
        }

        @Test
        void unencryptedFails() {
            forRule(io.platform.policy.rules.rds.StorageEncrypted.policy()).withType(RDS_CLUSTER)
                    .withProperty("engine", "aurora-postgresql")
                    .expectViolations("storageEncrypted is not set; RDS storage must be encrypted with a customer-managed KMS key");
        }

        @Test
        void awsManagedKeyFails() {
            forRule(io.platform.policy.rules.rds.StorageEncrypted.policy()).withType(RDS_INSTANCE)
                    .withProperty("storageEncrypted", true)
                    .expectViolations("kmsKeyId is not set (AWS managed key aws/rds); "
                            + "RDS storage must be encrypted with a customer-managed KMS key");
        }

        @Test
        void keyFromAnotherResourceDuringPreviewIsNotJudged() {
            forRule(io.platform.policy.rules.rds.StorageEncrypted.policy()).withType(RDS_INSTANCE).dryRun()
                    .withProperties(Map.of("storageEncrypted", true, "kmsKeyId", Unknown.VALUE))
                    .expectNoViolations();
        }
    }

    @Nested
    class BackupRetention {
        @Test
        void sevenDaysPassOutsideProduction() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("staging")
                    .withProperty("backupRetentionPeriod", 7).expectNoViolations();
        }

        @Test
        void wholeNumbersMayArriveAsDoubles() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE)
                    .withProperty("backupRetentionPeriod", 14.0).expectNoViolations();
        }

        @Test
        void threeDaysFail() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE)
                    .withProperty("backupRetentionPeriod", 3)
                    .expectViolations("backupRetentionPeriod is 3; keep automated backups for at least 7 days");
        }

        @Test
        void missingMeansTheAwsDefaultOfOneDay() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_CLUSTER)
                    .withProperty("engine", "aurora-postgresql")
                    .expectViolations("backupRetentionPeriod is not set (AWS default 1 day); keep automated backups for at least 7 days");
        }

        @Test
        void productionNeedsThirtyDays() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("production")
                    .withProperty("backupRetentionPeriod", 14)
                    .expectViolations("backupRetentionPeriod is 14; keep automated backups for at least 30 days in production");
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("production")
                    .withProperty("backupRetentionPeriod", 30).expectNoViolations();
        }

        @Test
        void productionIsDecidedByTheEnvironmentConfigAndTheSetting() {
            // stack "prod-eu" is production because its <project>:environment says so
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("prod-eu").inEnvironment("production")
                    .withProperty("backupRetentionPeriod", 14)
                    .expectViolations("backupRetentionPeriod is 14; keep automated backups for at least 30 days in production");
            // ... and "live" only when the pack config lists it
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("live")
                    .withProperty("backupRetentionPeriod", 14).expectNoViolations();
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).inStack("live")
                    .withSetting("productionEnvironments", List.of("live"))
                    .withProperty("backupRetentionPeriod", 14)
                    .expectViolations("backupRetentionPeriod is 14; keep automated backups for at least 30 days in production");
        }

        @Test
        void minimumIsASetting() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE).withSetting("minimumDays", 10)
                    .withProperty("backupRetentionPeriod", 7)
                    .expectViolations("backupRetentionPeriod is 7; keep automated backups for at least 10 days");
        }

        @Test
        void readReplicasAreSkipped() {
            forRule(io.platform.policy.rules.rds.BackupRetention.policy()).withType(RDS_INSTANCE)
                    .withProperties(Map.of("replicateSourceDb", "arn:aws:rds:us-east-1:1:db:primary", "backupRetentionPeriod", 0))
                    .expectNoViolations();
        }
    }

    @Nested
    class ProductionOnly {
        @Test
        void deletionProtectionOnlyInProduction() {
            forRule(DeletionProtection.policy()).withType(RDS_INSTANCE).inStack("staging")
                    .withProperty("deletionProtection", false).expectNoViolations();
            forRule(DeletionProtection.policy()).withType(RDS_CLUSTER).inStack("production")
                    .withProperty("deletionProtection", false)
                    .expectViolations("deletionProtection is false; production databases must have deletion protection on");
            forRule(DeletionProtection.policy()).withType(RDS_CLUSTER).inStack("production")
                    .withProperty("deletionProtection", true).expectNoViolations();
        }

        @Test
        void multiAzOnlyInProduction() {
            forRule(MultiAz.policy()).inStack("staging").withProperty("multiAz", false).expectNoViolations();
            forRule(MultiAz.policy()).inStack("production").withProperty("multiAz", true).expectNoViolations();
            forRule(MultiAz.policy()).inStack("production").withProperty("engine", "postgres")
                    .expectViolations("multiAz is not set; production databases must run Multi-AZ");
        }

        @Test
        void finalSnapshotInProduction() {
            forRule(FinalSnapshot.policy()).withType(RDS_INSTANCE).inStack("production")
                    .withProperties(Map.of("skipFinalSnapshot", false, "finalSnapshotIdentifier", "platform-production-final"))
                    .expectNoViolations();
            forRule(FinalSnapshot.policy()).withType(RDS_INSTANCE).inStack("production")
                    .withProperty("skipFinalSnapshot", true)
                    .expectViolations("skipFinalSnapshot is true; production databases must take a final snapshot when deleted");
            forRule(FinalSnapshot.policy()).withType(RDS_CLUSTER).inStack("production")
                    .withProperty("skipFinalSnapshot", false)
                    .expectViolations("finalSnapshotIdentifier is not set; production databases need a final snapshot "
                            + "name so deleting them keeps a backup");
            forRule(FinalSnapshot.policy()).withType(RDS_INSTANCE).inStack("dev")
                    .withProperty("skipFinalSnapshot", true).expectNoViolations();
        }
    }

    @Nested
    class IamAuthentication {
        @Test
        void enabledPasses() {
            forRule(io.platform.policy.rules.rds.IamAuthentication.policy()).withType(RDS_INSTANCE)
                    .withProperty("iamDatabaseAuthenticationEnabled", true).expectNoViolations();
        }

        @Test
        void disabledFails() {
            forRule(io.platform.policy.rules.rds.IamAuthentication.policy()).withType(RDS_CLUSTER)
                    .withProperty("iamDatabaseAuthenticationEnabled", false)
                    .expectViolations("iamDatabaseAuthenticationEnabled is false; "
                            + "enable IAM database authentication so applications need no static passwords");
        }
    }

    @Nested
    class PerformanceInsights {
        @Test
        void encryptedOrOffPasses() {
            forRule(PerformanceInsightsEncrypted.policy()).withType(RDS_INSTANCE)
                    .withProperties(Map.of("performanceInsightsEnabled", true, "performanceInsightsKmsKeyId", "arn:aws:kms:k"))
                    .expectNoViolations();
            forRule(PerformanceInsightsEncrypted.policy()).withType(RDS_INSTANCE)
                    .withProperty("performanceInsightsEnabled", false).expectNoViolations();
        }

        @Test
        void enabledWithoutKeyFails() {
            forRule(PerformanceInsightsEncrypted.policy()).withType(RDS_CLUSTER_INSTANCE)
                    .withProperty("performanceInsightsEnabled", true)
                    .expectViolations("performanceInsightsEnabled is true but performanceInsightsKmsKeyId is not set; "
                            + "Performance Insights data must be encrypted with a customer-managed KMS key");
        }
    }

    @Nested
    class ForceSsl {
        static Map<String, Object> parameter(String name, String value) {
            return Map.of("name", name, "value", value, "applyMethod", "pending-reboot");
        }

        @Test
        void postgresWithForceSslPasses() {
            forRule(io.platform.policy.rules.rds.ForceSsl.policy()).withType(RDS_PARAMETER_GROUP)
                    .withProperties(Map.of("family", "postgres15", "parameters",
                            List.of(parameter("log_connections", "1"), parameter("rds.force_ssl", "1"))))
                    .expectNoViolations();
        }

        @Test
        void postgresWithoutForceSslFails() {
            forRule(io.platform.policy.rules.rds.ForceSsl.policy()).withType(RDS_PARAMETER_GROUP)
                    .withProperties(Map.of("family", "postgres15", "parameters", List.of(parameter("log_connections", "1"))))
                    .expectViolations("parameters has no rds.force_ssl; "
                            + "postgres15 parameter groups must set rds.force_ssl=1 so every client uses TLS");
        }

        @Test
        void auroraClusterGroupWithForceSslOffFails() {
            forRule(io.platform.policy.rules.rds.ForceSsl.policy()).withType(RDS_CLUSTER_PARAMETER_GROUP)
                    .withProperties(Map.of("family", "aurora-postgresql15", "parameters", List.of(parameter("rds.force_ssl", "0"))))
                    .expectViolations("parameters rds.force_ssl is 0; "
                            + "aurora-postgresql15 parameter groups must set rds.force_ssl=1 so every client uses TLS");
        }

        @Test
        void mysqlUsesRequireSecureTransport() {
            forRule(io.platform.policy.rules.rds.ForceSsl.policy()).withType(RDS_PARAMETER_GROUP)
                    .withProperties(Map.of("family", "mysql8.0", "parameters", List.of(parameter("require_secure_transport", "ON"))))
                    .expectNoViolations();
        }
    }

    @Nested
    class NoPlaintextPassword {
        @Test
        void managedOrSecretPasswordPasses() {
            forRule(io.platform.policy.rules.rds.NoPlaintextPassword.policy()).withType(RDS_INSTANCE)
                    .withProperty("manageMasterUserPassword", true).expectNoViolations();
            forRule(io.platform.policy.rules.rds.NoPlaintextPassword.policy()).withType(RDS_CLUSTER)
                    .withProperty("masterPassword", new Secret("hunter2-hunter2")).expectNoViolations();
        }

        @Test
        void plainPasswordFailsWithoutEchoingIt() {
            forRule(io.platform.policy.rules.rds.NoPlaintextPassword.policy()).withType(RDS_INSTANCE)
                    .withProperty("password", "hunter2-hunter2")
                    .expectViolations("password is set as a plain (non-secret) value; let RDS manage the master password "
                            + "(manageMasterUserPassword) or pass a Pulumi secret");
        }
    }

    @Nested
    class Advisories {
        @Test
        void enhancedMonitoring() {
            forRule(EnhancedMonitoring.policy()).withType(RDS_INSTANCE).withProperty("monitoringInterval", 60)
                    .expectNoViolations();
            forRule(EnhancedMonitoring.policy()).withType(RDS_CLUSTER_INSTANCE).withProperty("monitoringInterval", 0)
                    .expectViolations("monitoringInterval is 0 (enhanced monitoring off); set 1, 5, 10, 15, 30 or 60 seconds");
        }

        @Test
        void postgresLogExport() {
            forRule(LogExports.policy()).withType(RDS_INSTANCE)
                    .withProperties(Map.of("engine", "postgres", "enabledCloudwatchLogsExports", List.of("postgresql", "upgrade")))
                    .expectNoViolations();
            forRule(LogExports.policy()).withType(RDS_CLUSTER)
                    .withProperty("engine", "aurora-postgresql")
                    .expectViolations("enabledCloudwatchLogsExports does not include postgresql; "
                            + "aurora-postgresql databases must export these logs to CloudWatch Logs");
            forRule(LogExports.policy()).withType(RDS_INSTANCE).withProperty("engine", "mysql")
                    .expectViolations("enabledCloudwatchLogsExports does not include audit, error, general, slowquery; "
                            + "mysql databases must export these logs to CloudWatch Logs");
        }
    }
}
