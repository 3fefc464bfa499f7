package io.platform.policy.rules;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.StackResources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;
import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_SUBNET_GROUP;
import static io.platform.policy.rules.AwsTypes.FLOW_LOG;
import static io.platform.policy.rules.AwsTypes.IAM_INSTANCE_PROFILE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_DESTINATION;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_SOURCE;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_RULE;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_SUBNET_GROUP;
import static io.platform.policy.rules.AwsTypes.ROUTE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_LOGGING;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.SUBNET;
import static io.platform.policy.rules.AwsTypes.VPC;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.WAF_ASSOCIATION;

/**
 * The references stack rules follow between resources. Targets are matched by property dependencies
 * first; the key inputs listed here are the value-matching fallback (a bucket's {@code bucket} name;
 * {@code id}/{@code arn} when the properties also carry outputs). Every reference names whole token
 * families, so a companion declared under another token of the same resource is still seen.
 */
public final class Joins {
    private Joins() {
    }

    /** Companions of a bucket: every resource of {@code family} whose {@code property} names the bucket. */
    public static Reference bucketCompanion(TokenFamily family, String property) {
        return Reference.of(family.set(), property, S3_BUCKET.set(), "bucket", "id", "arn").normalizedBy(Joins::bucketName);
    }

    // Whatever writes access logs into a bucket makes it an access-log bucket.
    public static final Reference LOGGING_TARGET = bucketCompanion(S3_BUCKET_LOGGING, "targetBucket");
    public static final Reference BUCKET_LOGGINGS_TARGET = bucketCompanion(S3_BUCKET, "loggings.targetBucket");
    public static final Reference LOAD_BALANCER_LOG_BUCKET = bucketCompanion(LOAD_BALANCER, "accessLogs.bucket");
    public static final Reference CLASSIC_LOAD_BALANCER_LOG_BUCKET = bucketCompanion(CLASSIC_LOAD_BALANCER, "accessLogs.bucket");
    public static final Reference DISTRIBUTION_LOG_BUCKET = bucketCompanion(CLOUDFRONT_DISTRIBUTION, "loggingConfig.bucket");
    public static final Reference TRAIL_BUCKET = bucketCompanion(CLOUDTRAIL, "s3BucketName");
    /** A vended-log destination's ARN may carry a prefix: arn:aws:s3:::bucket/cloudfront/web. */
    public static final Reference LOG_DESTINATION_BUCKET = bucketCompanion(LOG_DELIVERY_DESTINATION,
            "deliveryDestinationConfiguration.destinationResourceArn");

    // CloudFront standard logging v2: a delivery source names the distribution, a delivery names the source.
    public static final Reference LOG_SOURCE_DISTRIBUTION = Reference.of(LOG_DELIVERY_SOURCE.set(), "resourceArn",
            CLOUDFRONT_DISTRIBUTION.set(), "arn");
    public static final Reference LOG_DELIVERY_SOURCE_NAME = Reference.of(LOG_DELIVERY.set(), "deliverySourceName",
            LOG_DELIVERY_SOURCE.set(), "name");

    public static final Reference WAF_ASSOCIATION_TARGET = Reference.of(WAF_ASSOCIATION.set(), "resourceArn",
            LOAD_BALANCER.set(), "arn", "id");
    public static final Reference FLOW_LOG_VPC = Reference.of(FLOW_LOG.set(), "vpcId", VPC.set(), "id");

    public static final Reference DATABASE_GROUPS = Reference.of(TokenFamily.union(RDS_INSTANCE, RDS_CLUSTER),
            "vpcSecurityGroupIds", SECURITY_GROUP.set(), "id");
    public static final Reference CACHE_GROUPS = Reference.of(TokenFamily.union(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER),
            "securityGroupIds", SECURITY_GROUP.set(), "id");
    public static final Reference LOAD_BALANCER_GROUPS = Reference.of(LOAD_BALANCER.set(), "securityGroups",
            SECURITY_GROUP.set(), "id");
    public static final Reference INGRESS_RULE_GROUP = Reference.of(TokenFamily.union(VPC_INGRESS_RULE, SECURITY_GROUP_RULE),
            "securityGroupId", SECURITY_GROUP.set(), "id");
    public static final Reference RULE_GROUP = Reference.of(
            TokenFamily.union(VPC_INGRESS_RULE, VPC_EGRESS_RULE, SECURITY_GROUP_RULE), "securityGroupId", SECURITY_GROUP.set(), "id");

    public static final Reference CLUSTER_INSTANCE_CLUSTER = Reference.of(RDS_CLUSTER_INSTANCE.set(), "clusterIdentifier",
            RDS_CLUSTER.set(), "clusterIdentifier", "id");

    // Subnets, their route tables and network ACLs.
    public static final Reference DB_SUBNET_GROUP_SUBNETS = Reference.of(RDS_SUBNET_GROUP.set(), "subnetIds", SUBNET.set(), "id");
    public static final Reference CACHE_SUBNET_GROUP_SUBNETS = Reference.of(ELASTICACHE_SUBNET_GROUP.set(), "subnetIds",
            SUBNET.set(), "id");
    public static final Reference DATABASE_SUBNET_GROUP = Reference.of(TokenFamily.union(RDS_INSTANCE, RDS_CLUSTER),
            "dbSubnetGroupName", RDS_SUBNET_GROUP.set(), "name", "id");
    public static final Reference CACHE_SUBNET_GROUP = Reference.of(
            TokenFamily.union(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER), "subnetGroupName",
            ELASTICACHE_SUBNET_GROUP.set(), "name", "id");
    public static final Reference ROUTE_TABLE_ASSOCIATION_SUBNET = Reference.of(ROUTE_TABLE_ASSOCIATION.set(), "subnetId",
            SUBNET.set(), "id");
    public static final Reference ROUTE_TABLE_ASSOCIATION_TABLE = Reference.of(ROUTE_TABLE_ASSOCIATION.set(), "routeTableId",
            ROUTE_TABLE.set(), "id");
    public static final Reference ROUTE_TABLE_OF_ROUTE = Reference.of(ROUTE.set(), "routeTableId", ROUTE_TABLE.set(), "id");
    public static final Reference NETWORK_ACL_SUBNETS = Reference.of(NETWORK_ACL.set(), "subnetIds", SUBNET.set(), "id");
    public static final Reference NETWORK_ACL_ASSOCIATION_SUBNET = Reference.of(NETWORK_ACL_ASSOCIATION.set(), "subnetId",
            SUBNET.set(), "id");
    public static final Reference NETWORK_ACL_ASSOCIATION_ACL = Reference.of(NETWORK_ACL_ASSOCIATION.set(), "networkAclId",
            NETWORK_ACL.set(), "id");
    public static final Reference NETWORK_ACL_RULE_ACL = Reference.of(NETWORK_ACL_RULE.set(), "networkAclId",
            NETWORK_ACL.set(), "id");

    // Instances, their profiles and roles.
    public static final Reference INSTANCE_PROFILE = Reference.of(EC2_INSTANCE.set(), "iamInstanceProfile",
            IAM_INSTANCE_PROFILE.set(), "name", "id", "arn");
    public static final Reference PROFILE_ROLE = Reference.of(IAM_INSTANCE_PROFILE.set(), "role", IAM_ROLE.set(), "name", "id");

    /** The subnets a database or cache is placed in, through its subnet group. */
    public static List<PolicyResource> dataStoreSubnets(StackResources stack, PolicyResource store) {
        List<PolicyResource> out = new ArrayList<>();
        boolean cache = ELASTICACHE_REPLICATION_GROUP.has(store.type()) || ELASTICACHE_CLUSTER.has(store.type());
        for (PolicyResource group : stack.targets(store, cache ? CACHE_SUBNET_GROUP : DATABASE_SUBNET_GROUP)) {
            out.addAll(stack.targets(group, cache ? CACHE_SUBNET_GROUP_SUBNETS : DB_SUBNET_GROUP_SUBNETS));
        }
        return out;
    }

    /** The route tables explicitly associated with a subnet. */
    public static Set<PolicyResource> routeTables(StackResources stack, PolicyResource subnet) {
        Set<PolicyResource> out = new LinkedHashSet<>();
        for (PolicyResource association : stack.referrers(subnet, ROUTE_TABLE_ASSOCIATION_SUBNET)) {
            out.addAll(stack.targets(association, ROUTE_TABLE_ASSOCIATION_TABLE));
        }
        return out;
    }

    /** The network ACLs associated with a subnet (inline {@code subnetIds} or an association). */
    public static Set<PolicyResource> networkAcls(StackResources stack, PolicyResource subnet) {
        Set<PolicyResource> out = new LinkedHashSet<>(stack.referrers(subnet, NETWORK_ACL_SUBNETS));
        for (PolicyResource association : stack.referrers(subnet, NETWORK_ACL_ASSOCIATION_SUBNET)) {
            out.addAll(stack.targets(association, NETWORK_ACL_ASSOCIATION_ACL));
        }
        return out;
    }

    /** Bucket names from the forms other resources use: name, ARN, or S3 domain name. */
    public static String bucketName(String reference) {
        String s = reference;
        int arn = s.indexOf(":s3:::");
        if (s.startsWith("arn:") && arn > 0) {
            s = s.substring(arn + ":s3:::".length());
            int slash = s.indexOf('/');
            return slash < 0 ? s : s.substring(0, slash);
        }
        int domain = s.indexOf(".s3.");
        if (domain < 0) {
            domain = s.indexOf(".s3-");
        }
        return domain > 0 && s.endsWith(".amazonaws.com") ? s.substring(0, domain) : s;
    }
}
