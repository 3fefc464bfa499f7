package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Automated backups are kept at least 7 days, at least 30 in production (read replicas excepted). */
public final class BackupRetention {
    /** What RDS keeps when backupRetentionPeriod is not set. */
    private static final int AWS_DEFAULT_BACKUP_DAYS = 1;
    /** RDS keeps automated backups at most 35 days. */
    static final int AWS_MAXIMUM_DAYS = 35;

    private BackupRetention() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-backup-retention")
                .description("Automated backups are kept at least 7 days, and at least 30 days in production")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.11"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .environmentAware()
                .setting(Setting.integer("minimumDays", "Minimum backupRetentionPeriod outside production", 7, 1,
                        AWS_MAXIMUM_DAYS))
                .setting(Setting.integer("productionMinimumDays", "Minimum backupRetentionPeriod in production", 30, 1,
                        AWS_MAXIMUM_DAYS))
                .fix("Raise backupRetentionPeriod (the stack config's backup days)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (RDS_INSTANCE.has(r.type()) && p.has("replicateSourceDb")) {
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
}
