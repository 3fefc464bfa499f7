package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;

/** Aurora MySQL cluster parameter groups turn on the audit plugin ({@code server_audit_logging=1}). */
public final class AuroraMysqlAuditLogging {
    private AuroraMysqlAuditLogging() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-aurora-mysql-audit-logging")
                .description("Aurora MySQL cluster parameter groups enable audit logging (server_audit_logging=1)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("RDS.45"))
                .types(RDS_CLUSTER_PARAMETER_GROUP)
                .fix("Add the parameter server_audit_logging = 1 (and server_audit_events)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!p.string("family").orElse("").startsWith("aurora-mysql")) {
                        return;
                    }
                    Optional<String> value = Parameters.last(p, "server_audit_logging");
                    if (value.isEmpty() || !(value.get().equals("1") || value.get().equalsIgnoreCase("ON"))) {
                        ctx.report("parameters server_audit_logging is " + value.orElse("not set")
                                + "; Aurora MySQL clusters must write an audit log");
                    }
                })
                .build();
    }
}
