package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackCheckContext;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;
import io.platform.policy.sdk.Unknown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.ALB;
import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.LB;
import static io.platform.policy.rules.AwsTypes.FLOW_LOG;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCERS;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_DESTINATION;
import static io.platform.policy.rules.AwsTypes.NAT_GATEWAY;
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
 * Stack rules: they join companion resources to the bucket, load balancer, VPC or security
 * group they belong to (see {@link Joins}) and check what no single resource can show.
 */
public final class StackRules {
    private static final List<Reference> ACCESS_LOG_WRITERS = List.of(Joins.LOGGING_TARGET, Joins.BUCKET_LOGGINGS_TARGET,
            Joins.BUCKET_V2_LOGGINGS_TARGET, Joins.LOAD_BALANCER_LOG_BUCKET, Joins.DISTRIBUTION_LOG_BUCKET,
            Joins.LOG_DESTINATION_BUCKET);

    private StackRules() {
    }

    public static List<Policy> all() {
        return List.of(bucketPublicAccessBlock(), bucketEncryption(), bucketTlsPolicy(), bucketVersioning(),
                bucketOwnershipControls(), bucketAccessLogging(), albWafAssociation(), vpcFlowLogs(),
                databaseSourcesAreGroups(), internetIngressOnlyToLoadBalancer(), auroraMultiAz(), natGatewayPerAz());
    }

    /**
     * Every bucket has a companion of {@code ref}, or declares the same block inline
     * ({@code inlineInputs}: bucket type to input name).
     */
    private static StackPolicy.Builder bucketCompanion(String id, Reference ref, Map<String, String> inlineInputs,
                                                       String message) {
        return StackPolicy.builder(id).inspects(List.of(S3_BUCKET_V2, S3_BUCKET)).inspects(ref.sourceTypes()).check((stack, ctx) -> ctx.forEach(stack.ofTypes(S3_BUCKETS), bucket -> {
            String inline = inlineInputs.get(bucket.type());
            if ((inline == null || !declaresInline(bucket.properties(), inline)) && stack.referrers(bucket, ref).isEmpty()) {
                ctx.report(bucket, message);
            }
        }));
    }

    /** An inline block counts when it is unknown, an object, or a non-empty list. */
    private static boolean declaresInline(PropertyMap p, String key) {
        Object v = Secret.unwrap(p.raw(key));
        return v instanceof Unknown || v instanceof Map<?, ?> || (v instanceof List<?> l && !l.isEmpty());
    }

    public static StackPolicy bucketPublicAccessBlock() {
        return bucketCompanion("s3-bucket-has-public-access-block", Joins.PUBLIC_ACCESS_BLOCK_BUCKET, Map.of(),
                "bucket has no " + S3_PUBLIC_ACCESS_BLOCK + "; every bucket needs a public access block with all four settings true")
                .description("Every bucket has a public access block")
                .severity(Severity.CRITICAL).controls("S3.8", "CIS 2.1.4")
                .fix("Declare a BucketPublicAccessBlock for the bucket (the secure-bucket component does)")
                .build();
    }

    public static StackPolicy bucketEncryption() {
        return bucketCompanion("s3-bucket-has-encryption", Joins.ENCRYPTION_BUCKET,
                Map.of(S3_BUCKET, "serverSideEncryptionConfiguration", S3_BUCKET_V2, "serverSideEncryptionConfigurations"),
                "bucket has no default-encryption configuration (inline, or " + S3_SSE_V2
                        + "); every bucket needs SSE-KMS default encryption")
                .description("Every bucket has a default-encryption configuration")
                .severity(Severity.HIGH).controls("S3.17")
                .fix("Declare a BucketServerSideEncryptionConfigurationV2 with aws:kms for the bucket")
                .build();
    }

    public static StackPolicy bucketTlsPolicy() {
        return bucketCompanion("s3-bucket-has-tls-policy", Joins.POLICY_BUCKET,
                Map.of(S3_BUCKET, "policy", S3_BUCKET_V2, "policy"),
                "bucket has no bucket policy (inline, or " + S3_BUCKET_POLICY
                        + "); every bucket needs a policy that denies requests without TLS")
                .description("Every bucket has a bucket policy (s3-tls-only-policy checks that it denies plain HTTP)")
                .severity(Severity.HIGH).controls("S3.5", "CIS 2.1.1")
                .fix("Declare a BucketPolicy that denies s3:* when aws:SecureTransport is false")
                .build();
    }

    public static StackPolicy bucketVersioning() {
        return bucketCompanion("s3-bucket-has-versioning", Joins.VERSIONING_BUCKET,
                Map.of(S3_BUCKET, "versioning", S3_BUCKET_V2, "versionings"),
                "bucket has no versioning configuration (inline, or " + S3_VERSIONING_V2
                        + "); every bucket must keep object versions")
                .description("Every bucket has a versioning configuration")
                .severity(Severity.MEDIUM).controls("S3.14")
                .fix("Declare a BucketVersioningV2 with status Enabled for the bucket")
                .build();
    }

    public static StackPolicy bucketOwnershipControls() {
        return bucketCompanion("s3-bucket-has-ownership-controls", Joins.OWNERSHIP_BUCKET, Map.of(),
                "bucket has no " + S3_OWNERSHIP_CONTROLS + "; every bucket must disable ACLs with BucketOwnerEnforced")
                .description("Every bucket has ownership controls")
                .severity(Severity.MEDIUM).controls("S3.12")
                .fix("Declare BucketOwnershipControls with objectOwnership BucketOwnerEnforced for the bucket")
                .build();
    }

    public static StackPolicy bucketAccessLogging() {
        return StackPolicy.builder("s3-bucket-access-logging")
                .description("Every bucket logs requests, except the bucket that receives access logs")
                .inspects(S3_BUCKET_V2, S3_BUCKET, S3_LOGGING_V2, LB, ALB, CLOUDFRONT_DISTRIBUTION, LOG_DELIVERY_DESTINATION)
                .severity(Severity.MEDIUM).controls("S3.9")
                .fix("Declare a BucketLoggingV2 that writes to the access-log bucket")
                .check((stack, ctx) -> {
                    Set<String> logBuckets = accessLogBuckets(stack);
                    ctx.forEach(stack.ofTypes(S3_BUCKETS), bucket -> {
                        if (logBuckets.contains(bucket.urn()) || declaresInline(bucket.properties(), "loggings")
                                || !stack.referrers(bucket, Joins.LOGGING_BUCKET).isEmpty()) {
                            return;
                        }
                        ctx.report(bucket, "bucket has no access logging (inline loggings, or " + S3_LOGGING_V2
                                + "); every bucket except the access-log bucket must log requests");
                    });
                })
                .build();
    }

    /** URNs of buckets that receive access logs (S3 server access logs, load balancer or CloudFront logs). */
    private static Set<String> accessLogBuckets(StackResources stack) {
        Set<String> out = new HashSet<>();
        for (Reference ref : ACCESS_LOG_WRITERS) {
            for (PolicyResource writer : stack.ofTypes(ref.sourceTypes())) {
                stack.targets(writer, ref).forEach(b -> out.add(b.urn()));
            }
        }
        return out;
    }

    public static StackPolicy albWafAssociation() {
        return StackPolicy.builder("alb-waf-association")
                .description("Every application load balancer has a WAF web ACL association")
                .inspects(LB, ALB, WAF_ASSOCIATION)
                .severity(Severity.HIGH).controls("ELB.16")
                .fix("Declare a WebAclAssociation of the REGIONAL web ACL with the load balancer's ARN")
                .check((stack, ctx) -> ctx.forEach(stack.ofTypes(LOAD_BALANCERS), lb -> {
                    if (LoadBalancerRules.isApplication(lb) && stack.referrers(lb, Joins.WAF_ASSOCIATION_TARGET).isEmpty()) {
                        ctx.report(lb, "application load balancer has no " + WAF_ASSOCIATION
                                + "; every ALB must be protected by a WAF web ACL");
                    }
                }))
                .build();
    }

    public static StackPolicy vpcFlowLogs() {
        return StackPolicy.builder("vpc-flow-logs")
                .description("Every VPC has flow logs")
                .inspects(VPC, FLOW_LOG)
                .severity(Severity.MEDIUM).controls("EC2.6", "CIS 3.7")
                .fix("Declare a FlowLog for the VPC (trafficType ALL, to a KMS-encrypted log group)")
                .check((stack, ctx) -> ctx.forEach(stack.ofType(VPC), vpc -> {
                    if (stack.referrers(vpc, Joins.FLOW_LOG_VPC).isEmpty()) {
                        ctx.report(vpc, "VPC has no " + FLOW_LOG + "; every VPC must log its traffic");
                    }
                }))
                .build();
    }

    public static StackPolicy databaseSourcesAreGroups() {
        return StackPolicy.builder("sg-database-sources-are-groups")
                .description("Security groups of databases and caches only accept traffic from security groups")
                .inspects(RDS_INSTANCE, RDS_CLUSTER, ELASTICACHE_REPLICATION_GROUP, SECURITY_GROUP, VPC_INGRESS_RULE,
                        SECURITY_GROUP_RULE)
                .severity(Severity.HIGH)
                .fix("Replace the CIDR or prefix-list source with referencedSecurityGroupId of the app's group")
                .check((stack, ctx) -> {
                    Set<String> reported = new HashSet<>();
                    for (Reference ref : List.of(Joins.DATABASE_GROUPS, Joins.CACHE_GROUPS)) {
                        ctx.forEach(stack.ofTypes(ref.sourceTypes()), store -> {
                            for (PolicyResource group : stack.targets(store, ref)) {
                                checkDataGroup(stack, ctx, store, group, reported);
                            }
                        });
                    }
                })
                .build();
    }

    private static void checkDataGroup(StackResources stack, StackCheckContext ctx, PolicyResource store,
                                       PolicyResource group, Set<String> reported) {
        List<PolicyResource> holders = new ArrayList<>();
        holders.add(group);
        holders.addAll(stack.referrers(group, Joins.RULE_GROUP));
        ctx.forEach(holders, holder -> {
            for (SgPermissions.Permission perm : SgPermissions.ingress(holder)) {
                List<String> sources = new ArrayList<>();
                perm.cidrs().forEach(c -> sources.add(c.label()));
                perm.prefixLists().forEach(pl -> sources.add("prefix list " + pl));
                for (String source : sources) {
                    if (reported.add(holder.urn() + " " + source)) {
                        ctx.report(holder, source + " reaches security group " + group.name() + " of " + store.name()
                                + " (" + store.type() + "); database and cache groups must only accept traffic from security groups");
                    }
                }
            }
        });
    }

    public static StackPolicy internetIngressOnlyToLoadBalancer() {
        return StackPolicy.builder("sg-internet-ingress-load-balancer-only")
                .description("Only the load balancer's security group accepts internet traffic, and only on 80/443")
                .inspects(SECURITY_GROUP, VPC_INGRESS_RULE, SECURITY_GROUP_RULE, LB, ALB)
                .severity(Severity.HIGH).controls("EC2.18")
                .setting(Setting.integers(SecurityGroupRules.ALLOWED_INTERNET_PORTS,
                        "Ports the load balancer's group may open to the internet", SecurityGroupRules.DEFAULT_INTERNET_PORTS))
                .fix("Remove the internet source; put the service behind the ALB and reference the ALB's group")
                .check((stack, ctx) -> {
                    Set<String> loadBalancerGroups = new HashSet<>();
                    for (PolicyResource lb : stack.ofTypes(LOAD_BALANCERS)) {
                        stack.targets(lb, Joins.LOAD_BALANCER_GROUPS).forEach(g -> loadBalancerGroups.add(g.urn()));
                    }
                    List<Integer> allowed = ctx.settings().integers(SecurityGroupRules.ALLOWED_INTERNET_PORTS);
                    ctx.forEach(stack.ofType(VPC_INGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP), holder -> {
                        List<PolicyResource> groups = holder.type().equals(SECURITY_GROUP) ? List.of(holder)
                                : stack.targets(holder, Joins.RULE_GROUP);
                        if (groups.size() != 1) {
                            return; // the rule's group cannot be told apart: the resource rule's name check applies
                        }
                        PolicyResource group = groups.get(0);
                        for (SgPermissions.Permission perm : SgPermissions.ingress(holder)) {
                            for (SgPermissions.Cidr cidr : perm.cidrs()) {
                                if (!cidr.anywhere()) {
                                    continue;
                                }
                                if (!loadBalancerGroups.contains(group.urn())) {
                                    ctx.report(holder, cidr.label() + " opens security group " + group.name()
                                            + " to the internet but no load balancer uses that group; "
                                            + "only the load balancer's group may accept internet traffic");
                                } else if (!perm.onlyPorts(allowed)) {
                                    ctx.report(holder, cidr.label() + " opens " + perm.describePorts()
                                            + " of load balancer group " + group.name() + " to the internet; only ports "
                                            + SecurityGroupRules.join(allowed) + " may be open to the internet");
                                }
                            }
                        }
                    });
                })
                .build();
    }

    public static StackPolicy auroraMultiAz() {
        return StackPolicy.builder("rds-aurora-multi-az")
                .description("Production Aurora clusters have at least two instances (Multi-AZ failover)")
                .inspects(RDS_CLUSTER, RDS_CLUSTER_INSTANCE)
                .severity(Severity.HIGH).controls("RDS.15")
                .productionOnly()
                .setting(Setting.integer("minimumInstances", "Minimum cluster instances in production", 2, 2))
                .fix("Add a second ClusterInstance (a reader in another AZ) to the cluster")
                .check((stack, ctx) -> {
                    int minimum = ctx.settings().integer("minimumInstances");
                    ctx.forEach(stack.ofType(RDS_CLUSTER), cluster -> {
                        if (!cluster.properties().string("engine").orElse("").startsWith("aurora")) {
                            return; // Multi-AZ DB clusters of other engines always run three instances
                        }
                        int instances = stack.referrers(cluster, Joins.CLUSTER_INSTANCE_CLUSTER).size();
                        if (instances < minimum) {
                            ctx.report(cluster, "cluster has " + instances + " " + RDS_CLUSTER_INSTANCE
                                    + "; production Aurora clusters need at least " + minimum
                                    + " instances in different AZs for Multi-AZ failover");
                        }
                    });
                })
                .build();
    }

    public static StackPolicy natGatewayPerAz() {
        return StackPolicy.builder("cost-nat-gateway-per-az")
                .description("Outside production, one shared NAT gateway instead of one per AZ")
                .inspects(NAT_GATEWAY)
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .environmentAware()
                .setting(Setting.integer("maximumOutsideProduction", "NAT gateways allowed outside production", 1, 0))
                .fix("Set the stack's NAT strategy to single (or none with VPC endpoints) outside production")
                .check((stack, ctx) -> {
                    if (ctx.isProduction()) {
                        return;
                    }
                    int maximum = ctx.settings().integer("maximumOutsideProduction");
                    List<PolicyResource> nats = stack.ofType(NAT_GATEWAY).stream()
                            .filter(n -> !"private".equals(Secret.unwrap(n.properties().raw("connectivityType"))))
                            .toList();
                    for (int i = maximum; i < nats.size(); i++) {
                        ctx.report(nats.get(i), "NAT gateway " + (i + 1) + " of " + nats.size()
                                + " in non-production environment " + ctx.environment()
                                + "; one shared NAT gateway is enough outside production");
                    }
                })
                .build();
    }
}
