package io.platform.storage;

import com.pulumi.aws.s3.BucketCorsConfigurationV2;
import com.pulumi.aws.s3.BucketCorsConfigurationV2Args;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketLoggingV2;
import com.pulumi.aws.s3.BucketLoggingV2Args;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketReplicationConfig;
import com.pulumi.aws.s3.BucketReplicationConfigArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketCorsConfigurationV2CorsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleTransitionArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDeleteMarkerReplicationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationMetricsArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleSourceSelectionCriteriaArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way this program makes an S3 bucket (SPEC §3.3): versioned, encrypted (SSE-KMS
 * with bucket key unless SSE-S3 is required), all four public-access blocks, ACLs disabled,
 * a TLS-only policy, lifecycle rules, access logging, and optional CORS, object lock and
 * cross-region replication. Each setting is its own resource, as AWS provider v6 models them.
 */
public final class SecureBucket extends ComponentResource {
    /** The one replication rule's id: S3 publishes replication metrics per rule. */
    public static final String REPLICATION_RULE_ID = "replicate-everything";
    private final BucketV2 bucket;
    private final BucketPolicy policy;

    public SecureBucket(String name, SecureBucketArgs args, ComponentResourceOptions options) {
        super("platform:storage:SecureBucket", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        String purpose = args.purpose();

        this.bucket = new BucketV2(naming.name(purpose), BucketV2Args.builder()
                .bucket(args.bucketName())
                .objectLockEnabled(args.objectLock().isPresent())
                .tags(args.backup() ? naming.backupTags(purpose) : naming.tags(purpose))
                .build(), child);
        Output<String> id = bucket.id();

        new BucketPublicAccessBlock(naming.name(purpose + "-public-access-block"), BucketPublicAccessBlockArgs.builder()
                .bucket(id)
                .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true)
                .build(), child);
        new BucketOwnershipControls(naming.name(purpose + "-ownership"), BucketOwnershipControlsArgs.builder()
                .bucket(id)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), child);
        BucketVersioningV2 versioning = new BucketVersioningV2(naming.name(purpose + "-versioning"),
                BucketVersioningV2Args.builder()
                        .bucket(id)
                        .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder()
                                .status("Enabled").build())
                        .build(), child);
        new BucketServerSideEncryptionConfigurationV2(naming.name(purpose + "-encryption"),
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(id)
                        .rules(encryptionRule(args.encryption()))
                        .build(), child);

        Output<String> kmsKey = args.encryption().kmsKeyArn().orElse(Output.of(""));
        this.policy = new BucketPolicy(naming.name(purpose + "-policy"), BucketPolicyArgs.builder()
                .bucket(id)
                .policy(Output.tuple(bucket.arn(), kmsKey, args.extraStatements()).applyValue(t -> {
                    List<Statement> statements = new ArrayList<>(BucketPolicies.baseline(t.t1, t.t2.isEmpty() ? null : t.t2));
                    statements.addAll(t.t3);
                    PolicyDocument doc = PolicyDocument.create();
                    statements.forEach(doc::statement);
                    return doc.toJson();
                }))
                .build(), child);

        new BucketLifecycleConfigurationV2(naming.name(purpose + "-lifecycle"), BucketLifecycleConfigurationV2Args.builder()
                .bucket(id)
                .rules(lifecycleRules(args.lifecycle()))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(versioning).build());

        args.accessLogBucket().ifPresent(target ->
                new BucketLoggingV2(naming.name(purpose + "-logging"), BucketLoggingV2Args.builder()
                        .bucket(id)
                        .targetBucket(target)
                        .targetPrefix(Output.format("s3/%s/", args.bucketName()))
                        .build(), child));

        if (!args.cors().isEmpty()) {
            new BucketCorsConfigurationV2(naming.name(purpose + "-cors"), BucketCorsConfigurationV2Args.builder()
                    .bucket(id)
                    .corsRules(args.cors().stream().map(SecureBucket::corsRule).toList())
                    .build(), child);
        }

        args.objectLock().ifPresent(lock ->
                new BucketObjectLockConfigurationV2(naming.name(purpose + "-object-lock"),
                        BucketObjectLockConfigurationV2Args.builder()
                                .bucket(id)
                                .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                                        .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                                                .mode(lock.mode()).days(lock.days()).build())
                                        .build())
                                .build(), child));

        args.replication().ifPresent(replication ->
                new BucketReplicationConfig(naming.name(purpose + "-replication"), BucketReplicationConfigArgs.builder()
                        .bucket(id)
                        .role(replication.roleArn())
                        .rules(BucketReplicationConfigRuleArgs.builder()
                                .id(REPLICATION_RULE_ID)
                                .status("Enabled")
                                .filter(BucketReplicationConfigRuleFilterArgs.builder().prefix("").build())
                                .deleteMarkerReplication(BucketReplicationConfigRuleDeleteMarkerReplicationArgs.builder()
                                        .status("Enabled").build())
                                .sourceSelectionCriteria(BucketReplicationConfigRuleSourceSelectionCriteriaArgs.builder()
                                        .sseKmsEncryptedObjects(
                                                BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs
                                                        .builder().status("Enabled").build())
                                        .build())
                                .destination(BucketReplicationConfigRuleDestinationArgs.builder()
                                        .bucket(replication.destinationBucketArn())
                                        .encryptionConfiguration(
                                                BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs.builder()
                                                        .replicaKmsKeyId(replication.destinationKmsKeyArn()).build())
                                        // Replication metrics: what the latency and failure alarms watch.
                                        .metrics(BucketReplicationConfigRuleDestinationMetricsArgs.builder()
                                                .status("Enabled").build())
                                        .build())
                                .build())
                        .build(), CustomResourceOptions.builder().parent(this).dependsOn(versioning).build()));

        registerOutputs(Map.of("bucketName", bucket.bucket(), "arn", bucket.arn()));
    }

    private static BucketServerSideEncryptionConfigurationV2RuleArgs encryptionRule(SecureBucketArgs.Encryption encryption) {
        var byDefault = BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder();
        if (encryption.isKms()) {
            byDefault.sseAlgorithm("aws:kms").kmsMasterKeyId(encryption.kmsKeyArn().get());
        } else {
            byDefault.sseAlgorithm("AES256");
        }
        return BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                .applyServerSideEncryptionByDefault(byDefault.build())
                // The bucket key cuts KMS requests (and cost) by ~99 % for SSE-KMS buckets.
                .bucketKeyEnabled(encryption.isKms())
                .build();
    }

    private static List<BucketLifecycleConfigurationV2RuleArgs> lifecycleRules(SecureBucketArgs.Lifecycle lifecycle) {
        var everything = BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build();
        List<BucketLifecycleConfigurationV2RuleArgs> rules = new ArrayList<>();
        rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
                .id("abort-incomplete-uploads")
                .status("Enabled")
                .filter(everything)
                .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                        .daysAfterInitiation(lifecycle.abortIncompleteUploadDays()).build())
                .build());
        rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
                .id("expire-noncurrent-versions")
                .status("Enabled")
                .filter(everything)
                .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                        .noncurrentDays(lifecycle.noncurrentExpirationDays()).build())
                .build());
        List<BucketLifecycleConfigurationV2RuleTransitionArgs> transitions = new ArrayList<>();
        lifecycle.glacierAfterDays().ifPresent(days -> transitions.add(BucketLifecycleConfigurationV2RuleTransitionArgs
                .builder().days(days).storageClass("GLACIER").build()));
        lifecycle.deepArchiveAfterDays().ifPresent(days -> transitions.add(BucketLifecycleConfigurationV2RuleTransitionArgs
                .builder().days(days).storageClass("DEEP_ARCHIVE").build()));
        if (!transitions.isEmpty()) {
            rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
                    .id("archive")
                    .status("Enabled")
                    .filter(everything)
                    .transitions(transitions)
                    .build());
        }
        lifecycle.expirationDays().ifPresent(days -> rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
                .id("expire-current-objects")
                .status("Enabled")
                .filter(everything)
                .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(days).build())
                .build()));
        lifecycle.prefixRules().forEach(rule -> rules.add(prefixRule(rule)));
        return rules;
    }

    private static BucketCorsConfigurationV2CorsRuleArgs corsRule(SecureBucketArgs.CorsRule c) {
        var rule = BucketCorsConfigurationV2CorsRuleArgs.builder()
                .allowedOrigins(c.allowedOrigins())
                .allowedMethods(c.allowedMethods())
                .allowedHeaders(c.allowedHeaders())
                .maxAgeSeconds(c.maxAgeSeconds());
        if (!c.exposeHeaders().isEmpty()) {
            rule.exposeHeaders(c.exposeHeaders());
        }
        return rule.build();
    }

    private static BucketLifecycleConfigurationV2RuleArgs prefixRule(SecureBucketArgs.PrefixRule rule) {
        var args = BucketLifecycleConfigurationV2RuleArgs.builder()
                .id(rule.id())
                .status("Enabled")
                .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix(rule.prefix()).build());
        if (!rule.transitions().isEmpty()) {
            args.transitions(rule.transitions().stream().map(t -> BucketLifecycleConfigurationV2RuleTransitionArgs
                    .builder().days(t.days()).storageClass(t.storageClass()).build()).toList());
        }
        rule.expirationDays().ifPresent(days -> args.expiration(
                BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(days).build()));
        rule.noncurrentExpirationDays().ifPresent(days -> args.noncurrentVersionExpiration(
                BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder().noncurrentDays(days).build()));
        rule.abortIncompleteUploadDays().ifPresent(days -> args.abortIncompleteMultipartUpload(
                BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                        .daysAfterInitiation(days).build()));
        return args.build();
    }

    public Output<String> bucketName() {
        return bucket.bucket();
    }

    /**
     * The bucket's name, known only once its policy is in place: services that deliver into the
     * bucket (ALB access logs, S3 server logs) check the policy when they are pointed at it.
     */
    public Output<String> bucketNameOncePolicyApplies() {
        return Output.tuple(bucket.bucket(), policy.id()).applyValue(t -> t.t1);
    }

    public Output<String> arn() {
        return bucket.arn();
    }

    public Output<String> regionalDomainName() {
        return bucket.bucketRegionalDomainName();
    }
}
