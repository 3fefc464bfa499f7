package io.platform.policy.rules.rds;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Automated backups outlive the database ({@code deleteAutomatedBackups=false}): AWS deletes them with
 * the database by default, so a mistaken delete would take the point-in-time history with it.
 */
public final class AutomatedBackupsRetained {
    private AutomatedBackupsRetained() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-automated-backups-retained")
                .description("Automated backups are kept when the database is deleted")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub judges live databases, not what deleting one would remove")
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set deleteAutomatedBackups to false")
                .check((r, ctx) -> {
                    if (RDS_INSTANCE.has(r.type()) && r.properties().has("replicateSourceDb")) {
                        return; // a replica's backups are the source's
                    }
                    ctx.isolated(() -> {
                        if (r.properties().bool("deleteAutomatedBackups", true)) {
                            ctx.report("deleteAutomatedBackups is " + (r.properties().has("deleteAutomatedBackups")
                                    ? "true" : "not set (AWS deletes them with the database)")
                                    + "; automated backups must survive the database's deletion");
                        }
                    });
                })
                .build();
    }
}
