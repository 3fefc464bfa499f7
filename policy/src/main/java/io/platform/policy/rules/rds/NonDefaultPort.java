package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Map;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Databases listen on a port other than their engine's default (advisory: it only slows down scans;
 * the security groups are what keep a database private).
 */
public final class NonDefaultPort {
    static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "postgres", 5432, "aurora-postgresql", 5432, "mysql", 3306, "aurora-mysql", 3306, "aurora", 3306,
            "mariadb", 3306);

    private NonDefaultPort() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-non-default-port")
                .description("Databases do not listen on their engine's default port")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("RDS.23"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set port to a non-default value (and the security group rules with it)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String engine = p.string("engine").orElse("");
                    Integer standard = engine.startsWith("sqlserver") ? Integer.valueOf(1433)
                            : engine.startsWith("oracle") ? Integer.valueOf(1521) : DEFAULT_PORTS.get(engine);
                    if (standard == null || RDS_INSTANCE.has(r.type()) && p.has("replicateSourceDb")) {
                        return;
                    }
                    Optional<Integer> port = p.integer("port");
                    if (port.orElse(standard).equals(standard)) {
                        ctx.report("port is " + standard + (port.isEmpty() ? " (the default)" : "")
                                + "; use a port other than " + engine + "'s default");
                    }
                })
                .build();
    }
}
