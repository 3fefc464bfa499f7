package io.platform.policy.rules;

import io.platform.policy.sdk.Reference;

import java.util.Set;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.FLOW_LOG;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCERS;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_DESTINATION;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_SOURCE;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKETS;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_V2;
import static io.platform.policy.rules.AwsTypes.S3_LOGGING_V2;
import static io.platform.policy.rules.AwsTypes.S3_OWNERSHIP_CONTROLS;
import static io.platform.policy.rules.AwsTypes.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_SSE_V2;
import static io.platform.policy.rules.AwsTypes.S3_VERSIONING_V2;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.WAF_ASSOCIATION;

/**
 * The references the stack rules follow between resources. Targets are matched by property
 * dependencies first; the key inputs listed here are the value-matching fallback (a bucket's
 * {@code bucket} name; {@code id}/{@code arn} when the properties also carry outputs).
 */
final class Joins {
    private Joins() {
    }

    // Companions of a bucket, through their "bucket" input.
    static final Reference PUBLIC_ACCESS_BLOCK_BUCKET = bucketReference(S3_PUBLIC_ACCESS_BLOCK, "bucket");
    static final Reference ENCRYPTION_BUCKET = bucketReference(S3_SSE_V2, "bucket");
    static final Reference POLICY_BUCKET = bucketReference(S3_BUCKET_POLICY, "bucket");
    static final Reference VERSIONING_BUCKET = bucketReference(S3_VERSIONING_V2, "bucket");
    static final Reference OWNERSHIP_BUCKET = bucketReference(S3_OWNERSHIP_CONTROLS, "bucket");
    static final Reference LOGGING_BUCKET = bucketReference(S3_LOGGING_V2, "bucket");

    // Whatever writes logs into a bucket makes it a log bucket.
    static final Reference LOGGING_TARGET = bucketReference(S3_LOGGING_V2, "targetBucket");
    static final Reference BUCKET_LOGGINGS_TARGET = bucketReference(S3_BUCKET, "loggings.targetBucket");
    static final Reference BUCKET_V2_LOGGINGS_TARGET = bucketReference(S3_BUCKET_V2, "loggings.targetBucket");
    static final Reference LOAD_BALANCER_LOG_BUCKET = bucketReference(LOAD_BALANCERS, "accessLogs.bucket");
    static final Reference DISTRIBUTION_LOG_BUCKET = bucketReference(Set.of(CLOUDFRONT_DISTRIBUTION), "loggingConfig.bucket");
    static final Reference TRAIL_BUCKET = bucketReference(Set.of(CLOUDTRAIL), "s3BucketName");
    /** A vended-log destination's ARN may carry a prefix: arn:aws:s3:::bucket/cloudfront/web. */
    static final Reference LOG_DESTINATION_BUCKET = bucketReference(Set.of(LOG_DELIVERY_DESTINATION),
            "deliveryDestinationConfiguration.destinationResourceArn");

    // CloudFront standard logging v2: a delivery source names the distribution, a delivery names the source.
    static final Reference LOG_SOURCE_DISTRIBUTION = Reference.of(Set.of(LOG_DELIVERY_SOURCE), "resourceArn",
            Set.of(CLOUDFRONT_DISTRIBUTION), "arn");
    static final Reference LOG_DELIVERY_SOURCE_NAME = Reference.of(Set.of(LOG_DELIVERY), "deliverySourceName",
            Set.of(LOG_DELIVERY_SOURCE), "name");

    static final Reference WAF_ASSOCIATION_TARGET = Reference.of(Set.of(WAF_ASSOCIATION), "resourceArn", LOAD_BALANCERS, "arn", "id");
    static final Reference FLOW_LOG_VPC = Reference.of(Set.of(FLOW_LOG), "vpcId", Set.of(VPC), "id");

    static final Reference DATABASE_GROUPS = Reference.of(Set.of(RDS_INSTANCE, RDS_CLUSTER), "vpcSecurityGroupIds",
            Set.of(SECURITY_GROUP), "id");
    static final Reference CACHE_GROUPS = Reference.of(Set.of(ELASTICACHE_REPLICATION_GROUP), "securityGroupIds",
            Set.of(SECURITY_GROUP), "id");
    static final Reference LOAD_BALANCER_GROUPS = Reference.of(LOAD_BALANCERS, "securityGroups", Set.of(SECURITY_GROUP), "id");
    static final Reference RULE_GROUP = Reference.of(Set.of(VPC_INGRESS_RULE, SECURITY_GROUP_RULE), "securityGroupId",
            Set.of(SECURITY_GROUP), "id");

    static final Reference CLUSTER_INSTANCE_CLUSTER = Reference.of(Set.of(RDS_CLUSTER_INSTANCE), "clusterIdentifier",
            Set.of(RDS_CLUSTER), "clusterIdentifier", "id");

    private static Reference bucketReference(String sourceType, String property) {
        return bucketReference(Set.of(sourceType), property);
    }

    private static Reference bucketReference(Set<String> sourceTypes, String property) {
        return Reference.of(sourceTypes, property, S3_BUCKETS, "bucket", "id", "arn").normalizedBy(S3Rules::bucketName);
    }
}
