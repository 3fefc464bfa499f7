package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_PARAMETER_GROUP;

/** RDS instance and Aurora cluster rules (Aurora Multi-AZ is a stack rule: it counts cluster instances). */
public final class RdsRules {
    /** What RDS keeps when backupRetentionPeriod is not set. */
    private static final int AWS_DEFAULT_BACKUP_DAYS = 1;

    private RdsRules() {
    }

    public static List<Policy> all() {
        return List.of(noPublicAccess(), storageEncrypted(), backupRetention(), deletionProtection(), multiAz(),
                iamAuthentication(), performanceInsightsEncrypted(), forceSsl(), noPlaintextPassword(),
                finalSnapshot(), enhancedMonitoring(), logExports());
    }

    public static ResourcePolicy noPublicAccess() {
        return ResourcePolicy.builder("rds-no-public-access")
                .description("RDS instances are not publicly accessible")
                .severity(Severity.CRITICAL).controls("RDS.2", "CIS 2.3.3")
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Set publiclyAccessible to false and keep the database in the data subnets")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "publiclyAccessible", ctx,
                        "RDS instances must not be reachable from the internet"))
                .build();
    }

    public static ResourcePolicy storageEncrypted() {
        return ResourcePolicy.builder("rds-storage-encrypted")
                .description("RDS and Aurora storage is encrypted with a customer-managed KMS key")
                .severity(Severity.HIGH).controls("RDS.3", "RDS.27", "CIS 2.3.1")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set storageEncrypted to true and kmsKeyId to the data KMS key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "RDS storage must be encrypted with a customer-managed KMS key";
                    Checks.requireTrue(p, "storageEncrypted", ctx, why);
                    if (p.bool("storageEncrypted", false)) {
                        Checks.requireSet(p, "kmsKeyId", ctx, " (AWS managed key aws/rds)", why);
                    }
                })
                .build();
    }

    public static ResourcePolicy backupRetention() {
        return ResourcePolicy.builder("rds-backup-retention")
                .description("Automated backups are kept at least 7 days, and at least 30 days in production")
                .severity(Severity.MEDIUM).controls("RDS.11")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .environmentAware()
                .setting(Setting.integer("minimumDays", "Minimum backupRetentionPeriod outside production", 7, 1))
                .setting(Setting.integer("productionMinimumDays", "Minimum backupRetentionPeriod in production", 30, 1))
                .fix("Raise backupRetentionPeriod (the stack config's backup days)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (r.type().equals(RDS_INSTANCE) && p.has("replicateSourceDb")) {
                        return; // read replicas take their backups from the source
                    }
                    boolean production = ctx.isProduction();
                    int minimum = ctx.settings().integer(production ? "productionMinimumDays" : "minimumDays");
                    Optional<Integer> days = p.integer("backupRetentionPeriod");
                    if (days.orElse(AWS_DEFAULT_BACKUP_DAYS) < minimum) {
                        ctx.report("backupRetentionPeriod is "
                                + days.map(String::valueOf).orElse("not set (AWS default " + AWS_DEFAULT_BACKUP_DAYS + " day)")
                                + "; keep automated backups for at least " + minimum + " days"
                                + (production ? " in production" : ""));
                    }
                })
                .build();
    }

    public static ResourcePolicy deletionProtection() {
        return ResourcePolicy.builder("rds-deletion-protection")
                .description("Production databases have deletion protection on")
                .severity(Severity.HIGH).controls("RDS.7", "RDS.8")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .productionOnly()
                .fix("Set deletionProtection to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "deletionProtection", ctx,
                        "production databases must have deletion protection on"))
                .build();
    }

    public static ResourcePolicy multiAz() {
        return ResourcePolicy.builder("rds-multi-az")
                .description("Production RDS instances are Multi-AZ")
                .severity(Severity.HIGH).controls("RDS.5")
                .types(RDS_INSTANCE)
                .productionOnly()
                .fix("Set multiAz to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "multiAz", ctx,
                        "production databases must run Multi-AZ"))
                .build();
    }

    public static ResourcePolicy iamAuthentication() {
        return ResourcePolicy.builder("rds-iam-authentication")
                .description("IAM database authentication is on")
                .severity(Severity.MEDIUM).controls("RDS.10", "RDS.12")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set iamDatabaseAuthenticationEnabled to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "iamDatabaseAuthenticationEnabled", ctx,
                        "enable IAM database authentication so applications need no static passwords"))
                .build();
    }

    public static ResourcePolicy performanceInsightsEncrypted() {
        return ResourcePolicy.builder("rds-performance-insights-encrypted")
                .description("Performance Insights data is encrypted with a customer-managed KMS key")
                .severity(Severity.MEDIUM)
                .types(RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE)
                .fix("Set performanceInsightsKmsKeyId to the data KMS key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.bool("performanceInsightsEnabled", false) && p.nonBlank("performanceInsightsKmsKeyId").isEmpty()) {
                        ctx.report("performanceInsightsEnabled is true but performanceInsightsKmsKeyId is not set; "
                                + "Performance Insights data must be encrypted with a customer-managed KMS key");
                    }
                })
                .build();
    }

    public static ResourcePolicy forceSsl() {
        return ResourcePolicy.builder("rds-force-ssl")
                .description("Parameter groups force TLS (rds.force_ssl=1, or require_secure_transport for MySQL)")
                .severity(Severity.HIGH)
                .types(RDS_PARAMETER_GROUP, RDS_CLUSTER_PARAMETER_GROUP)
                .fix("Add the parameter rds.force_ssl = 1 (MySQL/MariaDB: require_secure_transport = 1)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String family = p.string("family").orElse("");
                    String parameter = tlsParameter(family);
                    if (parameter == null) {
                        return;
                    }
                    Optional<String> value = p.maps("parameters").stream()
                            .filter(param -> param.string("name").map(parameter::equals).orElse(false))
                            .map(param -> param.string("value").orElse(""))
                            .reduce((first, second) -> second);
                    String why = family + " parameter groups must set " + parameter + "=1 so every client uses TLS";
                    if (value.isEmpty()) {
                        ctx.report("parameters has no " + parameter + "; " + why);
                    } else if (!value.get().equals("1") && !value.get().equalsIgnoreCase("ON")) {
                        ctx.report("parameters " + parameter + " is " + value.get() + "; " + why);
                    }
                })
                .build();
    }

    /** The parameter that forces TLS for an engine family, or null for families without one. */
    private static String tlsParameter(String family) {
        if (family.startsWith("postgres") || family.startsWith("aurora-postgresql") || family.startsWith("sqlserver")) {
            return "rds.force_ssl";
        }
        if (family.startsWith("mysql") || family.startsWith("aurora-mysql") || family.startsWith("mariadb")) {
            return "require_secure_transport";
        }
        return null;
    }

    public static ResourcePolicy noPlaintextPassword() {
        return ResourcePolicy.builder("rds-no-plaintext-password")
                .description("The master password is never a plain input (RDS-managed or a Pulumi secret)")
                .severity(Severity.CRITICAL)
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set manageMasterUserPassword to true and drop the password input")
                .check((r, ctx) -> {
                    String key = r.type().equals(RDS_INSTANCE) ? "password" : "masterPassword";
                    if (!r.properties().isSecret(key) && r.properties().value(key) != null) {
                        ctx.report(key + " is set as a plain (non-secret) value; let RDS manage the master password "
                                + "(manageMasterUserPassword) or pass a Pulumi secret");
                    }
                })
                .build();
    }

    public static ResourcePolicy finalSnapshot() {
        return ResourcePolicy.builder("rds-final-snapshot")
                .description("Production databases take a final snapshot when deleted")
                .severity(Severity.HIGH)
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .productionOnly()
                .fix("Set skipFinalSnapshot to false and finalSnapshotIdentifier to a name for the snapshot")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.bool("skipFinalSnapshot", false)) {
                        ctx.report("skipFinalSnapshot is true; production databases must take a final snapshot when deleted");
                    } else if (p.nonBlank("finalSnapshotIdentifier").isEmpty()) {
                        ctx.report("finalSnapshotIdentifier is not set; production databases need a final snapshot "
                                + "name so deleting them keeps a backup");
                    }
                })
                .build();
    }

    public static ResourcePolicy enhancedMonitoring() {
        return ResourcePolicy.builder("rds-enhanced-monitoring")
                .description("Enhanced monitoring is on")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls("RDS.6")
                .types(RDS_INSTANCE, RDS_CLUSTER_INSTANCE)
                .fix("Set monitoringInterval to 60 and monitoringRoleArn to the RDS monitoring role")
                .check((r, ctx) -> {
                    Optional<Integer> interval = r.properties().integer("monitoringInterval");
                    if (interval.orElse(0) <= 0) {
                        ctx.report("monitoringInterval is " + interval.map(String::valueOf).orElse("not set")
                                + " (enhanced monitoring off); set 1, 5, 10, 15, 30 or 60 seconds");
                    }
                })
                .build();
    }

    public static ResourcePolicy logExports() {
        return ResourcePolicy.builder("rds-log-exports")
                .description("PostgreSQL databases export their log to CloudWatch Logs")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls("RDS.9")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Add postgresql to enabledCloudwatchLogsExports")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String engine = p.string("engine").orElse("");
                    if ((engine.equals("postgres") || engine.equals("aurora-postgresql"))
                            && !p.strings("enabledCloudwatchLogsExports").contains("postgresql")) {
                        ctx.report("enabledCloudwatchLogsExports does not include postgresql; "
                                + "export the PostgreSQL log to CloudWatch Logs");
                    }
                })
                .build();
    }
}
