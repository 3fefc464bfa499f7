package io.platform.config;

import java.util.List;
import java.util.OptionalInt;

/**
 * Named starting points for catalogue buckets (STYLE §4): each fixes the lifecycle rules, how long
 * old versions stay and whether AWS Backup takes the bucket, unless the entry says otherwise.
 * Encryption, versioning and the public-access blocks are never part of a preset: they are always on.
 */
public enum BucketPreset implements Named {
    /** Application data kept as is (seed 004 customer-data, ml-models; seed 000 DAGs). */
    STANDARD("standard", List.of(), 90, true),
    /** Records kept for years: Glacier after 1 year, Deep Archive after 7 (seed 003's buckets). */
    ARCHIVE("archive", List.of(new BucketConfig.LifecycleRule("archive", "", List.of(
            new BucketConfig.Transition(365, BucketConfig.StorageClass.GLACIER),
            new BucketConfig.Transition(2555, BucketConfig.StorageClass.DEEP_ARCHIVE)),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty())), 90, true),
    /** Logs the applications write: gone after 90 days (seed 004 logs), old versions after 30, no backups. */
    LOGS("logs", List.of(new BucketConfig.LifecycleRule("expire-logs", "", List.of(), OptionalInt.of(90),
            OptionalInt.empty(), OptionalInt.empty())), 30, false);

    private final String configName;
    private final List<BucketConfig.LifecycleRule> rules;
    private final int noncurrentVersionExpirationDays;
    private final boolean backup;

    BucketPreset(String configName, List<BucketConfig.LifecycleRule> rules, int noncurrentVersionExpirationDays,
                 boolean backup) {
        this.configName = configName;
        this.rules = rules;
        this.noncurrentVersionExpirationDays = noncurrentVersionExpirationDays;
        this.backup = backup;
    }

    @Override
    public String configName() {
        return configName;
    }

    public List<BucketConfig.LifecycleRule> rules() {
        return rules;
    }

    public int noncurrentVersionExpirationDays() {
        return noncurrentVersionExpirationDays;
    }

    public boolean backup() {
        return backup;
    }
}
