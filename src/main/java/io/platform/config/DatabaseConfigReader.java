package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:data.database}, its read replicas included. */
final class DatabaseConfigReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern REPLICA_NAME = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern SUBNET_GROUP = Pattern.compile("[a-z][a-z0-9-]{0,254}");
    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9a-f]{8}([0-9a-f]{9})?");
    static final int MAX_STORAGE_GB = 65536;
    /** RDS allows up to 15 read replicas per source instance. */
    static final int MAX_REPLICAS = 15;

    private DatabaseConfigReader() {
    }

    static DataConfig.Database read(ConfigSection db, Environment env, String region) {
        DatabaseEngine engine = db.choice("engine", DatabaseEngine.RDS_POSTGRES, DatabaseEngine.class);
        boolean rds = engine == DatabaseEngine.RDS_POSTGRES;
        String version = DataConfigReader.matching(db, "engineVersion", rds ? "15" : "15.7", DataConfigReader.VERSION,
                "a PostgreSQL version such as 15 or 15.7");
        boolean autoMinor = autoMinorVersionUpgrade(db, rds, version);
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
        // The ceiling must stay 10 % above it and within RDS's maximum, so the start size leaves that room.
        int storage = db.integer("allocatedStorageGb", 20, 20, MAX_STORAGE_GB * 10 / 11);
        int maxStorage = storageCeiling(db, storage);
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
        String name = DataConfigReader.matching(db, "databaseName", "app", IDENTIFIER,
                "a PostgreSQL identifier (lower-case, digits, _)");
        String user = DataConfigReader.matching(db, "masterUsername", "app_admin", IDENTIFIER,
                "a PostgreSQL identifier (lower-case, digits, _)");
        List<DataConfig.ReadReplica> replicas = db.sections("readReplicas",
                r -> replica(r, region, instanceClass, multiAz));
        checkReplicas(db, rds, replicas);
        db.rejectUnknownKeys();
        return new DataConfig.Database(engine, version, autoMinor, instanceClass, multiAz, retention, storage,
                maxStorage, minAcu, maxAcu, instances, deletionProtection, finalSnapshot, protect, name, user, replicas);
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

    /**
     * Minor versions carry security fixes (RDS.13), so they are applied automatically by default. On an
     * RDS instance a pinned minor and automatic upgrades cannot both hold: AWS upgrades the minor, and the
     * next plan would ask to go back to the pinned one (which RDS refuses). An Aurora cluster needs a full
     * version, and the program ignores later changes of it, so AWS's minor upgrades never show as a diff.
     */
    private static boolean autoMinorVersionUpgrade(ConfigSection db, boolean rds, String version) {
        boolean autoMinor = db.bool("autoMinorVersionUpgrade", true);
        if (rds && autoMinor && version.contains(".")) {
            String major = version.substring(0, version.indexOf('.'));
            throw new ConfigException(db.keyOf("engineVersion"), "'" + version + "' pins a minor version while "
                    + "autoMinorVersionUpgrade is true, so AWS would upgrade it and a later plan would try to downgrade; "
                    + "allowed: the major version " + major + ", or " + version + " with autoMinorVersionUpgrade: false");
        }
        if (!rds && !version.contains(".")) {
            throw new ConfigException(db.keyOf("engineVersion"), "'" + version + "' is not allowed for "
                    + "aurora-serverless-v2; allowed: a full version such as " + version + ".7");
        }
        return autoMinor;
    }

    /** Autoscaling ceiling: by default twice the start size (at least 100 GB); RDS wants at least 10 % headroom. */
    private static int storageCeiling(ConfigSection db, int storage) {
        // RDS storage autoscaling needs a ceiling at least 10 % above the allocated storage (whole GB, rounded up).
        int minimum = (storage * 11 + 9) / 10;
        int ceiling = db.integer("maxAllocatedStorageGb", Math.min(MAX_STORAGE_GB, Math.max(100, 2 * storage)), 20,
                MAX_STORAGE_GB);
        if (ceiling < minimum) {
            throw new ConfigException(db.keyOf("maxAllocatedStorageGb"), ceiling + " is less than 10 % above "
                    + "allocatedStorageGb " + storage + ", which RDS storage autoscaling refuses; allowed: " + minimum
                    + ".." + MAX_STORAGE_GB);
        }
        return ceiling;
    }

    private static DataConfig.ReadReplica replica(ConfigSection r, String stackRegion, String instanceClass,
                                                  boolean multiAz) {
        String name = DataConfigReader.required(r, "name", "the replica's name (lower-case letters, digits, '-'); "
                + "it names the instance <prefix>-<env>-db-<name>", REPLICA_NAME,
                "1-20 lower-case letters, digits and '-', starting with a letter");
        Optional<String> region = r.optionalString("region");
        region.ifPresent(value -> AwsRegions.requireOther(r.keyOf("region"), value, stackRegion,
                "omit region for a replica here"));
        String replicaClass = r.fromCatalogue("instanceClass", instanceClass, InstanceClasses.RDS);
        boolean replicaMultiAz = r.bool("multiAz", multiAz);
        Optional<DataConfig.Placement> placement = placement(r, region);
        return new DataConfig.ReadReplica(name, region, replicaClass, replicaMultiAz, placement);
    }

    /** Another region's DB subnet group and security groups; the stack's own are used in its region. */
    private static Optional<DataConfig.Placement> placement(ConfigSection r, Optional<String> region) {
        if (region.isEmpty()) {
            for (String key : List.of("dbSubnetGroupName", "securityGroupIds")) {
                if (r.has(key)) {
                    throw new ConfigException(r.keyOf(key), "is only for a replica in another region; one in the "
                            + "stack's region uses the stack's data subnets and database security group");
                }
            }
            return Optional.empty();
        }
        String why = "a replica in " + region.get() + " needs a place there: the DB subnet group and security group "
                + "of the stack that runs in " + region.get() + " (its outputs dbSubnetGroupName, databaseSecurityGroupId)";
        String subnetGroup = r.requiredString("dbSubnetGroupName", why);
        if (!SUBNET_GROUP.matcher(subnetGroup).matches()) {
            throw new ConfigException(r.keyOf("dbSubnetGroupName"), "'" + subnetGroup + "' is not a DB subnet group "
                    + "name; allowed: lower-case letters, digits and '-', starting with a letter");
        }
        List<String> groups = r.strings("securityGroupIds", List.of());
        if (groups.isEmpty()) {
            throw new ConfigException(r.keyOf("securityGroupIds"), "is required: " + why);
        }
        for (int i = 0; i < groups.size(); i++) {
            if (!SECURITY_GROUP.matcher(groups.get(i)).matches()) {
                throw new ConfigException(r.keyOf("securityGroupIds") + "[" + i + "]", "'" + groups.get(i)
                        + "' is not a security group id; allowed: sg- and 8 or 17 hex digits");
            }
        }
        return Optional.of(new DataConfig.Placement(subnetGroup, groups));
    }

    private static void checkReplicas(ConfigSection db, boolean rds, List<DataConfig.ReadReplica> replicas) {
        String key = db.keyOf("readReplicas");
        if (!replicas.isEmpty() && !rds) {
            throw new ConfigException(key, "is only for engine rds-postgres; Aurora scales reads with auroraInstances");
        }
        if (replicas.size() > MAX_REPLICAS) {
            throw new ConfigException(key, "has " + replicas.size() + " replicas; RDS allows at most " + MAX_REPLICAS);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < replicas.size(); i++) {
            if (!names.add(replicas.get(i).name())) {
                throw new ConfigException(key + "[" + i + "].name", "'" + replicas.get(i).name()
                        + "' is used by another replica; replica names must be unique");
            }
        }
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
