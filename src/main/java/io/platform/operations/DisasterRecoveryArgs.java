package io.platform.operations;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.storage.SecureBucketArgs;

import java.util.List;
import java.util.Optional;

/**
 * Inputs of the DR tier: the other region, the source key the stack's buckets encrypt with
 * (replication must decrypt what it copies), and the catalogue buckets replicated besides documents.
 */
public record DisasterRecoveryArgs(Naming naming, AwsAccount account, String drRegion, Output<String> sourceS3KeyArn,
                                   List<ReplicatedBucket> buckets) {
    public DisasterRecoveryArgs {
        buckets = List.copyOf(buckets);
    }

    /** Only the documents bucket is replicated. */
    public DisasterRecoveryArgs(Naming naming, AwsAccount account, String drRegion, Output<String> sourceS3KeyArn) {
        this(naming, account, drRegion, sourceS3KeyArn, List.of());
    }

    /**
     * A bucket whose objects are replicated into the DR region.
     *
     * @param purpose     its purpose ({@code photos}): the replica is {@code dr-<purpose>}
     * @param bucketName  its exact physical name, when config gives one (the replica is then {@code <name>-dr})
     * @param objectLock  the source's object lock, which the replica must share to receive locked versions
     */
    public record ReplicatedBucket(String purpose, Optional<String> bucketName,
                                   Optional<SecureBucketArgs.ObjectLock> objectLock) {
        static final ReplicatedBucket DOCUMENTS = new ReplicatedBucket("documents", Optional.empty(), Optional.empty());
    }
}
