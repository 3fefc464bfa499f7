package io.platform.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads and validates {@code platform:observability} and {@code platform:operations}. */
final class OperationsConfigReader {
    private OperationsConfigReader() {
    }

    /**
     * @param httpsSecret given whether a route uses the HTTPS endpoint, the secret {@code platform:alertHttpsEndpoint}
     *                    (required then, refused otherwise)
     */
    static ObservabilityConfig observability(ConfigSection section, DataConfig.Database database,
                                             Function<Integer, AlarmInventory> inventory, String appNamespace,
                                             Function<Boolean, Optional<SecretString>> httpsSecret) {
        List<String> emails = AlertRoutesReader.emails(section, "alertEmails");
        OptionalInt derived = database.engine() == DatabaseEngine.AURORA_SERVERLESS_V2
                ? OptionalInt.of(ConnectionLimit.forServerlessCapacity(database.maxCapacityAcu()))
                : ConnectionLimit.forInstanceClass(database.instanceClass());
        if (derived.isEmpty() && !section.has("databaseMaxConnections")) {
            throw new ConfigException(section.keyOf("databaseMaxConnections"), "is required for instance class "
                    + database.instanceClass() + ", whose memory (and so max_connections) this program does not know");
        }
        int maxConnections = section.integer("databaseMaxConnections", derived.orElse(0), 10, 262143);
        List<AlarmDefinition> alarms = new ArrayList<>(AlarmsConfigReader.builtIns(section.section("alarms"),
                inventory.apply(maxConnections), appNamespace));
        Set<String> names = new HashSet<>(alarms.stream().map(AlarmDefinition::name).toList());
        java.util.Arrays.stream(BuiltInAlarm.values()).forEach(a -> names.add(a.id()));
        alarms.addAll(AlarmsConfigReader.custom(section, names));
        List<CompositeAlarmConfig> composites = AlarmsConfigReader.composites(section,
                alarms.stream().map(AlarmDefinition::name).toList(), alarms.stream()
                        .filter(a -> a.region().isPresent()).map(AlarmDefinition::name).collect(Collectors.toSet()));
        Map<Severity, AlertRoute> routes = AlertRoutesReader.routes(section, emails);
        Optional<String> slack = AlertRoutesReader.slackWorkspace(section, routes);
        ConfigSection dashboards = section.section("dashboards");
        boolean perService = dashboards.bool("perService", false);
        dashboards.rejectUnknownKeys();
        Optional<LogArchiveConfig> logArchive = LogArchiveConfigReader.read(section);
        XRayConfig xray = XRayConfigReader.read(section.section("xray"));
        section.rejectUnknownKeys();
        Optional<SecretString> https = httpsSecret.apply(routes.values().stream().anyMatch(AlertRoute::https));
        return new ObservabilityConfig(emails, maxConnections, alarms, composites, routes, slack, https, perService,
                logArchive, xray);
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
