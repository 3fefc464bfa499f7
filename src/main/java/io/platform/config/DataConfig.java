package io.platform.config;

import java.util.List;
import java.util.OptionalInt;

/** The data tier's settings (SPEC §3.3), with per-environment defaults from SPEC §2. */
public record DataConfig(Database database, Redis redis, List<String> appSecrets, Documents documents,
                         int accessLogExpirationDays) {

    /** The RDS-managed master credentials, referable by services as a secret. */
    public static final String DATABASE_MASTER_SECRET = "database/master";
    /** The Redis AUTH token, stored in Secrets Manager from the stack's secret config. */
    public static final String REDIS_AUTH_SECRET = "redis/auth-token";

    public DataConfig {
        appSecrets = List.copyOf(appSecrets);
    }

    /** Every secret name a service may reference. */
    public List<String> secretNames() {
        var names = new java.util.ArrayList<String>(List.of(DATABASE_MASTER_SECRET, REDIS_AUTH_SECRET));
        names.addAll(appSecrets);
        return List.copyOf(names);
    }

    public record Database(
            DatabaseEngine engine,
            String engineVersion,
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
            String masterUsername) {
    }

    /** The documents bucket: optional archiving (seed 003: Glacier after 1 year, Deep Archive after 7), CORS, object lock. */
    public record Documents(OptionalInt glacierAfterDays, OptionalInt deepArchiveAfterDays,
                            List<String> corsOrigins, OptionalInt objectLockDays) {
        public Documents {
            corsOrigins = List.copyOf(corsOrigins);
        }
    }

    public record Redis(String nodeType, int replicas, String engineVersion, int snapshotRetentionDays) {
        /** Failover and Multi-AZ need somewhere to fail over to. */
        public boolean automaticFailover() {
            return replicas > 0;
        }
    }
}
