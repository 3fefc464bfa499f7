package io.platform.storage;

import com.pulumi.core.Output;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument.Statement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Inputs of one {@link SecureBucket}. The safe settings are not options: versioning, the four
 * public-access blocks, BucketOwnerEnforced and the TLS-only policy are always on. What varies
 * is named here, and SSE-S3 instead of SSE-KMS must be asked for explicitly.
 *
 * @param purpose          short name, e.g. {@code documents}; resource names derive from it
 * @param bucketName       the physical bucket name
 * @param encryption       SSE-KMS with a key, or SSE-S3 where AWS requires it
 * @param accessLogBucket  where S3 server access logs go; empty only for the log bucket itself
 * @param extraStatements  statements added to the bucket policy (log delivery, CloudFront OAC, …)
 */
public record SecureBucketArgs(
        Naming naming,
        String purpose,
        Output<String> bucketName,
        Encryption encryption,
        Optional<Output<String>> accessLogBucket,
        Lifecycle lifecycle,
        List<CorsRule> cors,
        Optional<ObjectLock> objectLock,
        Optional<Replication> replication,
        Output<List<Statement>> extraStatements,
        boolean backup) {

    public SecureBucketArgs {
        cors = List.copyOf(cors);
    }

    /** The defaults every bucket gets: KMS encryption and logging are given; everything optional is off. */
    public static SecureBucketArgs of(Naming naming, String purpose, Output<String> bucketName, Encryption encryption,
                                      Optional<Output<String>> accessLogBucket) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, Lifecycle.DEFAULT,
                List.of(), Optional.empty(), Optional.empty(), Output.of(List.of()), false);
    }

    public SecureBucketArgs withLifecycle(Lifecycle value) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, value, cors, objectLock,
                replication, extraStatements, backup);
    }

    /** Taken daily by AWS Backup (tagged {@code Backup=daily}). */
    public SecureBucketArgs withBackup() {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, lifecycle, cors,
                objectLock, replication, extraStatements, true);
    }

    public SecureBucketArgs withCors(List<CorsRule> value) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, lifecycle, value,
                objectLock, replication, extraStatements, backup);
    }

    public SecureBucketArgs withObjectLock(ObjectLock value) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, lifecycle, cors,
                Optional.of(value), replication, extraStatements, backup);
    }

    public SecureBucketArgs withReplication(Replication value) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, lifecycle, cors,
                objectLock, Optional.of(value), extraStatements, backup);
    }

    public SecureBucketArgs withExtraStatements(Output<List<Statement>> value) {
        return new SecureBucketArgs(naming, purpose, bucketName, encryption, accessLogBucket, lifecycle, cors,
                objectLock, replication, value, backup);
    }

    /** Default encryption: a customer-managed KMS key, or SSE-S3 (empty key). */
    public record Encryption(Optional<Output<String>> kmsKeyArn) {
        public static Encryption kms(Output<String> keyArn) {
            return new Encryption(Optional.of(keyArn));
        }

        /** Only for destinations that cannot write SSE-KMS objects, such as ALB access logs. */
        public static Encryption s3Managed() {
            return new Encryption(Optional.empty());
        }

        public boolean isKms() {
            return kmsKeyArn.isPresent();
        }
    }

    /**
     * Lifecycle rules: abandoned multipart uploads and old versions always expire; archiving and expiry
     * of current objects are per bucket, for the whole bucket or (catalogue buckets) per key prefix.
     */
    public record Lifecycle(int abortIncompleteUploadDays, int noncurrentExpirationDays, OptionalInt glacierAfterDays,
                            OptionalInt deepArchiveAfterDays, OptionalInt expirationDays, List<PrefixRule> prefixRules) {
        public static final Lifecycle DEFAULT = new Lifecycle(7, 90, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), List.of());

        public Lifecycle {
            prefixRules = List.copyOf(prefixRules);
        }

        public Lifecycle(int abortIncompleteUploadDays, int noncurrentExpirationDays, OptionalInt glacierAfterDays,
                         OptionalInt deepArchiveAfterDays, OptionalInt expirationDays) {
            this(abortIncompleteUploadDays, noncurrentExpirationDays, glacierAfterDays, deepArchiveAfterDays,
                    expirationDays, List.of());
        }

        public Lifecycle withExpiration(int days) {
            return new Lifecycle(abortIncompleteUploadDays, noncurrentExpirationDays, glacierAfterDays,
                    deepArchiveAfterDays, OptionalInt.of(days), prefixRules);
        }

        public Lifecycle withArchive(OptionalInt glacier, OptionalInt deepArchive) {
            return new Lifecycle(abortIncompleteUploadDays, noncurrentExpirationDays, glacier, deepArchive, expirationDays,
                    prefixRules);
        }

        public Lifecycle withPrefixRules(List<PrefixRule> rules) {
            return new Lifecycle(abortIncompleteUploadDays, noncurrentExpirationDays, glacierAfterDays,
                    deepArchiveAfterDays, expirationDays, rules);
        }

        /** Bucket-wide abort and noncurrent-version expiry, plus per-prefix rules. */
        public static Lifecycle of(int abortIncompleteUploadDays, int noncurrentExpirationDays, List<PrefixRule> rules) {
            return new Lifecycle(abortIncompleteUploadDays, noncurrentExpirationDays, OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), rules);
        }
    }

    /**
     * One lifecycle rule over a key prefix ({@code ""}: every object).
     *
     * @param transitions storage class → days after creation, in the order S3 applies them
     */
    public record PrefixRule(String id, String prefix, List<Transition> transitions, OptionalInt expirationDays,
                             OptionalInt noncurrentExpirationDays, OptionalInt abortIncompleteUploadDays) {
        public PrefixRule {
            transitions = List.copyOf(transitions);
        }
    }

    /** @param storageClass S3's name, e.g. {@code GLACIER} */
    public record Transition(int days, String storageClass) {
    }

    public record CorsRule(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
                           List<String> exposeHeaders, int maxAgeSeconds) {
    }

    /** Write-once retention; GOVERNANCE lets privileged users override, COMPLIANCE nobody. */
    public record ObjectLock(String mode, int days) {
    }

    /** Cross-region replication of every object (delete markers included) to a bucket in the DR region. */
    public record Replication(Output<String> roleArn, Output<String> destinationBucketArn,
                              Output<String> destinationKmsKeyArn) {
    }
}
