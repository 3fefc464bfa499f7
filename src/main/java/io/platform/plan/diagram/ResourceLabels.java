package io.platform.plan.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Readable names for resource types and the one or two input values worth showing on a node. */
final class ResourceLabels {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("aws:ec2/vpc:Vpc", "VPC"),
            Map.entry("aws:ec2/subnet:Subnet", "subnet"),
            Map.entry("aws:ec2/internetGateway:InternetGateway", "internet gateway"),
            Map.entry("aws:ec2/natGateway:NatGateway", "NAT gateway"),
            Map.entry("aws:ec2/eip:Eip", "Elastic IP"),
            Map.entry("aws:ec2/routeTable:RouteTable", "route table"),
            Map.entry("aws:ec2/route:Route", "route"),
            Map.entry("aws:ec2/routeTableAssociation:RouteTableAssociation", "route table association"),
            Map.entry("aws:ec2/networkAcl:NetworkAcl", "network ACL"),
            Map.entry("aws:ec2/networkAclRule:NetworkAclRule", "network ACL rule"),
            Map.entry("aws:ec2/vpcEndpoint:VpcEndpoint", "VPC endpoint"),
            Map.entry("aws:ec2/securityGroup:SecurityGroup", "security group"),
            Map.entry("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "default security group (closed)"),
            Map.entry("aws:ec2/flowLog:FlowLog", "VPC flow log"),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", "log group"),
            Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", "CloudWatch alarm"),
            Map.entry("aws:cloudwatch/dashboard:Dashboard", "CloudWatch dashboard"),
            Map.entry("aws:cloudwatch/logMetricFilter:LogMetricFilter", "ERROR metric filter"),
            Map.entry("aws:cloudwatch/queryDefinition:QueryDefinition", "Logs Insights query"),
            Map.entry("aws:iam/role:Role", "IAM role"),
            Map.entry("aws:iam/rolePolicy:RolePolicy", "IAM inline policy"),
            Map.entry("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "IAM managed-policy attachment"),
            Map.entry("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "GitHub OIDC provider"),
            Map.entry("aws:kms/key:Key", "KMS key"),
            Map.entry("aws:kms/alias:Alias", "KMS alias"),
            Map.entry("aws:lb/loadBalancer:LoadBalancer", "load balancer"),
            Map.entry("aws:lb/listener:Listener", "listener"),
            Map.entry("aws:lb/listenerRule:ListenerRule", "listener rule"),
            Map.entry("aws:lb/targetGroup:TargetGroup", "target group"),
            Map.entry("aws:ecs/cluster:Cluster", "ECS cluster"),
            Map.entry("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders", "capacity providers"),
            Map.entry("aws:ecs/service:Service", "ECS Fargate service"),
            Map.entry("aws:ecs/taskDefinition:TaskDefinition", "task definition"),
            Map.entry("aws:ecr/repository:Repository", "ECR repository"),
            Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", "ECR lifecycle policy"),
            Map.entry("aws:appautoscaling/target:Target", "autoscaling target"),
            Map.entry("aws:appautoscaling/policy:Policy", "target-tracking policy"),
            Map.entry("aws:appautoscaling/scheduledAction:ScheduledAction", "scheduled scaling"),
            Map.entry("aws:rds/instance:Instance", "RDS instance"),
            Map.entry("aws:rds/cluster:Cluster", "Aurora cluster"),
            Map.entry("aws:rds/clusterInstance:ClusterInstance", "Aurora instance"),
            Map.entry("aws:rds/subnetGroup:SubnetGroup", "DB subnet group"),
            Map.entry("aws:rds/parameterGroup:ParameterGroup", "DB parameter group"),
            Map.entry("aws:rds/clusterParameterGroup:ClusterParameterGroup", "cluster parameter group"),
            Map.entry("aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
                    "RDS backup replication"),
            Map.entry("aws:elasticache/replicationGroup:ReplicationGroup", "ElastiCache Redis"),
            Map.entry("aws:elasticache/subnetGroup:SubnetGroup", "cache subnet group"),
            Map.entry("aws:elasticache/parameterGroup:ParameterGroup", "cache parameter group"),
            Map.entry("aws:efs/fileSystem:FileSystem", "EFS file system"),
            Map.entry("aws:efs/mountTarget:MountTarget", "EFS mount target"),
            Map.entry("aws:efs/accessPoint:AccessPoint", "EFS access point"),
            Map.entry("aws:efs/fileSystemPolicy:FileSystemPolicy", "EFS file system policy"),
            Map.entry("platform:data:SharedFileSystem", "EFS file system"),
            Map.entry("platform:data:ReadReplica", "read replica"),
            Map.entry("aws:secretsmanager/secret:Secret", "secret"),
            Map.entry("aws:secretsmanager/secretVersion:SecretVersion", "secret value"),
            Map.entry("aws:s3/bucketV2:BucketV2", "S3 bucket"),
            Map.entry("platform:storage:SecureBucket", "S3 bucket"),
            Map.entry("aws:sns/topic:Topic", "SNS topic"),
            Map.entry("aws:sns/topicPolicy:TopicPolicy", "SNS topic policy"),
            Map.entry("aws:sns/topicSubscription:TopicSubscription", "SNS subscription"),
            Map.entry("aws:wafv2/webAcl:WebAcl", "WAF web ACL"),
            Map.entry("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration", "WAF logging"),
            Map.entry("aws:acm/certificate:Certificate", "ACM certificate"),
            Map.entry("aws:acm/certificateValidation:CertificateValidation", "certificate validation"),
            Map.entry("aws:route53/record:Record", "Route 53 record"),
            Map.entry("aws:route53/healthCheck:HealthCheck", "Route 53 health check"),
            Map.entry("aws:route53/keySigningKey:KeySigningKey", "DNSSEC key-signing key"),
            Map.entry("aws:route53/hostedZoneDnsSec:HostedZoneDnsSec", "DNSSEC signing"),
            Map.entry("aws:cloudfront/distribution:Distribution", "CloudFront distribution"),
            Map.entry("aws:cloudfront/originAccessControl:OriginAccessControl", "origin access control"),
            Map.entry("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy", "response headers policy"),
            Map.entry("aws:backup/plan:Plan", "AWS Backup plan"),
            Map.entry("aws:backup/vault:Vault", "backup vault"),
            Map.entry("aws:backup/selection:Selection", "backup selection"),
            Map.entry("aws:budgets/budget:Budget", "budget"),
            Map.entry("aws:costexplorer/anomalyMonitor:AnomalyMonitor", "cost anomaly monitor"),
            Map.entry("aws:costexplorer/anomalySubscription:AnomalySubscription", "cost anomaly subscription"),
            Map.entry("aws:scheduler/schedule:Schedule", "EventBridge schedule"),
            Map.entry("aws:cloudtrail/trail:Trail", "CloudTrail trail"),
            Map.entry("aws:guardduty/detector:Detector", "GuardDuty detector"),
            Map.entry("aws:securityhub/account:Account", "Security Hub"),
            Map.entry("aws:securityhub/standardsSubscription:StandardsSubscription", "Security Hub standard"),
            Map.entry("aws:cfg/recorder:Recorder", "Config recorder"),
            Map.entry("aws:cfg/rule:Rule", "Config rule"),
            Map.entry("aws:accessanalyzer/analyzer:Analyzer", "IAM Access Analyzer"),
            Map.entry("aws:lambda/function:Function", "Lambda function"),
            Map.entry("aws:lambda/permission:Permission", "Lambda invoke permission"),
            Map.entry("aws:lambda/eventSourceMapping:EventSourceMapping", "SQS → Lambda mapping"),
            Map.entry("aws:sqs/queue:Queue", "SQS queue"),
            Map.entry("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "Firehose delivery stream"),
            Map.entry("aws:xray/samplingRule:SamplingRule", "X-Ray sampling rule"),
            Map.entry("aws:cloudwatch/eventRule:EventRule", "EventBridge rule"),
            Map.entry("aws:cloudwatch/eventTarget:EventTarget", "EventBridge target"),
            Map.entry("aws:s3/bucketNotification:BucketNotification", "S3 event notifications"),
            Map.entry("aws:ec2/instance:Instance", "EC2 instance"),
            Map.entry("aws:iam/instanceProfile:InstanceProfile", "instance profile"),
            Map.entry("aws:lb/targetGroupAttachment:TargetGroupAttachment", "target registration"),
            Map.entry("aws:servicediscovery/httpNamespace:HttpNamespace", "Service Connect namespace"),
            Map.entry("aws:codedeploy/application:Application", "CodeDeploy application"),
            Map.entry("aws:codedeploy/deploymentGroup:DeploymentGroup", "CodeDeploy deployment group"),
            Map.entry("aws:codedeploy/deploymentConfig:DeploymentConfig", "CodeDeploy canary config"),
            Map.entry("aws:secretsmanager/secretRotation:SecretRotation", "secret rotation"),
            Map.entry("aws:cloudfront/function:Function", "CloudFront function"),
            Map.entry("platform:compute:FargateService", "Fargate service"),
            Map.entry("platform:functions:LambdaFunction", "Lambda function"),
            Map.entry("platform:instances:Ec2Instance", "EC2 instance"));

    private ResourceLabels() {
    }

    /** {@code network ACL rule} for {@code aws:ec2/networkAclRule:NetworkAclRule}; unknown types by their last segment in words. */
    static String type(String type) {
        String known = TYPES.get(type);
        if (known != null) {
            return known;
        }
        String last = type.substring(type.lastIndexOf(':') + 1);
        return words(last);
    }

    /** {@code AccountBaseline} → {@code account baseline}. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The values shown under an individual resource's name, or empty. */
    static String detail(String type, Map<String, Object> in) {
        List<String> parts = new ArrayList<>();
        switch (type) {
            case "aws:ec2/vpc:Vpc" -> parts.add(text(in.get("cidrBlock")));
            case "aws:ec2/subnet:Subnet" -> parts.add(text(in.get("cidrBlock")));
            case "aws:ec2/vpcEndpoint:VpcEndpoint" -> parts.add(endpointService(in) + " " + lower(in.get("vpcEndpointType")));
            case "aws:rds/instance:Instance" -> {
                parts.add(in.get("replicateSourceDb") != null ? "replica of " + replicaSource(in)
                        : text(in.get("engine")) + " " + text(in.get("engineVersion")));
                parts.add(text(in.get("instanceClass")));
                parts.add(Boolean.TRUE.equals(in.get("multiAz")) ? "Multi-AZ" : "single-AZ");
            }
            case "aws:rds/cluster:Cluster" -> {
                parts.add(text(in.get("engine")) + " " + text(in.get("engineVersion")));
                if (in.get("serverlessv2ScalingConfiguration") instanceof Map<?, ?> scaling) {
                    parts.add("Serverless v2 " + text(scaling.get("minCapacity")) + "–" + text(scaling.get("maxCapacity"))
                            + " ACU");
                }
            }
            case "aws:elasticache/replicationGroup:ReplicationGroup" -> {
                parts.add(text(in.get("engine")) + " " + text(in.get("engineVersion")));
                parts.add(text(in.get("nodeType")) + (in.get("numNodeGroups") != null
                        ? ", " + text(in.get("numNodeGroups")) + " shards × " + (1 + number(in.get("replicasPerNodeGroup")))
                                + " nodes"
                        : in.get("numCacheClusters") == null ? "" : " × " + text(in.get("numCacheClusters"))));
            }
            case "aws:efs/fileSystem:FileSystem" -> parts.add(text(in.get("performanceMode")) + ", "
                    + text(in.get("throughputMode")) + " throughput");
            case "aws:efs/accessPoint:AccessPoint" -> parts.add(in.get("rootDirectory") instanceof Map<?, ?> root
                    ? text(root.get("path")) : "");
            case "aws:ecs/service:Service" -> parts.add("desired " + text(in.get("desiredCount")));
            case "aws:lambda/function:Function" -> parts.add((in.get("runtime") == null ? "image" : text(in.get("runtime")))
                    + " · " + text(in.get("memorySize")) + " MB");
            case "aws:ec2/instance:Instance" -> parts.add(text(in.get("instanceType")));
            case "aws:cloudwatch/eventRule:EventRule" -> parts.add(in.get("scheduleExpression") != null
                    ? text(in.get("scheduleExpression")) : "event pattern");
            case "aws:codedeploy/deploymentGroup:DeploymentGroup" -> parts.add(text(in.get("deploymentConfigName")));
            case "aws:lb/loadBalancer:LoadBalancer" -> parts.add(Boolean.TRUE.equals(in.get("internal"))
                    ? "internal" : "internet-facing");
            case "aws:secretsmanager/secret:Secret", "aws:cloudwatch/logGroup:LogGroup" -> parts.add(text(in.get("name")));
            case "aws:wafv2/webAcl:WebAcl" -> parts.add(text(in.get("scope")));
            case "aws:route53/record:Record" -> parts.add(record(in));
            case "aws:cloudfront/distribution:Distribution" -> parts.add(String.join(" ", strings(in.get("aliases"))));
            default -> {
            }
        }
        return parts.stream().filter(p -> !p.isBlank()).collect(Collectors.joining(" · "));
    }

    /** What a grouped node lists for one of its members: a CIDR or endpoint service where that says more than a name. */
    static String memberTag(String type, String shortName, Map<String, Object> in) {
        return switch (type) {
            case "aws:ec2/subnet:Subnet" -> text(in.get("cidrBlock"));
            case "aws:ec2/vpcEndpoint:VpcEndpoint" -> endpointService(in);
            case "aws:route53/record:Record" -> record(in);
            case "aws:secretsmanager/secret:Secret" -> text(in.get("name")).isEmpty() ? shortName : text(in.get("name"));
            default -> shortName;
        };
    }

    /** {@code platform-production-db}, or the identifier at the end of an ARN in another region. */
    private static String replicaSource(Map<String, Object> in) {
        String source = text(in.get("replicateSourceDb"));
        return source.substring(source.lastIndexOf(':') + 1);
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    /** {@code app.example.com A}. */
    private static String record(Map<String, Object> in) {
        return (text(in.get("name")).replaceAll("\\.$", "") + " " + text(in.get("type"))).trim();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(ResourceLabels::text).toList() : List.of();
    }

    /** {@code com.amazonaws.us-east-1.ecr.api} → {@code ecr.api}. */
    private static String endpointService(Map<String, Object> in) {
        String service = text(in.get("serviceName"));
        String[] parts = service.split("\\.", 3);
        return parts.length == 3 && parts[0].equals("com") ? parts[2].substring(parts[2].indexOf('.') + 1) : service;
    }

    private static String lower(Object value) {
        return text(value).toLowerCase(java.util.Locale.ROOT);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
