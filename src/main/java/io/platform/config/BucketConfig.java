package io.platform.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of the bucket catalogue ({@code platform:data.buckets}): a bucket besides the platform's
 * own, made by {@code SecureBucket} (versioned, SSE-KMS, private, TLS-only, access-logged — none of
 * that is an option). What varies is named here.
 *
 * @param name        unique; derives the resource names, the physical name and the {@code <NAME>_BUCKET} variable
 * @param bucketName  an exact physical name (S3 names are global); by default {@code <prefix>-<env>-<name>[-<region>]-<account>}
 * @param lifecycle   per-prefix rules (the preset's unless given); the bucket-wide rules below always apply too
 * @param replication replicate every object to the DR region ({@code platform:operations.drRegion})
 * @param backup      taken daily by AWS Backup
 * @param access      which services may read or write which prefixes; their task roles get exactly that
 */
public record BucketConfig(String name, BucketPreset preset, Optional<String> bucketName, List<LifecycleRule> lifecycle,
                           int noncurrentVersionExpirationDays, int abortIncompleteUploadDays, List<Cors> cors,
                           Optional<ObjectLock> objectLock, boolean replication, boolean backup, List<Access> access) {
    public BucketConfig {
        lifecycle = List.copyOf(lifecycle);
        cors = List.copyOf(cors);
        access = List.copyOf(access);
    }

    /** {@code ML_MODELS_BUCKET} for {@code ml-models}: the variable every service gets with the physical name. */
    public String environmentVariable() {
        return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_BUCKET";
    }

    /**
     * A lifecycle rule over one prefix ({@code ""}: the whole bucket).
     *
     * @param transitions in the order S3 moves objects: each to a colder class, later than the one before
     */
    public record LifecycleRule(String name, String prefix, List<Transition> transitions, OptionalInt expirationDays,
                                OptionalInt noncurrentExpirationDays, OptionalInt abortIncompleteUploadDays) {
        public LifecycleRule {
            transitions = List.copyOf(transitions);
        }
    }

    public record Transition(int days, StorageClass storageClass) {
    }

    /** The classes a lifecycle rule may move objects to, warmest first, with how long S3 bills an object in each. */
    public enum StorageClass implements Named {
        STANDARD_IA(30),
        INTELLIGENT_TIERING(0),
        GLACIER_IR(90),
        GLACIER(90),
        DEEP_ARCHIVE(180);

        private final int minimumDays;

        StorageClass(int minimumDays) {
            this.minimumDays = minimumDays;
        }

        @Override
        public String configName() {
            return name();
        }

        /** Objects stay at least this long before the next transition (S3's minimum storage duration). */
        public int minimumDays() {
            return minimumDays;
        }
    }

    public record Cors(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
                       List<String> exposeHeaders, int maxAgeSeconds) {
        public Cors {
            allowedOrigins = List.copyOf(allowedOrigins);
            allowedMethods = List.copyOf(allowedMethods);
            allowedHeaders = List.copyOf(allowedHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }
    }

    /** Default retention of every new object version; GOVERNANCE can be lifted by privileged users, COMPLIANCE by nobody. */
    public record ObjectLock(String mode, int days) {
    }

    /**
     * @param read   prefixes the service may list and read ({@code *}: the whole bucket)
     * @param write  prefixes the service may write
     */
    public record Access(String service, List<String> read, List<String> write) {
        public Access {
            read = List.copyOf(read);
            write = List.copyOf(write);
        }
    }
}
