package io.platform.policy.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.platform.policy.rules.TokenFamily.alias;
import static io.platform.policy.rules.TokenFamily.legacy;
import static io.platform.policy.rules.TokenFamily.of;
import static io.platform.policy.rules.TokenFamily.v6;
import static io.platform.policy.rules.TokenFamily.v7;

/**
 * The one table of type-token families the rules read (see {@link TokenFamily}). 6.x tokens are
 * checked against com.pulumi:aws 6.83.0 by {@code TokenFamiliesTest}; legacy tokens are the renames
 * pulumi-aws 6.0 removed (its v5→v6 migration guide), 7.x tokens the S3 companions v7 added beside
 * the deprecated {@code …V2} ones. In 7.x {@code aws:s3/bucket:Bucket} has the shape 6.x gave
 * {@code BucketV2}; bucket rules read both shapes.
 */
public final class AwsTypes {
    private AwsTypes() {
    }

    // S3
    public static final TokenFamily S3_BUCKET = of("S3 general purpose bucket",
            v6("aws:s3/bucket:Bucket"), v6("aws:s3/bucketV2:BucketV2"));
    public static final TokenFamily S3_BUCKET_SSE = of("S3 default encryption",
            v6("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2"),
            v7("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"));
    public static final TokenFamily S3_BUCKET_VERSIONING = of("S3 bucket versioning",
            v6("aws:s3/bucketVersioningV2:BucketVersioningV2"), v7("aws:s3/bucketVersioning:BucketVersioning"));
    public static final TokenFamily S3_BUCKET_LOGGING = of("S3 server access logging",
            v6("aws:s3/bucketLoggingV2:BucketLoggingV2"), v7("aws:s3/bucketLogging:BucketLogging"));
    public static final TokenFamily S3_BUCKET_ACL = of("S3 bucket ACL",
            v6("aws:s3/bucketAclV2:BucketAclV2"), v7("aws:s3/bucketAcl:BucketAcl"));
    public static final TokenFamily S3_BUCKET_LIFECYCLE = of("S3 lifecycle configuration",
            v6("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2"),
            v7("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"));
    public static final TokenFamily S3_PUBLIC_ACCESS_BLOCK = of("S3 bucket public access block",
            v6("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"));
    public static final TokenFamily S3_ACCOUNT_PUBLIC_ACCESS_BLOCK = of("S3 account public access block",
            v6("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"));
    public static final TokenFamily S3_BUCKET_POLICY = of("S3 bucket policy", v6("aws:s3/bucketPolicy:BucketPolicy"));
    public static final TokenFamily S3_OWNERSHIP_CONTROLS = of("S3 object ownership",
            v6("aws:s3/bucketOwnershipControls:BucketOwnershipControls"));
    public static final TokenFamily S3_REPLICATION = of("S3 replication configuration",
            v6("aws:s3/bucketReplicationConfig:BucketReplicationConfig"));
    public static final TokenFamily S3_ACCESS_POINT = of("S3 access point", v6("aws:s3/accessPoint:AccessPoint"));
    public static final TokenFamily S3_MULTI_REGION_ACCESS_POINT = of("S3 Multi-Region Access Point",
            v6("aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint"));
    public static final TokenFamily S3_DIRECTORY_BUCKET = of("S3 directory bucket", v6("aws:s3/directoryBucket:DirectoryBucket"));

    // RDS
    public static final TokenFamily RDS_INSTANCE = of("RDS DB instance", v6("aws:rds/instance:Instance"));
    public static final TokenFamily RDS_CLUSTER = of("RDS / Aurora DB cluster", v6("aws:rds/cluster:Cluster"));
    public static final TokenFamily RDS_CLUSTER_INSTANCE = of("Aurora cluster instance", v6("aws:rds/clusterInstance:ClusterInstance"));
    public static final TokenFamily RDS_PARAMETER_GROUP = of("RDS parameter group", v6("aws:rds/parameterGroup:ParameterGroup"));
    public static final TokenFamily RDS_CLUSTER_PARAMETER_GROUP = of("RDS cluster parameter group",
            v6("aws:rds/clusterParameterGroup:ClusterParameterGroup"));
    public static final TokenFamily RDS_SUBNET_GROUP = of("RDS DB subnet group", v6("aws:rds/subnetGroup:SubnetGroup"));
    public static final TokenFamily RDS_SNAPSHOT = of("RDS DB snapshot", v6("aws:rds/snapshot:Snapshot"));
    public static final TokenFamily RDS_CLUSTER_SNAPSHOT = of("RDS cluster snapshot", v6("aws:rds/clusterSnapshot:ClusterSnapshot"));
    public static final TokenFamily RDS_SNAPSHOT_COPY = of("RDS snapshot copy",
            v6("aws:rds/snapshotCopy:SnapshotCopy"), v6("aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"));
    public static final TokenFamily RDS_PROXY = of("RDS proxy", v6("aws:rds/proxy:Proxy"));
    public static final TokenFamily RDS_EVENT_SUBSCRIPTION = of("RDS event subscription",
            v6("aws:rds/eventSubscription:EventSubscription"));

    // ElastiCache
    public static final TokenFamily ELASTICACHE_REPLICATION_GROUP = of("ElastiCache replication group",
            v6("aws:elasticache/replicationGroup:ReplicationGroup"));
    public static final TokenFamily ELASTICACHE_CLUSTER = of("ElastiCache cluster", v6("aws:elasticache/cluster:Cluster"));
    public static final TokenFamily ELASTICACHE_SUBNET_GROUP = of("ElastiCache subnet group",
            v6("aws:elasticache/subnetGroup:SubnetGroup"));

    // EC2 networking
    public static final TokenFamily SECURITY_GROUP = of("security group (the VPC's default one included)",
            v6("aws:ec2/securityGroup:SecurityGroup"), v6("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"));
    public static final TokenFamily DEFAULT_SECURITY_GROUP = of("VPC default security group",
            v6("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"));
    public static final TokenFamily SECURITY_GROUP_RULE = of("security group rule (ec2)", v6("aws:ec2/securityGroupRule:SecurityGroupRule"));
    public static final TokenFamily VPC_INGRESS_RULE = of("security group ingress rule (vpc)",
            v6("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"));
    public static final TokenFamily VPC_EGRESS_RULE = of("security group egress rule (vpc)",
            v6("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"));
    public static final TokenFamily VPC = of("VPC", v6("aws:ec2/vpc:Vpc"), v6("aws:ec2/defaultVpc:DefaultVpc"));
    public static final TokenFamily SUBNET = of("subnet", v6("aws:ec2/subnet:Subnet"), v6("aws:ec2/defaultSubnet:DefaultSubnet"));
    public static final TokenFamily ROUTE_TABLE = of("route table",
            v6("aws:ec2/routeTable:RouteTable"), v6("aws:ec2/defaultRouteTable:DefaultRouteTable"));
    public static final TokenFamily ROUTE = of("route", v6("aws:ec2/route:Route"));
    public static final TokenFamily ROUTE_TABLE_ASSOCIATION = of("route table association",
            v6("aws:ec2/routeTableAssociation:RouteTableAssociation"));
    public static final TokenFamily NETWORK_ACL = of("network ACL (the VPC's default one included)",
            v6("aws:ec2/networkAcl:NetworkAcl"), v6("aws:ec2/defaultNetworkAcl:DefaultNetworkAcl"));
    public static final TokenFamily NETWORK_ACL_RULE = of("network ACL rule", v6("aws:ec2/networkAclRule:NetworkAclRule"));
    public static final TokenFamily NETWORK_ACL_ASSOCIATION = of("network ACL association",
            v6("aws:ec2/networkAclAssociation:NetworkAclAssociation"));
    public static final TokenFamily FLOW_LOG = of("VPC flow log", v6("aws:ec2/flowLog:FlowLog"));
    public static final TokenFamily NAT_GATEWAY = of("NAT gateway", v6("aws:ec2/natGateway:NatGateway"));
    public static final TokenFamily INTERNET_GATEWAY = of("internet gateway", v6("aws:ec2/internetGateway:InternetGateway"));
    public static final TokenFamily VPC_ENDPOINT = of("VPC endpoint", v6("aws:ec2/vpcEndpoint:VpcEndpoint"));
    public static final TokenFamily VPC_BLOCK_PUBLIC_ACCESS = of("VPC Block Public Access options",
            v6("aws:ec2/vpcBlockPublicAccessOptions:VpcBlockPublicAccessOptions"));
    public static final TokenFamily TRANSIT_GATEWAY = of("transit gateway",
            v6("aws:ec2transitgateway/transitGateway:TransitGateway"));
    public static final TokenFamily CLIENT_VPN_ENDPOINT = of("Client VPN endpoint", v6("aws:ec2clientvpn/endpoint:Endpoint"));
    public static final TokenFamily VPN_CONNECTION = of("Site-to-Site VPN connection", v6("aws:ec2/vpnConnection:VpnConnection"));
    public static final TokenFamily NETWORK_INTERFACE = of("network interface", v6("aws:ec2/networkInterface:NetworkInterface"));

    // EC2 compute and EBS
    public static final TokenFamily EC2_INSTANCE = of("EC2 instance", v6("aws:ec2/instance:Instance"),
            v6("aws:ec2/spotInstanceRequest:SpotInstanceRequest"));
    public static final TokenFamily LAUNCH_TEMPLATE = of("EC2 launch template", v6("aws:ec2/launchTemplate:LaunchTemplate"));
    public static final TokenFamily LAUNCH_CONFIGURATION = of("Auto Scaling launch configuration",
            v6("aws:ec2/launchConfiguration:LaunchConfiguration"));
    public static final TokenFamily SPOT_FLEET_REQUEST = of("EC2 Spot Fleet request", v6("aws:ec2/spotFleetRequest:SpotFleetRequest"));
    public static final TokenFamily AUTOSCALING_GROUP = of("Auto Scaling group", v6("aws:autoscaling/group:Group"));
    public static final TokenFamily EBS_VOLUME = of("EBS volume", v6("aws:ebs/volume:Volume"));
    public static final TokenFamily EBS_VOLUME_ATTACHMENT = of("EBS volume attachment", v6("aws:ec2/volumeAttachment:VolumeAttachment"));
    public static final TokenFamily EBS_ENCRYPTION_BY_DEFAULT = of("EBS encryption by default",
            v6("aws:ebs/encryptionByDefault:EncryptionByDefault"));
    public static final TokenFamily EBS_SNAPSHOT_PERMISSION = of("EBS snapshot create-volume permission",
            v6("aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission"));
    public static final TokenFamily EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS = of("EBS snapshot block public access",
            v6("aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess"));

    // Load balancing (aws:alb is an alias module of aws:lb; the other two are the names 6.0 removed)
    public static final TokenFamily LOAD_BALANCER = of("Application/Network/Gateway Load Balancer",
            v6("aws:lb/loadBalancer:LoadBalancer"), alias("aws:alb/loadBalancer:LoadBalancer"),
            legacy("aws:elasticloadbalancingv2/loadBalancer:LoadBalancer"),
            legacy("aws:applicationloadbalancing/loadBalancer:LoadBalancer"));
    public static final TokenFamily LISTENER = of("load balancer listener",
            v6("aws:lb/listener:Listener"), alias("aws:alb/listener:Listener"),
            legacy("aws:elasticloadbalancingv2/listener:Listener"),
            legacy("aws:applicationloadbalancing/listener:Listener"));
    public static final TokenFamily TARGET_GROUP = of("load balancer target group",
            v6("aws:lb/targetGroup:TargetGroup"), alias("aws:alb/targetGroup:TargetGroup"),
            legacy("aws:elasticloadbalancingv2/targetGroup:TargetGroup"),
            legacy("aws:applicationloadbalancing/targetGroup:TargetGroup"));
    public static final TokenFamily CLASSIC_LOAD_BALANCER = of("Classic Load Balancer",
            v6("aws:elb/loadBalancer:LoadBalancer"), legacy("aws:elasticloadbalancing/loadBalancer:LoadBalancer"));
    public static final TokenFamily CLASSIC_LOAD_BALANCER_POLICY = of("Classic Load Balancer policy",
            v6("aws:elb/loadBalancerPolicy:LoadBalancerPolicy"),
            legacy("aws:elasticloadbalancing/loadBalancerPolicy:LoadBalancerPolicy"));
    public static final TokenFamily WAF_ASSOCIATION = of("WAF web ACL association",
            v6("aws:wafv2/webAclAssociation:WebAclAssociation"), v6("aws:wafregional/webAclAssociation:WebAclAssociation"));

    // Containers
    public static final TokenFamily ECS_TASK_DEFINITION = of("ECS task definition", v6("aws:ecs/taskDefinition:TaskDefinition"));
    public static final TokenFamily ECS_SERVICE = of("ECS service", v6("aws:ecs/service:Service"));
    public static final TokenFamily ECS_TASK_SET = of("ECS task set", v6("aws:ecs/taskSet:TaskSet"));
    public static final TokenFamily ECS_CLUSTER = of("ECS cluster", v6("aws:ecs/cluster:Cluster"));
    public static final TokenFamily ECS_CAPACITY_PROVIDER = of("ECS capacity provider", v6("aws:ecs/capacityProvider:CapacityProvider"));
    public static final TokenFamily ECR_REPOSITORY = of("ECR repository", v6("aws:ecr/repository:Repository"));
    public static final TokenFamily ECR_LIFECYCLE_POLICY = of("ECR lifecycle policy", v6("aws:ecr/lifecyclePolicy:LifecyclePolicy"));

    // Edge
    public static final TokenFamily CLOUDFRONT_DISTRIBUTION = of("CloudFront distribution",
            v6("aws:cloudfront/distribution:Distribution"));
    public static final TokenFamily LOG_DELIVERY_SOURCE = of("CloudWatch vended-log delivery source",
            v6("aws:cloudwatch/logDeliverySource:LogDeliverySource"));
    public static final TokenFamily LOG_DELIVERY = of("CloudWatch vended-log delivery", v6("aws:cloudwatch/logDelivery:LogDelivery"));
    public static final TokenFamily LOG_DELIVERY_DESTINATION = of("CloudWatch vended-log delivery destination",
            v6("aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination"));
    public static final TokenFamily ACM_CERTIFICATE = of("ACM certificate", v6("aws:acm/certificate:Certificate"));
    public static final TokenFamily ROUTE53_ZONE = of("Route 53 hosted zone", v6("aws:route53/zone:Zone"));
    public static final TokenFamily ROUTE53_QUERY_LOG = of("Route 53 query logging configuration", v6("aws:route53/queryLog:QueryLog"));

    // WAF
    public static final TokenFamily WEB_ACL = of("WAF web ACL (wafv2)", v6("aws:wafv2/webAcl:WebAcl"));
    public static final TokenFamily WEB_ACL_LOGGING = of("WAF web ACL logging configuration",
            v6("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"));
    public static final TokenFamily CLASSIC_WEB_ACL = of("WAF Classic web ACL (global or regional)",
            v6("aws:waf/webAcl:WebAcl"), v6("aws:wafregional/webAcl:WebAcl"));
    public static final TokenFamily CLASSIC_RULE = of("WAF Classic rule (global or regional)",
            v6("aws:waf/rule:Rule"), v6("aws:wafregional/rule:Rule"),
            v6("aws:waf/rateBasedRule:RateBasedRule"), v6("aws:wafregional/rateBasedRule:RateBasedRule"));
    public static final TokenFamily CLASSIC_RULE_GROUP = of("WAF Classic rule group (global or regional)",
            v6("aws:waf/ruleGroup:RuleGroup"), v6("aws:wafregional/ruleGroup:RuleGroup"));

    // Keys, secrets, logs, messaging
    public static final TokenFamily KMS_KEY = of("KMS key", v6("aws:kms/key:Key"), v6("aws:kms/replicaKey:ReplicaKey"));
    public static final TokenFamily KMS_KEY_POLICY = of("KMS key policy", v6("aws:kms/keyPolicy:KeyPolicy"));
    public static final TokenFamily SECRET = of("Secrets Manager secret", v6("aws:secretsmanager/secret:Secret"));
    public static final TokenFamily SECRET_ROTATION = of("Secrets Manager rotation",
            v6("aws:secretsmanager/secretRotation:SecretRotation"));
    public static final TokenFamily LOG_GROUP = of("CloudWatch Logs log group", v6("aws:cloudwatch/logGroup:LogGroup"));
    public static final TokenFamily SNS_TOPIC = of("SNS topic", v6("aws:sns/topic:Topic"));
    public static final TokenFamily SNS_TOPIC_POLICY = of("SNS topic policy", v6("aws:sns/topicPolicy:TopicPolicy"));
    public static final TokenFamily SQS_QUEUE = of("SQS queue", v6("aws:sqs/queue:Queue"));
    public static final TokenFamily SQS_QUEUE_POLICY = of("SQS queue policy", v6("aws:sqs/queuePolicy:QueuePolicy"));
    public static final TokenFamily EVENT_BUS = of("EventBridge event bus", v6("aws:cloudwatch/eventBus:EventBus"));
    public static final TokenFamily EVENT_BUS_POLICY = of("EventBridge event bus policy", v6("aws:cloudwatch/eventBusPolicy:EventBusPolicy"));

    // Account security services
    public static final TokenFamily CLOUDTRAIL = of("CloudTrail trail", v6("aws:cloudtrail/trail:Trail"));
    public static final TokenFamily CONFIG_RECORDER = of("AWS Config recorder", v6("aws:cfg/recorder:Recorder"));
    public static final TokenFamily CONFIG_RECORDER_STATUS = of("AWS Config recorder status", v6("aws:cfg/recorderStatus:RecorderStatus"));
    public static final TokenFamily CONFIG_DELIVERY_CHANNEL = of("AWS Config delivery channel", v6("aws:cfg/deliveryChannel:DeliveryChannel"));
    public static final TokenFamily GUARDDUTY_DETECTOR = of("GuardDuty detector", v6("aws:guardduty/detector:Detector"));
    public static final TokenFamily GUARDDUTY_FEATURE = of("GuardDuty detector feature", v6("aws:guardduty/detectorFeature:DetectorFeature"));
    public static final TokenFamily SECURITYHUB_ACCOUNT = of("Security Hub account", v6("aws:securityhub/account:Account"));
    public static final TokenFamily SECURITYHUB_STANDARD = of("Security Hub standards subscription",
            v6("aws:securityhub/standardsSubscription:StandardsSubscription"));
    public static final TokenFamily INSPECTOR_ENABLER = of("Inspector enabler", v6("aws:inspector2/enabler:Enabler"));
    public static final TokenFamily ACCOUNT_ALTERNATE_CONTACT = of("account alternate contact",
            v6("aws:account/alternativeContact:AlternativeContact"));
    public static final TokenFamily ACCESS_ANALYZER = of("IAM Access Analyzer", v6("aws:accessanalyzer/analyzer:Analyzer"));
    public static final TokenFamily SSM_DOCUMENT = of("SSM document", v6("aws:ssm/document:Document"));
    public static final TokenFamily SSM_SERVICE_SETTING = of("SSM service setting", v6("aws:ssm/serviceSetting:ServiceSetting"));
    public static final TokenFamily BACKUP_VAULT = of("AWS Backup vault", v6("aws:backup/vault:Vault"));
    public static final TokenFamily BACKUP_SELECTION = of("AWS Backup selection", v6("aws:backup/selection:Selection"));

    // IAM
    public static final TokenFamily IAM_ROLE = of("IAM role", v6("aws:iam/role:Role"));
    public static final TokenFamily IAM_POLICY = of("IAM managed policy", v6("aws:iam/policy:Policy"));
    public static final TokenFamily IAM_INLINE_POLICY = of("IAM inline policy",
            v6("aws:iam/rolePolicy:RolePolicy"), v6("aws:iam/userPolicy:UserPolicy"), v6("aws:iam/groupPolicy:GroupPolicy"));
    public static final TokenFamily IAM_POLICY_ATTACHMENT = of("IAM policy attachment",
            v6("aws:iam/rolePolicyAttachment:RolePolicyAttachment"), v6("aws:iam/userPolicyAttachment:UserPolicyAttachment"),
            v6("aws:iam/groupPolicyAttachment:GroupPolicyAttachment"), v6("aws:iam/policyAttachment:PolicyAttachment"));
    public static final TokenFamily IAM_POLICY_ATTACHMENTS_EXCLUSIVE = of("IAM exclusive policy attachments",
            v6("aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive"),
            v6("aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive"),
            v6("aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive"));
    public static final TokenFamily IAM_USER_POLICY = of("IAM policy of a user",
            v6("aws:iam/userPolicy:UserPolicy"), v6("aws:iam/userPolicyAttachment:UserPolicyAttachment"),
            v6("aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive"),
            v6("aws:iam/userPoliciesExclusive:UserPoliciesExclusive"));
    public static final TokenFamily IAM_OIDC_PROVIDER = of("IAM OIDC provider", v6("aws:iam/openIdConnectProvider:OpenIdConnectProvider"));
    public static final TokenFamily IAM_PASSWORD_POLICY = of("IAM account password policy",
            v6("aws:iam/accountPasswordPolicy:AccountPasswordPolicy"));
    public static final TokenFamily IAM_INSTANCE_PROFILE = of("IAM instance profile", v6("aws:iam/instanceProfile:InstanceProfile"));
    public static final TokenFamily CHATBOT_CHANNEL = of("AWS Chatbot channel configuration",
            v6("aws:chatbot/slackChannelConfiguration:SlackChannelConfiguration"),
            v6("aws:chatbot/teamsChannelConfiguration:TeamsChannelConfiguration"));

    // Serverless, storage, deployment
    public static final TokenFamily LAMBDA_FUNCTION = of("Lambda function", v6("aws:lambda/function:Function"));
    public static final TokenFamily FIREHOSE_STREAM = of("Firehose delivery stream",
            v6("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream"));
    public static final TokenFamily LAMBDA_PERMISSION = of("Lambda permission", v6("aws:lambda/permission:Permission"));
    public static final TokenFamily LAMBDA_FUNCTION_URL = of("Lambda function URL", v6("aws:lambda/functionUrl:FunctionUrl"));
    public static final TokenFamily EFS_FILE_SYSTEM = of("EFS file system", v6("aws:efs/fileSystem:FileSystem"));
    public static final TokenFamily EFS_ACCESS_POINT = of("EFS access point", v6("aws:efs/accessPoint:AccessPoint"));
    public static final TokenFamily EFS_MOUNT_TARGET = of("EFS mount target", v6("aws:efs/mountTarget:MountTarget"));
    public static final TokenFamily EFS_BACKUP_POLICY = of("EFS backup policy", v6("aws:efs/backupPolicy:BackupPolicy"));
    public static final TokenFamily CODEDEPLOY_DEPLOYMENT_GROUP = of("CodeDeploy deployment group",
            v6("aws:codedeploy/deploymentGroup:DeploymentGroup"));

    /** Every family of this table, in declaration order (documents and drift tests). */
    public static List<TokenFamily> all() {
        List<TokenFamily> out = new ArrayList<>();
        for (Field f : AwsTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == TokenFamily.class) {
                try {
                    out.add((TokenFamily) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
