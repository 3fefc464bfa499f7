package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Glob;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/** Databases export the logs their engine writes to CloudWatch Logs (per engine, as Security Hub's RDS log controls ask). */
public final class LogExports {
    /** Security Hub's default log types per engine (RDS.9, RDS.34, RDS.36, RDS.37, RDS.40, RDS.42). */
    static final Map<String, List<String>> DEFAULT_LOG_TYPES = defaults();

    private LogExports() {
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("postgres", List.of("postgresql"));
        m.put("aurora-postgresql", List.of("postgresql"));
        m.put("aurora-mysql", List.of("audit"));
        m.put("mysql", List.of("audit", "error", "general", "slowquery"));
        m.put("mariadb", List.of("audit", "error", "general", "slowquery"));
        m.put("sqlserver-*", List.of("agent", "error"));
        m.put("oracle-*", List.of("alert", "audit", "listener", "trace"));
        return m;
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-log-exports")
                .description("Databases export their engine's logs to CloudWatch Logs (PostgreSQL: postgresql)")
                .severity(Severity.MEDIUM)
                .controls(SecurityHub.controls("RDS.9", "RDS.34", "RDS.36", "RDS.37", "RDS.40", "RDS.42"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .setting(Setting.stringListMap("requiredLogTypes",
                        "Per engine (a glob on the engine name), the log types enabledCloudwatchLogsExports must include",
                        DEFAULT_LOG_TYPES).nonEmpty())
                .fix("Add the engine's log types to enabledCloudwatchLogsExports (postgresql for PostgreSQL)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String engine = p.string("engine").orElse("");
                    ctx.settings().stringListMap("requiredLogTypes").entrySet().stream()
                            .filter(e -> Glob.matches(e.getKey(), engine)).findFirst().ifPresent(e -> {
                                List<String> exported = p.strings("enabledCloudwatchLogsExports");
                                List<String> missing = e.getValue().stream().filter(t -> !exported.contains(t)).toList();
                                if (!missing.isEmpty()) {
                                    ctx.report("enabledCloudwatchLogsExports does not include " + String.join(", ", missing)
                                            + "; " + engine + " databases must export these logs to CloudWatch Logs");
                                }
                            });
                })
                .build();
    }
}
