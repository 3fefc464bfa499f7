package io.platform.config;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:data}. */
final class DataConfigReader {
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)+");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private DataConfigReader() {
    }

    static DataConfig read(ConfigSection data, Environment env) {
        DataConfig.Database database = database(data.section("database"), env);
        DataConfig.Redis redis = redis(data.section("redis"), env);
        List<String> appSecrets = data.strings("appSecrets",
                List.of("app/jwt-secret", "app/external-api-keys", "monitoring/slack-webhook"));
        for (int i = 0; i < appSecrets.size(); i++) {
            String name = appSecrets.get(i);
            if (!SECRET_NAME.matcher(name).matches() || name.equals(DataConfig.DATABASE_MASTER_SECRET)
                    || name.equals(DataConfig.REDIS_AUTH_SECRET)) {
                throw new ConfigException(data.keyOf("appSecrets") + "[" + i + "]", "'" + name + "' is not allowed; "
                        + "allowed: lower-case paths like app/jwt-secret, other than the built-in "
                        + DataConfig.DATABASE_MASTER_SECRET + " and " + DataConfig.REDIS_AUTH_SECRET);
            }
        }
        if (appSecrets.stream().distinct().count() != appSecrets.size()) {
            throw new ConfigException(data.keyOf("appSecrets"), appSecrets + " names a secret twice");
        }
        // Resource names flatten '/' to '-': two names that flatten alike would be one resource twice.
        java.util.Map<String, String> flattened = new java.util.HashMap<>();
        for (int i = 0; i < appSecrets.size(); i++) {
            String other = flattened.putIfAbsent(appSecrets.get(i).replace('/', '-'), appSecrets.get(i));
            if (other != null) {
                throw new ConfigException(data.keyOf("appSecrets") + "[" + i + "]", "'" + appSecrets.get(i)
                        + "' clashes with '" + other + "' (both name the resource secret-"
                        + appSecrets.get(i).replace('/', '-') + "); rename one");
            }
        }
        DataConfig.Documents documents = documents(data.section("documents"));
        int accessLogDays = data.integer("accessLogExpirationDays", 90, 1, 3650);
        data.rejectUnknownKeys();
        return new DataConfig(database, redis, appSecrets, documents, accessLogDays);
    }

    private static DataConfig.Database database(ConfigSection db, Environment env) {
        DatabaseEngine engine = db.choice("engine", DatabaseEngine.RDS_POSTGRES, DatabaseEngine.class);
        // RDS takes a major version and applies minor upgrades itself; Aurora is pinned and upgraded by config.
        String version = matching(db, "engineVersion", engine == DatabaseEngine.RDS_POSTGRES ? "15" : "15.7", VERSION,
                "a PostgreSQL version such as 15 or 15.7");
        rejectOtherEngineKeys(db, engine);
        String instanceClass = db.fromCatalogue("instanceClass", switch (env) {
            case DEV -> "db.t3.micro";
            case STAGING -> "db.t3.small";
            case PRODUCTION -> "db.t3.medium";
        }, InstanceClasses.RDS);
        boolean multiAz = db.bool("multiAz", env.isProduction());
        int retention = db.integer("backupRetentionDays", switch (env) {
            case DEV -> 7;
            case STAGING -> 14;
            case PRODUCTION -> 30;
        }, 1, 35);
        int storage = db.integer("allocatedStorageGb", 20, 20, 65536);
        int maxStorage = db.integer("maxAllocatedStorageGb", 100, 20, 65536);
        if (maxStorage < storage) {
            throw new ConfigException(db.keyOf("maxAllocatedStorageGb"), maxStorage
                    + " is below allocatedStorageGb " + storage + "; the autoscaling ceiling must be at least the start size");
        }
        double minAcu = acu(db, "minCapacityAcu", 0.5);
        double maxAcu = acu(db, "maxCapacityAcu", env.isProduction() ? 8 : 2);
        if (minAcu > maxAcu) {
            throw new ConfigException(db.keyOf("minCapacityAcu"), format(minAcu) + " is greater than maxCapacityAcu "
                    + format(maxAcu) + "; allowed: 0.5.." + format(maxAcu));
        }
        int instances = db.integer("auroraInstances", env.isProduction() ? 2 : 1, 1, 15);
        boolean deletionProtection = db.bool("deletionProtection", env.isProduction());
        boolean finalSnapshot = db.bool("finalSnapshot", env.isProduction());
        boolean protect = db.bool("protect", env.isProduction());
        String name = matching(db, "databaseName", "app", IDENTIFIER, "a PostgreSQL identifier (lower-case, digits, _)");
        String user = matching(db, "masterUsername", "app_admin", IDENTIFIER, "a PostgreSQL identifier (lower-case, digits, _)");
        db.rejectUnknownKeys();
        return new DataConfig.Database(engine, version, instanceClass, multiAz, retention, storage, maxStorage,
                minAcu, maxAcu, instances, deletionProtection, finalSnapshot, protect, name, user);
    }

    /** A key of the other engine would be silently ignored: refuse it. */
    private static void rejectOtherEngineKeys(ConfigSection db, DatabaseEngine engine) {
        boolean rds = engine == DatabaseEngine.RDS_POSTGRES;
        List<String> others = rds ? List.of("minCapacityAcu", "maxCapacityAcu", "auroraInstances")
                : List.of("instanceClass", "multiAz", "allocatedStorageGb", "maxAllocatedStorageGb");
        for (String key : others) {
            if (db.has(key)) {
                throw new ConfigException(db.keyOf(key), "applies only to engine " + (rds
                        ? DatabaseEngine.AURORA_SERVERLESS_V2 : DatabaseEngine.RDS_POSTGRES).configName()
                        + "; with engine " + engine.configName() + " it would be ignored, so remove it");
            }
        }
    }

    private static DataConfig.Documents documents(ConfigSection docs) {
        OptionalInt glacier = optionalDays(docs, "glacierAfterDays");
        OptionalInt deepArchive = optionalDays(docs, "deepArchiveAfterDays");
        if (glacier.isPresent() && deepArchive.isPresent() && deepArchive.getAsInt() < glacier.getAsInt() + 90) {
            throw new ConfigException(docs.keyOf("deepArchiveAfterDays"), deepArchive.getAsInt() + " is too early; "
                    + "S3 needs objects to stay 90 days in Glacier first, so allowed: " + (glacier.getAsInt() + 90) + " or more");
        }
        List<String> origins = docs.strings("corsOrigins", List.of());
        for (int i = 0; i < origins.size(); i++) {
            if (!origins.get(i).matches("https://[a-z0-9.*-]+(:\\d+)?")) {
                throw new ConfigException(docs.keyOf("corsOrigins") + "[" + i + "]", "'" + origins.get(i)
                        + "' is not allowed; allowed: https origins such as https://app.example.com");
            }
        }
        OptionalInt lock = optionalDays(docs, "objectLockDays");
        docs.rejectUnknownKeys();
        return new DataConfig.Documents(glacier, deepArchive, origins, lock);
    }

    private static OptionalInt optionalDays(ConfigSection section, String key) {
        return section.has(key) ? OptionalInt.of(section.integer(key, 0, 1, 36500)) : OptionalInt.empty();
    }

    private static DataConfig.Redis redis(ConfigSection redis, Environment env) {
        String nodeType = redis.fromCatalogue("nodeType", switch (env) {
            case DEV -> "cache.t3.micro";
            case STAGING -> "cache.t3.small";
            case PRODUCTION -> "cache.t3.medium";
        }, InstanceClasses.ELASTICACHE);
        int replicas = redis.integer("replicas", env.isProduction() ? 1 : 0, 0, 5);
        String version = matching(redis, "engineVersion", "7.1", VERSION, "a Redis version such as 7.1");
        int snapshots = redis.integer("snapshotRetentionDays", 5, 1, 35);
        redis.rejectUnknownKeys();
        return new DataConfig.Redis(nodeType, replicas, version, snapshots);
    }

    private static String matching(ConfigSection section, String key, String defaultValue, Pattern pattern, String allowed) {
        String value = section.string(key, defaultValue);
        if (!pattern.matcher(value).matches()) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not allowed; allowed: " + allowed);
        }
        return value;
    }

    /** Aurora Serverless v2 capacity: 0.5 to 256 ACU in half steps. */
    private static double acu(ConfigSection section, String key, double defaultValue) {
        if (!section.has(key)) {
            return defaultValue;
        }
        String text = section.string(key, null);
        if (!text.matches("\\d{1,3}(\\.\\d+)?")) {
            throw new ConfigException(section.keyOf(key), "'" + text + "' is not a number; allowed: 0.5..256 in steps of 0.5");
        }
        double value = Double.parseDouble(text);
        if (value < 0.5 || value > 256 || value * 2 != Math.rint(value * 2)) {
            throw new ConfigException(section.keyOf(key), text + " is not allowed; allowed: 0.5..256 in steps of 0.5");
        }
        return value;
    }

    private static String format(double acu) {
        return acu == Math.rint(acu) ? Long.toString((long) acu) : Double.toString(acu);
    }
}
