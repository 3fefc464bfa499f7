package io.platform.config;

import java.util.ArrayList;
import java.util.List;

/** Reads and validates {@code platform:security.audit}. */
final class AuditConfigReader {
    private static final List<String> KEYS = List.of("configRules", "securityHubStandards", "s3DataEvents",
            "insights", "trailLogRetentionDays");

    private AuditConfigReader() {
    }

    static AuditConfig read(ConfigSection audit, boolean accountBaseline) {
        List<String> rules = audit.stringsFrom("configRules", ManagedConfigRules.DEFAULTS, ManagedConfigRules.CATALOGUE);
        if (rules.isEmpty()) {
            throw new ConfigException(audit.keyOf("configRules"), "[] turns every AWS Config rule off; give at least "
                    + "one managed rule (default: " + String.join(", ", ManagedConfigRules.DEFAULTS) + ")");
        }
        List<AuditConfig.SecurityHubStandard> standards = named(audit, "securityHubStandards",
                AuditConfig.SecurityHubStandard.DEFAULTS, AuditConfig.SecurityHubStandard.class);
        if (standards.contains(AuditConfig.SecurityHubStandard.PCI_DSS)
                && standards.contains(AuditConfig.SecurityHubStandard.PCI_DSS_3_2_1)) {
            throw new ConfigException(audit.keyOf("securityHubStandards"), "lists pci-dss (v4.0.1) and pci-dss-3.2.1; "
                    + "subscribe to one PCI DSS version");
        }
        List<AuditConfig.DataEvents> dataEvents = audit.sections("s3DataEvents", e -> new AuditConfig.DataEvents(
                e.requiredString("bucket", "the stack bucket whose object-level events are recorded: documents "
                        + "or a platform:data.buckets name"),
                e.choice("readWrite", AuditConfig.ReadWrite.ALL, AuditConfig.ReadWrite.class)));
        audit.distinct("s3DataEvents", dataEvents, "bucket", AuditConfig.DataEvents::bucket, (i, j) -> "'"
                + dataEvents.get(i).bucket() + "' is listed twice (also at [" + j + "]); list it once");
        List<AuditConfig.Insight> insights = named(audit, "insights", List.of(), AuditConfig.Insight.class);
        int retention = audit.integerOneOf("trailLogRetentionDays", AuditConfig.DEFAULT_TRAIL_LOG_RETENTION_DAYS,
                NetworkConfigReader.LOG_RETENTION_DAYS);
        audit.rejectUnknownKeys();
        if (!accountBaseline) {
            KEYS.stream().filter(audit::has).findFirst().ifPresent(key -> {
                throw new ConfigException(audit.keyOf(key), "is set, but platform:security.accountBaseline is false: "
                        + "the audit settings shape the account baseline; turn it on or remove the key");
            });
        }
        return new AuditConfig(rules, standards, dataEvents, insights, retention);
    }

    private static <E extends Enum<E> & Named> List<E> named(ConfigSection section, String key, List<E> defaults,
                                                            Class<E> type) {
        List<String> names = section.stringsFrom(key, defaults.stream().map(Named::configName).toList(),
                Named.names(type));
        List<E> out = new ArrayList<>();
        names.forEach(n -> out.add(Named.parse(type, n).orElseThrow()));
        return List.copyOf(out);
    }
}
