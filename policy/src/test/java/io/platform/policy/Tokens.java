package io.platform.policy;

/**
 * The type tokens tests declare resources with, spelled out (not read from the rules' token table, so a
 * test also checks that the table holds the token the program or a user actually writes).
 */
public final class Tokens {
    public static final String S3_BUCKET = "aws:s3/bucket:Bucket";
    public static final String S3_BUCKET_V2 = "aws:s3/bucketV2:BucketV2";
    public static final String S3_SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    public static final String S3_PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public static final String S3_BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    public static final String S3_VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";
    public static final String S3_OWNERSHIP_CONTROLS = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
    public static final String S3_LOGGING_V2 = "aws:s3/bucketLoggingV2:BucketLoggingV2";
    public static final String S3_ACL_V2 = "aws:s3/bucketAclV2:BucketAclV2";
    public static final String RDS_INSTANCE = "aws:rds/instance:Instance";
    public static final String RDS_CLUSTER = "aws:rds/cluster:Cluster";
    public static final String RDS_CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
    public static final String RDS_PARAMETER_GROUP = "aws:rds/parameterGroup:ParameterGroup";
    public static final String RDS_CLUSTER_PARAMETER_GROUP = "aws:rds/clusterParameterGroup:ClusterParameterGroup";
    public static final String ELASTICACHE_REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
    public static final String ELASTICACHE_CLUSTER = "aws:elasticache/cluster:Cluster";
    public static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    public static final String SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public static final String VPC_INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public static final String VPC_EGRESS_RULE = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public static final String VPC = "aws:ec2/vpc:Vpc";
    public static final String FLOW_LOG = "aws:ec2/flowLog:FlowLog";
    public static final String NAT_GATEWAY = "aws:ec2/natGateway:NatGateway";
    public static final String EC2_INSTANCE = "aws:ec2/instance:Instance";
    public static final String LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate";
    public static final String LB = "aws:lb/loadBalancer:LoadBalancer";
    public static final String ALB = "aws:alb/loadBalancer:LoadBalancer";
    public static final String LB_LISTENER = "aws:lb/listener:Listener";
    public static final String ALB_LISTENER = "aws:alb/listener:Listener";
    public static final String WAF_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    public static final String ECS_TASK_DEFINITION = "aws:ecs/taskDefinition:TaskDefinition";
    public static final String ECS_SERVICE = "aws:ecs/service:Service";
    public static final String ECR_REPOSITORY = "aws:ecr/repository:Repository";
    public static final String CLOUDFRONT_DISTRIBUTION = "aws:cloudfront/distribution:Distribution";
    public static final String KMS_KEY = "aws:kms/key:Key";
    public static final String SECRET = "aws:secretsmanager/secret:Secret";
    public static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    public static final String LOG_DELIVERY_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
    public static final String LOG_DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery";
    public static final String LOG_DELIVERY_DESTINATION = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination";
    public static final String SNS_TOPIC = "aws:sns/topic:Topic";
    public static final String CLOUDTRAIL = "aws:cloudtrail/trail:Trail";
    public static final String IAM_ROLE = "aws:iam/role:Role";
    public static final String IAM_POLICY = "aws:iam/policy:Policy";
    public static final String IAM_ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    public static final String IAM_USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    public static final String IAM_GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
    public static final String IAM_ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public static final String IAM_USER_POLICY_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
    public static final String IAM_GROUP_POLICY_ATTACHMENT = "aws:iam/groupPolicyAttachment:GroupPolicyAttachment";
    public static final String IAM_POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
    public static final String IAM_OIDC_PROVIDER = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";

    public static final String S3_LIFECYCLE_V2 = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2";
    public static final String ECR_LIFECYCLE_POLICY = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    public static final String ELASTICACHE_SUBNET_GROUP = "aws:elasticache/subnetGroup:SubnetGroup";
    public static final String LB_LISTENER_LEGACY = "aws:elasticloadbalancingv2/listener:Listener";
    public static final String ALB_LEGACY = "aws:applicationloadbalancing/loadBalancer:LoadBalancer";
    public static final String S3_SSE_V7 = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    public static final String S3_VERSIONING_V7 = "aws:s3/bucketVersioning:BucketVersioning";
    public static final String S3_LOGGING_V7 = "aws:s3/bucketLogging:BucketLogging";
    public static final String DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    public static final String ROLE_POLICY_ATTACHMENTS_EXCLUSIVE =
            "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";

    private Tokens() {
    }
}
