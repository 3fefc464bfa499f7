package io.platform.data;

import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.BucketConfig;
import io.platform.config.Naming;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bucket catalogue ({@code platform:data.buckets}): one {@link SecureBucket} per entry, shaped
 * by its preset and settings, logging to the access-log bucket, replicating to the DR region when
 * asked; and for each service an entry names, a task-role policy with exactly its prefixes.
 */
final class BucketCatalogue {
    private BucketCatalogue() {
    }

    /** Entry name → its bucket. */
    static Map<String, SecureBucket> declare(DataArgs args, Output<String> accessLogBucket,
                                             ComponentResourceOptions parent, CustomResourceOptions child) {
        Map<String, SecureBucket> buckets = new LinkedHashMap<>();
        for (BucketConfig config : args.config().buckets()) {
            SecureBucket bucket = new SecureBucket(args.naming().name(config.name() + "-bucket"),
                    bucketArgs(args, config, accessLogBucket), parent);
            buckets.put(config.name(), bucket);
            for (BucketConfig.Access access : config.access()) {
                grant(args, config.name(), bucket, access, child);
            }
        }
        return buckets;
    }

    static SecureBucketArgs bucketArgs(DataArgs args, BucketConfig config, Output<String> accessLogBucket) {
        Naming naming = args.naming();
        Output<String> physical = config.bucketName().map(Output::of).orElseGet(() ->
                args.account().accountId().applyValue(id -> naming.bucketName(config.name(), id)));
        SecureBucketArgs bucket = SecureBucketArgs.of(naming, config.name(), physical,
                        SecureBucketArgs.Encryption.kms(args.s3KeyArn()), Optional.of(accessLogBucket))
                .withLifecycle(SecureBucketArgs.Lifecycle.of(config.abortIncompleteUploadDays(),
                        config.noncurrentVersionExpirationDays(), config.lifecycle().stream()
                                .map(BucketCatalogue::prefixRule).toList()));
        if (!config.cors().isEmpty()) {
            bucket = bucket.withCors(config.cors().stream().map(c -> new SecureBucketArgs.CorsRule(c.allowedOrigins(),
                    c.allowedMethods(), c.allowedHeaders(), c.exposeHeaders(), c.maxAgeSeconds())).toList());
        }
        if (config.objectLock().isPresent()) {
            bucket = bucket.withObjectLock(new SecureBucketArgs.ObjectLock(config.objectLock().get().mode(),
                    config.objectLock().get().days()));
        }
        if (config.replication()) {
            SecureBucketArgs.Replication replication = args.replication().get(config.name());
            if (replication == null) {
                throw new IllegalStateException("bucket '" + config.name() + "' replicates but the DR tier made no replica");
            }
            bucket = bucket.withReplication(replication);
        }
        return config.backup() ? bucket.withBackup() : bucket;
    }

    static SecureBucketArgs.PrefixRule prefixRule(BucketConfig.LifecycleRule rule) {
        return new SecureBucketArgs.PrefixRule(rule.name(), rule.prefix(), rule.transitions().stream()
                .map(t -> new SecureBucketArgs.Transition(t.days(), t.storageClass().configName())).toList(),
                rule.expirationDays(), rule.noncurrentExpirationDays(), rule.abortIncompleteUploadDays());
    }

    /** One inline policy per service and bucket, on the service's task role. */
    private static void grant(DataArgs args, String bucketName, SecureBucket bucket, BucketConfig.Access access,
                              CustomResourceOptions child) {
        Naming naming = args.naming();
        new RolePolicy(naming.name(access.service() + "-bucket-" + bucketName), RolePolicyArgs.builder()
                .role(args.services().taskRoleName(access.service()))
                .policy(Output.tuple(bucket.arn(), args.s3KeyArn()).applyValue(t ->
                        BucketAccessPolicy.render(t.t1, t.t2, access)))
                .build(), child);
    }
}
