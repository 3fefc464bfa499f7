package io.platform.config;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:data}. */
final class DataConfigReader {
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)+");
    static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private DataConfigReader() {
    }

    static DataConfig read(ConfigSection data, Environment env, String region, Naming naming) {
        DataConfig.Database database = DatabaseConfigReader.read(data.section("database"), env, region);
        java.util.Optional<DataConfig.Redis> redis = redis(data.section("redis"), env);
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
        List<BucketConfig> buckets = BucketConfigReader.read(data, naming);
        List<FileSystemConfig> fileSystems = FileSystemConfigReader.read(data);
        data.rejectUnknownKeys();
        return new DataConfig(database, redis, appSecrets, documents, accessLogDays, buckets, fileSystems);
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
        List<BucketConfig.LifecycleRule> lifecycle = BucketConfigReader.lifecycle(docs);
        docs.rejectUnknownKeys();
        return new DataConfig.Documents(glacier, deepArchive, origins, lock, lifecycle);
    }

    private static OptionalInt optionalDays(ConfigSection section, String key) {
        return section.has(key) ? OptionalInt.of(section.integer(key, 0, 1, 36500)) : OptionalInt.empty();
    }

    /** Empty when {@code enabled: false}: then no other Redis key may be set either. */
    private static java.util.Optional<DataConfig.Redis> redis(ConfigSection redis, Environment env) {
        if (!redis.bool("enabled", true)) {
            List<String> others = redis.keys().stream().filter(k -> !k.equals("enabled")).sorted().toList();
            if (!others.isEmpty()) {
                throw new ConfigException(redis.keyOf(others.get(0)), "is set but Redis is off (enabled: false); "
                        + "remove it or turn Redis on");
            }
            return java.util.Optional.empty();
        }
        String nodeType = redis.fromCatalogue("nodeType", switch (env) {
            case DEV -> "cache.t3.micro";
            case STAGING -> "cache.t3.small";
            case PRODUCTION -> "cache.t3.medium";
        }, InstanceClasses.ELASTICACHE);
        boolean clusterMode = redis.bool("clusterMode", false);
        int shards = redis.integer("shards", 1, 1, 500);
        if (shards > 1 && !clusterMode) {
            throw new ConfigException(redis.keyOf("shards"), shards + " needs clusterMode: true; without cluster mode "
                    + "Redis has exactly one shard, allowed: 1");
        }
        int replicas = redis.integer("replicas", env.isProduction() ? 1 : 0, 0, 5);
        String version = matching(redis, "engineVersion", "7.1", VERSION, "a Redis version such as 7.1");
        if (clusterMode && !version.matches("[67](\\..*)?")) {
            throw new ConfigException(redis.keyOf("engineVersion"), "'" + version + "' is not allowed with clusterMode; "
                    + "allowed: Redis 6.x or 7.x (parameter group families redis6.x, redis7)");
        }
        int snapshots = redis.integer("snapshotRetentionDays", 5, 1, 35);
        redis.rejectUnknownKeys();
        return java.util.Optional.of(new DataConfig.Redis(nodeType, clusterMode, shards, replicas, version, snapshots));
    }

    /** A required value that must match {@code pattern}; {@code meaning} says what it is when it is missing. */
    static String required(ConfigSection section, String key, String meaning, Pattern pattern, String allowed) {
        String value = section.requiredString(key, meaning);
        if (!pattern.matcher(value).matches()) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not allowed; allowed: " + allowed);
        }
        return value;
    }

    static String matching(ConfigSection section, String key, String defaultValue, Pattern pattern, String allowed) {
        String value = section.string(key, defaultValue);
        if (!pattern.matcher(value).matches()) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not allowed; allowed: " + allowed);
        }
        return value;
    }

}
