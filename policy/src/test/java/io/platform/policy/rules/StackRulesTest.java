package io.platform.policy.rules;

import io.platform.policy.rules.s3.BucketAccessLogging;
import io.platform.policy.rules.s3.BucketHasEncryption;
import io.platform.policy.rules.s3.BucketHasOwnershipControls;
import io.platform.policy.rules.s3.BucketHasPublicAccessBlock;
import io.platform.policy.rules.s3.BucketHasTlsPolicy;
import io.platform.policy.rules.s3.BucketHasVersioning;
import io.platform.policy.rules.ec2.DatabaseSourcesAreGroups;
import io.platform.policy.rules.ec2.InternetIngressLoadBalancerOnly;
import io.platform.policy.rules.ec2.VpcFlowLogs;
import io.platform.policy.rules.elb.WafAssociation;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ALB;
import static io.platform.policy.Tokens.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.Tokens.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.Tokens.FLOW_LOG;
import static io.platform.policy.Tokens.LB;
import static io.platform.policy.Tokens.LOG_DELIVERY_DESTINATION;
import static io.platform.policy.Tokens.NAT_GATEWAY;
import static io.platform.policy.Tokens.RDS_CLUSTER;
import static io.platform.policy.Tokens.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.Tokens.RDS_INSTANCE;
import static io.platform.policy.Tokens.S3_BUCKET;
import static io.platform.policy.Tokens.S3_BUCKET_POLICY;
import static io.platform.policy.Tokens.S3_BUCKET_V2;
import static io.platform.policy.Tokens.S3_LOGGING_V2;
import static io.platform.policy.Tokens.S3_OWNERSHIP_CONTROLS;
import static io.platform.policy.Tokens.S3_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.Tokens.S3_SSE_V2;
import static io.platform.policy.Tokens.S3_VERSIONING_V2;
import static io.platform.policy.Tokens.SECURITY_GROUP;
import static io.platform.policy.Tokens.SECURITY_GROUP_RULE;
import static io.platform.policy.Tokens.VPC;
import static io.platform.policy.Tokens.VPC_INGRESS_RULE;
import static io.platform.policy.Tokens.WAF_ASSOCIATION;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class StackRulesTest {
    static PolicyResource bucket(String name) {
        return PolicyResource.builder(S3_BUCKET_V2, name).property("bucket", name).build();
    }

    /** A companion that points at its bucket through property dependencies (ids unknown, as in preview). */
    static PolicyResource companion(String type, String name, PolicyResource bucket) {
        return PolicyResource.builder(type, name).property("bucket", Unknown.VALUE).propertyDependsOn("bucket", bucket).build();
    }

    @Nested
    class BucketCompanions {
        final PolicyResource docs = bucket("platform-staging-documents");

        @Test
        void publicAccessBlockJoinedByPropertyDependency() {
            forRule(BucketHasPublicAccessBlock.policy())
                    .withResources(docs, companion(S3_PUBLIC_ACCESS_BLOCK, "documents-pab", docs))
                    .expectNoViolations();
        }

        @Test
        void publicAccessBlockJoinedByBucketName() {
            PolicyResource pab = PolicyResource.builder(S3_PUBLIC_ACCESS_BLOCK, "documents-pab")
                    .property("bucket", "platform-staging-documents").build();
            forRule(BucketHasPublicAccessBlock.policy()).withResources(docs, pab).expectNoViolations();
        }

        @Test
        void publicAccessBlockJoinedByTheOnlyDependency() {
            PolicyResource pab = PolicyResource.builder(S3_PUBLIC_ACCESS_BLOCK, "documents-pab")
                    .property("bucket", Unknown.VALUE).dependsOn(docs).build();
            forRule(BucketHasPublicAccessBlock.policy()).withResources(docs, pab).expectNoViolations();
        }

        @Test
        void bucketWithoutPublicAccessBlockFails() {
            PolicyResource other = bucket("platform-staging-assets");
            forRule(BucketHasPublicAccessBlock.policy())
                    .withResources(docs, other, companion(S3_PUBLIC_ACCESS_BLOCK, "documents-pab", docs))
                    .expectViolations("bucket has no aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock; "
                            + "every bucket needs a public access block with all four settings true");
        }

        @Test
        void encryptionInlineOrCompanion() {
            PolicyResource legacy = PolicyResource.builder(S3_BUCKET, "legacy")
                    .property("serverSideEncryptionConfiguration", Map.of("rule", Map.of())).build();
            forRule(BucketHasEncryption.policy())
                    .withResources(docs, companion(S3_SSE_V2, "documents-sse", docs), legacy)
                    .expectNoViolations();
            forRule(BucketHasEncryption.policy()).withResources(docs)
                    .expectViolations("bucket has no default-encryption configuration (inline, or "
                            + "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2); "
                            + "every bucket needs SSE-KMS default encryption");
        }

        @Test
        void tlsPolicy() {
            forRule(BucketHasTlsPolicy.policy())
                    .withResources(docs, companion(S3_BUCKET_POLICY, "documents-policy", docs)).expectNoViolations();
            forRule(BucketHasTlsPolicy.policy()).withResources(docs)
                    .expectViolations("bucket has no bucket policy (inline, or aws:s3/bucketPolicy:BucketPolicy); "
                            + "every bucket needs a policy that denies requests without TLS");
        }

        @Test
        void versioning() {
            forRule(BucketHasVersioning.policy())
                    .withResources(docs, companion(S3_VERSIONING_V2, "documents-versioning", docs)).expectNoViolations();
            forRule(BucketHasVersioning.policy())
                    .withResources(PolicyResource.builder(S3_BUCKET_V2, "empty-inline").property("versionings", List.of()).build())
                    .expectViolations("bucket has no versioning configuration (inline, or "
                            + "aws:s3/bucketVersioningV2:BucketVersioningV2); every bucket must keep object versions");
        }

        @Test
        void ownershipControls() {
            forRule(BucketHasOwnershipControls.policy())
                    .withResources(docs, companion(S3_OWNERSHIP_CONTROLS, "documents-ownership", docs)).expectNoViolations();
            forRule(BucketHasOwnershipControls.policy()).withResources(docs)
                    .expectViolations("bucket has no aws:s3/bucketOwnershipControls:BucketOwnershipControls; "
                            + "every bucket must disable ACLs with BucketOwnerEnforced");
        }
    }

    @Nested
    class AccessLogging {
        final PolicyResource logs = bucket("platform-staging-access-logs");
        final PolicyResource docs = bucket("platform-staging-documents");
        final PolicyResource assets = bucket("platform-staging-assets");

        @Test
        void logBucketItselfNeedsNoLogging() {
            PolicyResource docsLogging = PolicyResource.builder(S3_LOGGING_V2, "documents-logging")
                    .property("bucket", Unknown.VALUE).property("targetBucket", Unknown.VALUE)
                    .propertyDependsOn("bucket", docs).propertyDependsOn("targetBucket", logs).build();
            forRule(BucketAccessLogging.policy()).withResources(logs, docs, docsLogging).expectNoViolations();
        }

        @Test
        void bucketsWithoutLoggingFail() {
            PolicyResource docsLogging = PolicyResource.builder(S3_LOGGING_V2, "documents-logging")
                    .property("bucket", "platform-staging-documents").property("targetBucket", "platform-staging-access-logs")
                    .build();
            forRule(BucketAccessLogging.policy()).withResources(logs, docs, assets, docsLogging)
                    .expectViolations("bucket has no access logging (inline loggings, or aws:s3/bucketLoggingV2:BucketLoggingV2); "
                            + "every bucket except the access-log bucket must log requests");
        }

        @Test
        void loadBalancerAndCloudFrontLogTargetsAreLogBuckets() {
            PolicyResource alb = PolicyResource.builder(LB, "alb")
                    .property("accessLogs", Map.of("enabled", true, "bucket", "platform-staging-access-logs", "prefix", "alb"))
                    .build();
            PolicyResource cdnLogs = bucket("platform-staging-cdn-logs");
            PolicyResource cdn = PolicyResource.builder(CLOUDFRONT_DISTRIBUTION, "site")
                    .property("loggingConfig", Map.of("bucket", "platform-staging-cdn-logs.s3.amazonaws.com")).build();
            forRule(BucketAccessLogging.policy()).withResources(logs, alb, cdnLogs, cdn).expectNoViolations();
        }

        @Test
        void aStandardLoggingV2DestinationBucketIsALogBucket() {
            PolicyResource cdnLogs = bucket("platform-staging-cdn-logs");
            PolicyResource destination = PolicyResource.builder(LOG_DELIVERY_DESTINATION, "site-logs-destination")
                    .property("deliveryDestinationConfiguration",
                            Map.of("destinationResourceArn", "arn:aws:s3:::platform-staging-cdn-logs/cloudfront/web"))
                    .build();
            forRule(BucketAccessLogging.policy()).withResources(cdnLogs, destination).expectNoViolations();
            PolicyResource toLogGroup = PolicyResource.builder(LOG_DELIVERY_DESTINATION, "site-logs-cwl")
                    .property("deliveryDestinationConfiguration", Map.of("destinationResourceArn",
                            "arn:aws:logs:us-east-1:123456789012:log-group:/cloudfront/web"))
                    .build();
            forRule(BucketAccessLogging.policy()).withResources(cdnLogs, toLogGroup)
                    .expectViolations("bucket has no access logging (inline loggings, or aws:s3/bucketLoggingV2:BucketLoggingV2); "
                            + "every bucket except the access-log bucket must log requests");
        }

        @Test
        void inlineLoggingCounts() {
            PolicyResource legacy = PolicyResource.builder(S3_BUCKET, "legacy")
                    .property("loggings", List.of(Map.of("targetBucket", "platform-staging-access-logs"))).build();
            forRule(BucketAccessLogging.policy()).withResources(logs, legacy).expectNoViolations();
        }
    }

    @Test
    void everyApplicationLoadBalancerHasAWafAssociation() {
        PolicyResource alb = PolicyResource.builder(ALB, "alb").property("loadBalancerType", "application").build();
        PolicyResource nlb = PolicyResource.builder(LB, "nlb").property("loadBalancerType", "network").build();
        PolicyResource association = PolicyResource.builder(WAF_ASSOCIATION, "alb-waf")
                .property("resourceArn", Unknown.VALUE).property("webAclArn", Unknown.VALUE)
                .propertyDependsOn("resourceArn", alb).build();
        forRule(WafAssociation.policy()).withResources(alb, nlb, association).expectNoViolations();
        forRule(WafAssociation.policy()).withResources(alb, nlb)
                .expectViolations("application load balancer has no aws:wafv2/webAclAssociation:WebAclAssociation; "
                        + "every ALB must be protected by a WAF web ACL");
    }

    /**
     * In a real preview the Java SDK reports no dependency for an input that comes from another
     * resource's unknown output: an association with an unknown target may be this ALB's, so the
     * rule skips instead of reporting; one that is known to point elsewhere does not count.
     */
    @Test
    void anAssociationWhoseTargetIsUnknownWithoutDependenciesIsNoViolation() {
        PolicyResource alb = PolicyResource.builder(LB, "alb").property("loadBalancerType", "application").build();
        PolicyResource undecided = PolicyResource.builder(WAF_ASSOCIATION, "alb-waf")
                .property("resourceArn", Unknown.VALUE).property("webAclArn", Unknown.VALUE).build();
        PolicyResource elsewhere = PolicyResource.builder(WAF_ASSOCIATION, "other-waf")
                .property("resourceArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/other/1")
                .property("webAclArn", Unknown.VALUE).build();

        forRule(WafAssociation.policy()).withResources(alb, undecided).expectNoViolations();
        forRule(WafAssociation.policy()).withResources(alb, elsewhere)
                .expectViolations("application load balancer has no aws:wafv2/webAclAssociation:WebAclAssociation; "
                        + "every ALB must be protected by a WAF web ACL");
    }

    @Test
    void everyVpcHasFlowLogs() {
        PolicyResource vpc = PolicyResource.builder(VPC, "main").property("cidrBlock", "10.1.0.0/16").build();
        PolicyResource flow = PolicyResource.builder(FLOW_LOG, "main-flow-logs")
                .property("vpcId", Unknown.VALUE).property("trafficType", "ALL").propertyDependsOn("vpcId", vpc).build();
        forRule(VpcFlowLogs.policy()).withResources(vpc, flow).expectNoViolations();
        forRule(VpcFlowLogs.policy()).withResources(vpc)
                .expectViolations("VPC has no aws:ec2/flowLog:FlowLog; every VPC must log its traffic");
    }

    @Nested
    class SecurityGroups {
        final PolicyResource albGroup = PolicyResource.builder(SECURITY_GROUP, "alb-sg").build();
        final PolicyResource appGroup = PolicyResource.builder(SECURITY_GROUP, "app-sg").build();
        final PolicyResource dbGroup = PolicyResource.builder(SECURITY_GROUP, "db-sg").build();
        final PolicyResource alb = PolicyResource.builder(LB, "alb")
                .property("securityGroups", List.of(Unknown.VALUE)).propertyDependsOn("securityGroups", albGroup).build();
        final PolicyResource db = PolicyResource.builder(RDS_INSTANCE, "db")
                .property("vpcSecurityGroupIds", List.of(Unknown.VALUE)).propertyDependsOn("vpcSecurityGroupIds", dbGroup).build();

        PolicyResource ingress(String name, PolicyResource group, Map<String, Object> props) {
            return PolicyResource.builder(VPC_INGRESS_RULE, name).properties(props)
                    .property("securityGroupId", Unknown.VALUE).propertyDependsOn("securityGroupId", group).build();
        }

        @Test
        void databaseGroupFromAppGroupPasses() {
            PolicyResource fromApp = PolicyResource.builder(VPC_INGRESS_RULE, "db-from-app")
                    .properties(Map.of("ipProtocol", "tcp", "fromPort", 5432, "toPort", 5432))
                    .property("securityGroupId", Unknown.VALUE).property("referencedSecurityGroupId", Unknown.VALUE)
                    .propertyDependsOn("securityGroupId", dbGroup).propertyDependsOn("referencedSecurityGroupId", appGroup)
                    .build();
            forRule(DatabaseSourcesAreGroups.policy()).withResources(dbGroup, appGroup, db, fromApp).expectNoViolations();
        }

        @Test
        void databaseGroupFromCidrFails() {
            PolicyResource fromVpc = ingress("db-from-vpc", dbGroup,
                    Map.of("ipProtocol", "tcp", "fromPort", 5432, "toPort", 5432, "cidrIpv4", "10.1.0.0/16"));
            forRule(DatabaseSourcesAreGroups.policy()).withResources(dbGroup, db, fromVpc)
                    .expectViolations("cidrIpv4 10.1.0.0/16 reaches security group db-sg of db (aws:rds/instance:Instance); "
                            + "database and cache groups must only accept traffic from security groups");
        }

        @Test
        void cacheGroupWithInlineCidrFails() {
            PolicyResource cacheGroup = PolicyResource.builder(SECURITY_GROUP, "redis-sg")
                    .property("ingress", List.of(Map.of("protocol", "tcp", "fromPort", 6379, "toPort", 6379,
                            "cidrBlocks", List.of("10.1.11.0/24")))).build();
            PolicyResource redis = PolicyResource.builder(ELASTICACHE_REPLICATION_GROUP, "redis")
                    .property("securityGroupIds", List.of(Unknown.VALUE)).propertyDependsOn("securityGroupIds", cacheGroup).build();
            forRule(DatabaseSourcesAreGroups.policy()).withResources(cacheGroup, redis)
                    .expectViolations("ingress[0].cidrBlocks 10.1.11.0/24 reaches security group redis-sg of redis "
                            + "(aws:elasticache/replicationGroup:ReplicationGroup); "
                            + "database and cache groups must only accept traffic from security groups");
        }

        @Test
        void internetHttpsToTheLoadBalancersGroupPasses() {
            PolicyResource https = ingress("alb-https", albGroup,
                    Map.of("ipProtocol", "tcp", "fromPort", 443, "toPort", 443, "cidrIpv4", "0.0.0.0/0"));
            forRule(InternetIngressLoadBalancerOnly.policy()).withResources(albGroup, alb, https).expectNoViolations();
        }

        @Test
        void internetToAnotherGroupFailsWhateverItsName() {
            PolicyResource sneaky = ingress("alb-looking-rule", appGroup,
                    Map.of("ipProtocol", "tcp", "fromPort", 443, "toPort", 443, "cidrIpv4", "0.0.0.0/0"));
            forRule(InternetIngressLoadBalancerOnly.policy()).withResources(albGroup, appGroup, alb, sneaky)
                    .expectViolations("cidrIpv4 0.0.0.0/0 opens security group app-sg to the internet but no load balancer "
                            + "uses that group; only the load balancer's group may accept internet traffic");
        }

        @Test
        void otherPortsOnTheLoadBalancersGroupFail() {
            PolicyResource rule = PolicyResource.builder(SECURITY_GROUP_RULE, "alb-8443")
                    .properties(Map.of("type", "ingress", "protocol", "tcp", "fromPort", 8443, "toPort", 8443,
                            "cidrBlocks", List.of("0.0.0.0/0")))
                    .property("securityGroupId", Unknown.VALUE).propertyDependsOn("securityGroupId", albGroup).build();
            forRule(InternetIngressLoadBalancerOnly.policy()).withResources(albGroup, alb, rule)
                    .expectViolations("cidrBlocks 0.0.0.0/0 opens tcp 8443 of load balancer group alb-sg to the internet; "
                            + "only ports 80, 443 may be open to the internet");
        }
    }

    @Nested
    class AuroraMultiAz {
        final PolicyResource cluster = PolicyResource.builder(RDS_CLUSTER, "db")
                .properties(Map.of("engine", "aurora-postgresql", "clusterIdentifier", "platform-production-db")).build();

        PolicyResource instance(String name) {
            return PolicyResource.builder(RDS_CLUSTER_INSTANCE, name)
                    .properties(Map.of("clusterIdentifier", "platform-production-db", "instanceClass", "db.serverless")).build();
        }

        @Test
        void twoInstancesPassInProduction() {
            forRule(io.platform.policy.rules.rds.AuroraMultiAz.policy()).inStack("production")
                    .withResources(cluster, instance("db-1"), instance("db-2")).expectNoViolations();
        }

        @Test
        void oneInstanceFailsInProductionOnly() {
            forRule(io.platform.policy.rules.rds.AuroraMultiAz.policy()).inStack("production").withResources(cluster, instance("db-1"))
                    .expectViolations("cluster has 1 aws:rds/clusterInstance:ClusterInstance; production Aurora clusters "
                            + "need at least 2 instances in different AZs for Multi-AZ failover");
            forRule(io.platform.policy.rules.rds.AuroraMultiAz.policy()).inStack("staging").withResources(cluster, instance("db-1")).expectNoViolations();
        }
    }

    @Nested
    class NatGateways {
        final PolicyResource nat1 = PolicyResource.builder(NAT_GATEWAY, "nat-a").property("subnetId", "subnet-a").build();
        final PolicyResource nat2 = PolicyResource.builder(NAT_GATEWAY, "nat-b").property("subnetId", "subnet-b").build();
        final PolicyResource nat3 = PolicyResource.builder(NAT_GATEWAY, "nat-c").property("subnetId", "subnet-c").build();

        @Test
        void oneNatPassesAnywhereAndOnePerAzPassesInProduction() {
            forRule(CostRules.natGatewayPerAz()).inStack("staging").withResources(nat1).expectNoViolations();
            forRule(CostRules.natGatewayPerAz()).inStack("production").withResources(nat1, nat2, nat3).expectNoViolations();
        }

        @Test
        void natPerAzOutsideProductionIsFlagged() {
            forRule(CostRules.natGatewayPerAz()).inStack("staging").withResources(nat1, nat2, nat3)
                    .expectViolations(
                            "NAT gateway 2 of 3 in non-production environment staging; one shared NAT gateway is enough outside production",
                            "NAT gateway 3 of 3 in non-production environment staging; one shared NAT gateway is enough outside production");
        }
    }
}
