package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_PARAMETER_GROUP;

/** Parameter groups force TLS: {@code rds.force_ssl=1} (PostgreSQL, SQL Server) or {@code require_secure_transport} (MySQL, MariaDB). */
public final class ForceSsl {
    private ForceSsl() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-force-ssl")
                .description("Parameter groups force TLS (rds.force_ssl=1, or require_secure_transport for MySQL)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.41", "RDS.44"))
                .types(RDS_PARAMETER_GROUP, RDS_CLUSTER_PARAMETER_GROUP)
                .fix("Add the parameter rds.force_ssl = 1 (MySQL/MariaDB: require_secure_transport = 1)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String family = p.string("family").orElse("");
                    String parameter = tlsParameter(family);
                    if (parameter == null) {
                        return;
                    }
                    Optional<String> value = Parameters.last(p, parameter);
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
    static String tlsParameter(String family) {
        if (family.startsWith("postgres") || family.startsWith("aurora-postgresql") || family.startsWith("sqlserver")) {
            return "rds.force_ssl";
        }
        if (family.startsWith("mysql") || family.startsWith("aurora-mysql") || family.startsWith("mariadb")) {
            return "require_secure_transport";
        }
        return null;
    }
}
