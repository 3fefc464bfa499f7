package io.platform.observability;

import com.pulumi.aws.cloudwatch.LogSubscriptionFilter;
import com.pulumi.aws.cloudwatch.LogSubscriptionFilterArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kinesis.FirehoseDeliveryStream;
import com.pulumi.aws.kinesis.FirehoseDeliveryStreamArgs;
import com.pulumi.aws.kinesis.inputs.FirehoseDeliveryStreamExtendedS3ConfigurationArgs;
import com.pulumi.aws.kinesis.inputs.FirehoseDeliveryStreamServerSideEncryptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.LogArchiveConfig;
import io.platform.config.Naming;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.iam.TrustPolicies;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * CloudWatch Logs archived to S3 with a Glacier transition (issue 16 item 5, seed 004): each named log group
 * has a subscription filter that streams every event into a KMS-encrypted Firehose delivery stream, which
 * writes (already gzip-compressed) batches into a secure archive bucket; the bucket moves them to Glacier after
 * {@code glacierAfterDays} and deletes them after {@code expireAfterDays}.
 */
public final class LogArchive extends ComponentResource {
    static final String PURPOSE = "log-archive";
    /** Firehose buffers up to 5 MB or 5 minutes before writing an object. */
    static final int BUFFER_MB = 5;
    static final int BUFFER_SECONDS = 300;

    private final FirehoseDeliveryStream stream;
    private final SecureBucket bucket;

    public LogArchive(String name, LogArchiveArgs args, ComponentResourceOptions options) {
        super("platform:observability:LogArchive", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        AwsAccount account = args.account();
        LogArchiveConfig config = args.config();

        this.bucket = new SecureBucket(naming.name(PURPOSE + "-bucket"), SecureBucketArgs.of(naming, PURPOSE,
                        account.accountId().applyValue(id -> naming.bucketName(PURPOSE, id)),
                        SecureBucketArgs.Encryption.kms(args.s3KeyArn()), Optional.of(args.accessLogBucket()))
                .withLifecycle(SecureBucketArgs.Lifecycle.DEFAULT
                        .withArchive(OptionalInt.of(config.glacierAfterDays()), OptionalInt.empty())
                        .withExpiration(config.expireAfterDays())),
                ComponentResourceOptions.builder().parent(this).build());

        String streamName = naming.name(PURPOSE);
        Output<String> streamArn = account.arn("firehose", "deliverystream/" + streamName);
        Role firehoseRole = new Role(naming.name(PURPOSE + "-firehose-role"), RoleArgs.builder()
                .description("Lets Firehose write " + streamName + " into its archive bucket")
                .assumeRolePolicy(TrustPolicies.service("FirehoseAssume", "firehose.amazonaws.com", account.accountId(),
                        streamArn))
                .tags(naming.tags(PURPOSE + "-firehose-role"))
                .build(), child);
        new RolePolicy(naming.name(PURPOSE + "-firehose-to-s3"), RolePolicyArgs.builder()
                .role(firehoseRole.id())
                .policy(Output.tuple(bucket.arn(), args.s3KeyArn()).applyValue(t ->
                        firehosePolicy(t.t1, t.t2, account.region())))
                .build(), child);
        this.stream = new FirehoseDeliveryStream(naming.name(PURPOSE + "-stream"), FirehoseDeliveryStreamArgs.builder()
                .name(streamName)
                .destination("extended_s3")
                .serverSideEncryption(FirehoseDeliveryStreamServerSideEncryptionArgs.builder()
                        .enabled(true).keyType("CUSTOMER_MANAGED_CMK").keyArn(args.logsKeyArn()).build())
                .extendedS3Configuration(FirehoseDeliveryStreamExtendedS3ConfigurationArgs.builder()
                        .roleArn(firehoseRole.arn())
                        .bucketArn(bucket.arn())
                        .kmsKeyArn(args.s3KeyArn())
                        .prefix("logs/")
                        .errorOutputPrefix("errors/!{firehose:error-output-type}/")
                        // CloudWatch Logs delivers gzip-compressed batches: compressing again would only cost.
                        .compressionFormat("UNCOMPRESSED")
                        .bufferingSize(BUFFER_MB)
                        .bufferingInterval(BUFFER_SECONDS)
                        .build())
                .tags(naming.tags(PURPOSE + "-stream"))
                .build(), CustomResourceOptions.builder().parent(this).dependsOn(bucket).build());

        // CloudWatch Logs assumes the role as the regional service, on behalf of this account's log groups.
        Role logsRole = new Role(naming.name(PURPOSE + "-logs-role"), RoleArgs.builder()
                .description("Lets CloudWatch Logs put subscribed events into " + streamName)
                .assumeRolePolicy(TrustPolicies.service("CloudWatchLogsAssume", "logs." + account.region()
                        + ".amazonaws.com", account.accountId(), account.arn("logs", "*")))
                .tags(naming.tags(PURPOSE + "-logs-role"))
                .build(), child);
        RolePolicy logsPolicy = new RolePolicy(naming.name(PURPOSE + "-logs-to-firehose"), RolePolicyArgs.builder()
                .role(logsRole.id())
                .policy(stream.arn().applyValue(arn -> PolicyDocument.create()
                        .statement(Statement.allow("PutSubscribedEvents")
                                .actions("firehose:PutRecord", "firehose:PutRecordBatch").resources(arn))
                        .toJson()))
                .build(), child);
        // Sorted by archive name, so the plan does not depend on the order the groups were listed in.
        new TreeMap<>(args.logGroups()).forEach((group, logGroupName) ->
                new LogSubscriptionFilter(naming.name(PURPOSE + "-" + group), LogSubscriptionFilterArgs.builder()
                        .name(naming.name(PURPOSE + "-" + group))
                        .logGroup(logGroupName)
                        .filterPattern("")
                        .destinationArn(stream.arn())
                        .roleArn(logsRole.arn())
                        .build(), CustomResourceOptions.builder().parent(this).dependsOn(logsPolicy).build()));
        registerOutputs(Map.of("deliveryStreamArn", stream.arn(), "archiveBucket", bucket.bucketName()));
    }

    /** Write objects into this bucket with this key (through S3 only), nothing else. */
    static String firehosePolicy(String bucketArn, String keyArn, String region) {
        return PolicyDocument.create()
                .statement(Statement.allow("WriteArchive")
                        .actions("s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
                                "s3:ListBucketMultipartUploads", "s3:PutObject")
                        .resources(bucketArn, bucketArn + "/*"))
                .statement(Statement.allow("EncryptArchive")
                        .actions("kms:Decrypt", "kms:GenerateDataKey")
                        .resources(keyArn)
                        .condition("StringEquals", "kms:ViaService", "s3." + region + ".amazonaws.com")
                        // With an S3 Bucket Key the context is the bucket's ARN, without one the object's.
                        .condition("StringLike", "kms:EncryptionContext:aws:s3:arn", List.of(bucketArn, bucketArn + "/*")))
                .toJson();
    }

    public Output<String> deliveryStreamArn() {
        return stream.arn();
    }

    public Output<String> bucketName() {
        return bucket.bucketName();
    }
}
