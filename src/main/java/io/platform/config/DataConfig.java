package io.platform.config;

import java.util.List;
import java.util.OptionalInt;

/** The data tier's settings (SPEC §3.3), with per-environment defaults from SPEC §2. */
public record DataConfig(Database database, java.util.Optional<Redis> redis, List<String> appSecrets,
                         Documents documents, int accessLogExpirationDays, List<BucketConfig> buckets,
                         List<FileSystemConfig> fileSystems) {

    /** The RDS-managed master credentials, referable by services as a secret. */
    public static final String DATABASE_MASTER_SECRET = "database/master";
    /** The Redis AUTH token, stored in Secrets Manager from the stack's secret config. */
    public static final String REDIS_AUTH_SECRET = "redis/auth-token";

    public DataConfig {
        appSecrets = List.copyOf(appSecrets);
        buckets = List.copyOf(buckets);
        fileSystems = List.copyOf(fileSystems);
    }

    /**
     * Services this tier grants something of their own — catalogue-bucket prefixes or file-system
     * mounts: each runs as a task role of its own, so no other service holds the grant.
     */
    public java.util.SortedSet<String> grantedServices() {
        java.util.SortedSet<String> services = new java.util.TreeSet<>();
        buckets.forEach(b -> b.access().forEach(a -> services.add(a.service())));
        fileSystems.forEach(fs -> fs.mounts().forEach(m -> services.add(m.service())));
        return services;
    }

    /** Every secret name a service may reference. */
    public List<String> secretNames() {
        var names = new java.util.ArrayList<String>(List.of(DATABASE_MASTER_SECRET));
        redis.ifPresent(r -> names.add(REDIS_AUTH_SECRET));
        names.addAll(appSecrets);
        return List.copyOf(names);
    }

    /**
     * PostgreSQL. {@code engineVersion} is a major version (RDS applies minor upgrades itself, and a
     * plan never asks to go back) or a pinned minor, which needs {@code autoMinorVersionUpgrade} off.
     */
    public record Database(
            DatabaseEngine engine,
            String engineVersion,
            boolean autoMinorVersionUpgrade,
            String instanceClass,
            boolean multiAz,
            int backupRetentionDays,
            int allocatedStorageGb,
            int maxAllocatedStorageGb,
            double minCapacityAcu,
            double maxCapacityAcu,
            int auroraInstances,
            boolean deletionProtection,
            boolean finalSnapshot,
            boolean protect,
            String databaseName,
            String masterUsername,
            List<ReadReplica> readReplicas) {
        public Database {
            readReplicas = List.copyOf(readReplicas);
        }
    }

    /**
     * A read replica of the RDS instance: in the stack's region (its subnets and database group), or in
     * another region (seed 004: us-west-2), where it is encrypted with a key of that region and placed
     * in a DB subnet group and security groups that exist there.
     *
     * @param region     empty: the stack's region
     * @param placement  only for another region: where the replica lives there
     */
    public record ReadReplica(String name, java.util.Optional<String> region, String instanceClass, boolean multiAz,
                              java.util.Optional<Placement> placement) {
        public boolean crossRegion() {
            return region.isPresent();
        }
    }

    /** A DB subnet group and security groups in another region (typically outputs of the stack that runs there). */
    public record Placement(String dbSubnetGroupName, List<String> securityGroupIds) {
        public Placement {
            securityGroupIds = List.copyOf(securityGroupIds);
        }
    }

    /**
     * The documents bucket: optional archiving of the whole bucket (seed 003: Glacier after 1 year, Deep
     * Archive after 7), per-prefix lifecycle rules (seed 000: {@code clients/} to Glacier after 3 years),
     * CORS, object lock.
     */
    public record Documents(OptionalInt glacierAfterDays, OptionalInt deepArchiveAfterDays,
                            List<String> corsOrigins, OptionalInt objectLockDays,
                            List<BucketConfig.LifecycleRule> lifecycle) {
        public Documents {
            corsOrigins = List.copyOf(corsOrigins);
            lifecycle = List.copyOf(lifecycle);
        }

        public Documents(OptionalInt glacierAfterDays, OptionalInt deepArchiveAfterDays, List<String> corsOrigins,
                         OptionalInt objectLockDays) {
            this(glacierAfterDays, deepArchiveAfterDays, corsOrigins, objectLockDays, List.of());
        }
    }

    /**
     * Redis (SPEC §3.3): one shard of a primary and {@code replicas} replicas, or with {@code clusterMode}
     * {@code shards} shards of that shape (seed 004: 3 × (1 + 2)).
     */
    public record Redis(String nodeType, boolean clusterMode, int shards, int replicas, String engineVersion,
                        int snapshotRetentionDays) {
        /** Failover needs somewhere to fail over to; cluster mode requires it on in any case. */
        public boolean automaticFailover() {
            return clusterMode || replicas > 0;
        }

        /** Multi-AZ places replicas in other AZs than their primary: it needs a replica. */
        public boolean multiAz() {
            return replicas > 0;
        }

        public int nodesPerShard() {
            return 1 + replicas;
        }

        /** {@code redis7} for 7.x, {@code redis6.x} for 6.x: the parameter group family of the engine version. */
        public String parameterFamily() {
            String major = engineVersion.contains(".") ? engineVersion.substring(0, engineVersion.indexOf('.'))
                    : engineVersion;
            return major.equals("6") ? "redis6.x" : "redis" + major;
        }
    }
}
