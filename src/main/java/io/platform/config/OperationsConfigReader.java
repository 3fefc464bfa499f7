package io.platform.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:observability} and {@code platform:operations}. */
final class OperationsConfigReader {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");

    private OperationsConfigReader() {
    }

    static ObservabilityConfig observability(ConfigSection section, DataConfig.Database database) {
        List<String> emails = section.strings("alertEmails", List.of());
        for (int i = 0; i < emails.size(); i++) {
            if (!EMAIL.matcher(emails.get(i)).matches()) {
                throw new ConfigException(section.keyOf("alertEmails") + "[" + i + "]", "'" + emails.get(i)
                        + "' is not an e-mail address");
            }
        }
        OptionalInt derived = database.engine() == DatabaseEngine.AURORA_SERVERLESS_V2
                ? OptionalInt.of(ConnectionLimit.forServerlessCapacity(database.maxCapacityAcu()))
                : ConnectionLimit.forInstanceClass(database.instanceClass());
        if (derived.isEmpty() && !section.has("databaseMaxConnections")) {
            throw new ConfigException(section.keyOf("databaseMaxConnections"), "is required for instance class "
                    + database.instanceClass() + ", whose memory (and so max_connections) this program does not know");
        }
        int maxConnections = section.integer("databaseMaxConnections", derived.orElse(0), 10, 262143);
        section.rejectUnknownKeys();
        return new ObservabilityConfig(emails, maxConnections);
    }

    static OperationsConfig operations(ConfigSection section, Environment env, String region) {
        int retention = section.integer("backupRetentionDays", switch (env) {
            case DEV -> 7;
            case STAGING -> 14;
            case PRODUCTION -> 30;
        }, 1, 36500);
        Optional<String> dr = section.optionalString("drRegion");
        dr.ifPresent(r -> AwsRegions.requireOther(section.keyOf("drRegion"), r, region,
                "a DR copy must live in another region"));
        boolean shutdown = section.bool("autoShutdown", env == Environment.DEV);
        if (shutdown && env == Environment.PRODUCTION) {
            throw new ConfigException(section.keyOf("autoShutdown"), "true is not allowed in production "
                    + "(it stops the database every night); allowed: false");
        }
        int budget = section.integer("monthlyBudgetUsd", switch (env) {
            case DEV -> 200;
            case STAGING -> 800;
            case PRODUCTION -> 3000;
        }, 1, 10_000_000);
        int anomaly = section.integer("anomalyThresholdUsd", 100, 1, 1_000_000);
        section.rejectUnknownKeys();
        return new OperationsConfig(retention, dr, shutdown, budget, anomaly);
    }
}
