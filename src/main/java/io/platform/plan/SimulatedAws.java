package io.platform.plan;

import com.pulumi.test.Mocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static java.util.Map.entry;

/**
 * The offline plan's stand-in for AWS: answers every registration and data-source call
 * with the values AWS would return — ids in AWS's formats, ARNs built from partition,
 * region, account and name, DNS names and endpoints — derived deterministically from
 * the resource's name, so two plans of one config print the same thing.
 */
public final class SimulatedAws implements Mocks {
    /** How AWS shapes one type's id and ARN. {@code {id}}, {@code {name}} etc. are filled in. */
    private record Shape(String idPrefix, String arn) {
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            entry("aws:ec2/vpc:Vpc", new Shape("vpc-", "arn:{p}:ec2:{r}:{a}:vpc/{id}")),
            entry("aws:ec2/subnet:Subnet", new Shape("subnet-", "arn:{p}:ec2:{r}:{a}:subnet/{id}")),
            entry("aws:ec2/internetGateway:InternetGateway", new Shape("igw-", "arn:{p}:ec2:{r}:{a}:internet-gateway/{id}")),
            entry("aws:ec2/natGateway:NatGateway", new Shape("nat-", null)),
            entry("aws:ec2/eip:Eip", new Shape("eipalloc-", "arn:{p}:ec2:{r}:{a}:elastic-ip/{id}")),
            entry("aws:ec2/routeTable:RouteTable", new Shape("rtb-", "arn:{p}:ec2:{r}:{a}:route-table/{id}")),
            entry("aws:ec2/route:Route", new Shape("r-", null)),
            entry("aws:ec2/routeTableAssociation:RouteTableAssociation", new Shape("rtbassoc-", null)),
            entry("aws:ec2/networkAcl:NetworkAcl", new Shape("acl-", "arn:{p}:ec2:{r}:{a}:network-acl/{id}")),
            entry("aws:ec2/networkAclRule:NetworkAclRule", new Shape("nacl-", null)),
            entry("aws:ec2/securityGroup:SecurityGroup", new Shape("sg-", "arn:{p}:ec2:{r}:{a}:security-group/{id}")),
            entry("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", new Shape("sg-", "arn:{p}:ec2:{r}:{a}:security-group/{id}")),
            entry("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", new Shape("sgr-", "arn:{p}:ec2:{r}:{a}:security-group-rule/{id}")),
            entry("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", new Shape("sgr-", "arn:{p}:ec2:{r}:{a}:security-group-rule/{id}")),
            entry("aws:ec2/vpcEndpoint:VpcEndpoint", new Shape("vpce-", "arn:{p}:ec2:{r}:{a}:vpc-endpoint/{id}")),
            entry("aws:ec2/flowLog:FlowLog", new Shape("fl-", "arn:{p}:ec2:{r}:{a}:vpc-flow-log/{id}")),
            entry("aws:acm/certificate:Certificate", new Shape("", "arn:{p}:acm:{r}:{a}:certificate/{id}")),
            entry("aws:acm/certificateValidation:CertificateValidation", new Shape(null, null)),
            entry("aws:route53/record:Record", new Shape(null, null)),
            entry("aws:cloudtrail/trail:Trail", new Shape(null, "arn:{p}:cloudtrail:{r}:{a}:trail/{name}")),
            entry("aws:guardduty/detector:Detector", new Shape("", "arn:{p}:guardduty:{r}:{a}:detector/{id}")),
            entry("aws:accessanalyzer/analyzer:Analyzer", new Shape(null, "arn:{p}:access-analyzer:{r}:{a}:analyzer/{name}")),
            entry("aws:cfg/rule:Rule", new Shape(null, "arn:{p}:config:{r}:{a}:config-rule/config-rule-{suffix6}")),
            entry("aws:sns/topicSubscription:TopicSubscription", new Shape(null, "arn:{p}:sns:{r}:{a}:{name}:{uuid}")),
            entry("aws:cloudwatch/metricAlarm:MetricAlarm", new Shape(null, "arn:{p}:cloudwatch:{r}:{a}:alarm:{name}")),
            entry("aws:cloudwatch/dashboard:Dashboard", new Shape(null, "arn:{p}:cloudwatch::{a}:dashboard/{name}")),
            entry("aws:backup/vault:Vault", new Shape(null, "arn:{p}:backup:{r}:{a}:backup-vault:{name}")),
            entry("aws:backup/plan:Plan", new Shape("", "arn:{p}:backup:{r}:{a}:backup-plan:{id}")),
            entry("aws:costexplorer/anomalyMonitor:AnomalyMonitor", new Shape(null, "arn:{p}:ce::{a}:anomalymonitor/{uuid}")),
            entry("aws:costexplorer/anomalySubscription:AnomalySubscription", new Shape(null, "arn:{p}:ce::{a}:anomalysubscription/{uuid}")),
            entry("aws:scheduler/schedule:Schedule", new Shape(null, "arn:{p}:scheduler:{r}:{a}:schedule/default/{name}")),
            entry("aws:kms/key:Key", new Shape("", "arn:{p}:kms:{r}:{a}:key/{id}")),
            entry("aws:kms/alias:Alias", new Shape(null, "arn:{p}:kms:{r}:{a}:{name}")),
            entry("aws:cloudwatch/logGroup:LogGroup", new Shape(null, "arn:{p}:logs:{r}:{a}:log-group:{name}")),
            entry("aws:iam/role:Role", new Shape(null, "arn:{p}:iam::{a}:role/{name}")),
            entry("aws:iam/policy:Policy", new Shape(null, "arn:{p}:iam::{a}:policy/{name}")),
            entry("aws:iam/rolePolicy:RolePolicy", new Shape(null, null)),
            entry("aws:iam/openIdConnectProvider:OpenIdConnectProvider", new Shape(null, "arn:{p}:iam::{a}:oidc-provider/token.actions.githubusercontent.com")),
            entry("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration", new Shape(null, null)),
            entry("aws:sns/topic:Topic", new Shape(null, "arn:{p}:sns:{r}:{a}:{name}")),
            entry("aws:s3/bucketV2:BucketV2", new Shape(null, "arn:{p}:s3:::{name}")),
            entry("aws:secretsmanager/secretVersion:SecretVersion", new Shape(null, null)),
            entry("aws:rds/subnetGroup:SubnetGroup", new Shape(null, "arn:{p}:rds:{r}:{a}:subgrp:{name}")),
            entry("aws:rds/parameterGroup:ParameterGroup", new Shape(null, "arn:{p}:rds:{r}:{a}:pg:{name}")),
            entry("aws:rds/clusterParameterGroup:ClusterParameterGroup", new Shape(null, "arn:{p}:rds:{r}:{a}:cluster-pg:{name}")),
            entry("aws:rds/clusterInstance:ClusterInstance", new Shape(null, "arn:{p}:rds:{r}:{a}:db:{name}")),
            entry("aws:elasticache/subnetGroup:SubnetGroup", new Shape(null, "arn:{p}:elasticache:{r}:{a}:subnetgroup:{name}")),
            entry("aws:elasticache/parameterGroup:ParameterGroup", new Shape(null, "arn:{p}:elasticache:{r}:{a}:parametergroup:{name}")),
            entry("aws:secretsmanager/secret:Secret", new Shape(null, "arn:{p}:secretsmanager:{r}:{a}:secret:{name}-{suffix6}")),
            entry("aws:ecs/cluster:Cluster", new Shape(null, "arn:{p}:ecs:{r}:{a}:cluster/{name}")),
            entry("aws:ecr/repository:Repository", new Shape(null, "arn:{p}:ecr:{r}:{a}:repository/{name}")),
            entry("aws:lb/loadBalancer:LoadBalancer", new Shape(null, "arn:{p}:elasticloadbalancing:{r}:{a}:loadbalancer/app/{name}/{hex16}")),
            entry("aws:lb/targetGroup:TargetGroup", new Shape(null, "arn:{p}:elasticloadbalancing:{r}:{a}:targetgroup/{name}/{hex16}")),
            entry("aws:lb/listener:Listener", new Shape(null, "arn:{p}:elasticloadbalancing:{r}:{a}:listener/app/{name}/{hex16}")),
            entry("aws:wafv2/webAcl:WebAcl", new Shape(null, "arn:{p}:wafv2:{r}:{a}:regional/webacl/{name}/{uuid}")),
            entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", new Shape(null, null)),
            entry("aws:ecs/taskDefinition:TaskDefinition", new Shape(null, "arn:{p}:ecs:{r}:{a}:task-definition/{name}:1")),
            entry("aws:ecs/service:Service", new Shape(null, "arn:{p}:ecs:{r}:{a}:service/{name}")),
            entry("aws:ecs/clusterCapacityProviders:ClusterCapacityProviders", new Shape(null, null)),
            entry("aws:lb/listenerRule:ListenerRule", new Shape(null, "arn:{p}:elasticloadbalancing:{r}:{a}:listener-rule/app/{name}/{hex16}")),
            entry("aws:appautoscaling/target:Target", new Shape(null, "arn:{p}:application-autoscaling:{r}:{a}:scalable-target/{hex16}")),
            entry("aws:appautoscaling/policy:Policy", new Shape(null, "arn:{p}:autoscaling:{r}:{a}:scalingPolicy:{uuid}:resource/ecs/{name}")),
            entry("aws:wafv2/webAclAssociation:WebAclAssociation", new Shape(null, null)),
            entry("aws:rds/instance:Instance", new Shape(null, "arn:{p}:rds:{r}:{a}:db:{name}")),
            entry("aws:rds/cluster:Cluster", new Shape(null, "arn:{p}:rds:{r}:{a}:cluster:{name}")),
            entry("aws:elasticache/replicationGroup:ReplicationGroup", new Shape(null, "arn:{p}:elasticache:{r}:{a}:replicationgroup:{name}")),
            // CloudFront is global: its ARNs carry no region.
            entry("aws:cloudfront/distribution:Distribution", new Shape("", "arn:{p}:cloudfront::{a}:distribution/{id}")),
            entry("aws:cloudfront/originAccessControl:OriginAccessControl", new Shape("", "arn:{p}:cloudfront::{a}:origin-access-control/{id}")),
            entry("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy", new Shape("", "arn:{p}:cloudfront::{a}:response-headers-policy/{id}")),
            entry("aws:cloudwatch/logDeliverySource:LogDeliverySource", new Shape(null, "arn:{p}:logs:{r}:{a}:delivery-source:{name}")),
            entry("aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination", new Shape(null, "arn:{p}:logs:{r}:{a}:delivery-destination:{name}")),
            entry("aws:cloudwatch/logDelivery:LogDelivery", new Shape("", "arn:{p}:logs:{r}:{a}:delivery:{id}")),
            entry("aws:efs/fileSystem:FileSystem", new Shape("fs-", "arn:{p}:elasticfilesystem:{r}:{a}:file-system/{id}")),
            entry("aws:efs/mountTarget:MountTarget", new Shape("fsmt-", null)),
            entry("aws:efs/accessPoint:AccessPoint", new Shape("fsap-", "arn:{p}:elasticfilesystem:{r}:{a}:access-point/{id}")),
            entry("aws:efs/fileSystemPolicy:FileSystemPolicy", new Shape(null, null)),
            entry("aws:lambda/function:Function", new Shape(null, "arn:{p}:lambda:{r}:{a}:function:{name}")),
            entry("aws:lambda/eventSourceMapping:EventSourceMapping", new Shape("", "arn:{p}:lambda:{r}:{a}:event-source-mapping:{id}")),
            entry("aws:lambda/permission:Permission", new Shape(null, null)),
            entry("aws:sqs/queue:Queue", new Shape(null, "arn:{p}:sqs:{r}:{a}:{name}")),
            entry("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
                    new Shape(null, "arn:{p}:firehose:{r}:{a}:deliverystream/{name}")),
            entry("aws:cloudwatch/eventRule:EventRule", new Shape(null, "arn:{p}:events:{r}:{a}:rule/{name}")),
            entry("aws:cloudwatch/eventTarget:EventTarget", new Shape(null, null)),
            entry("aws:s3/bucketNotification:BucketNotification", new Shape(null, null)),
            entry("aws:ec2/instance:Instance", new Shape("i-", "arn:{p}:ec2:{r}:{a}:instance/{id}")),
            entry("aws:iam/instanceProfile:InstanceProfile", new Shape(null, "arn:{p}:iam::{a}:instance-profile/{name}")),
            entry("aws:lb/targetGroupAttachment:TargetGroupAttachment", new Shape(null, null)),
            entry("aws:servicediscovery/httpNamespace:HttpNamespace", new Shape("ns-", "arn:{p}:servicediscovery:{r}:{a}:namespace/{id}")),
            entry("aws:codedeploy/application:Application", new Shape(null, "arn:{p}:codedeploy:{r}:{a}:application:{name}")),
            entry("aws:codedeploy/deploymentGroup:DeploymentGroup", new Shape(null, null)),
            entry("aws:codedeploy/deploymentConfig:DeploymentConfig", new Shape(null, "arn:{p}:codedeploy:{r}:{a}:deploymentconfig:{name}")),
            entry("aws:secretsmanager/secretRotation:SecretRotation", new Shape(null, null)),
            entry("aws:cloudfront/function:Function", new Shape(null, "arn:{p}:cloudfront::{a}:function/{name}")));

    /** Types whose ids are not UUIDs: CloudFront's 14-character ids, vended-log delivery ids. */
    private static final Map<String, java.util.function.Function<String, String>> IDS = Map.of(
            "aws:cloudfront/distribution:Distribution", hex -> "E" + hex.substring(0, 13).toUpperCase(Locale.ROOT),
            "aws:cloudfront/originAccessControl:OriginAccessControl", hex -> "E" + hex.substring(13, 26).toUpperCase(Locale.ROOT),
            "aws:cloudwatch/logDelivery:LogDelivery", hex -> hex.substring(0, 16));

    /** Input properties that name the physical resource, per type; others use {@code name}. */
    private static final Map<String, String> NAME_PROPERTY = Map.ofEntries(
            entry("aws:s3/bucketV2:BucketV2", "bucket"),
            entry("aws:rds/instance:Instance", "identifier"),
            entry("aws:rds/cluster:Cluster", "clusterIdentifier"),
            entry("aws:elasticache/replicationGroup:ReplicationGroup", "replicationGroupId"),
            entry("aws:ecs/taskDefinition:TaskDefinition", "family"),
            entry("aws:rds/clusterInstance:ClusterInstance", "identifier"),
            entry("aws:accessanalyzer/analyzer:Analyzer", "analyzerName"),
            entry("aws:cloudwatch/dashboard:Dashboard", "dashboardName"),
            entry("aws:codedeploy/deploymentGroup:DeploymentGroup", "deploymentGroupName"),
            entry("aws:codedeploy/deploymentConfig:DeploymentConfig", "deploymentConfigName"),
            entry("aws:lambda/permission:Permission", "statementId"));

    private final String region;
    private final String accountId;
    /** Explicit providers by id → their region, so a resource made through one gets that region's ARN. */
    private final Map<String, String> providerRegions = new java.util.concurrent.ConcurrentHashMap<>();
    /** Subnet id → CIDR, so an instance placed in a subnet gets an address inside it. */
    private final Map<String, String> subnetCidrs = new java.util.concurrent.ConcurrentHashMap<>();

    /** In a preview of a new stack nothing exists yet: only the inputs are known. */
    private final boolean preview;

    public SimulatedAws(String region, String accountId) {
        this(region, accountId, false);
    }

    public SimulatedAws(String region, String accountId, boolean preview) {
        this.region = region;
        this.accountId = accountId;
        this.preview = preview;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        String hex = hash(args.type + "/" + args.name);
        if (args.type.startsWith("pulumi:providers:")) {
            String id = uuid(hex);
            providerRegions.put(id, String.valueOf(args.inputs.getOrDefault("region", region)));
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), args.inputs));
        }
        if (preview) {
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.empty(), args.inputs));
        }
        String region = regionOf(args.provider);
        Map<String, Object> state = new HashMap<>(args.inputs);
        String nameProperty = NAME_PROPERTY.getOrDefault(args.type, "name");
        // Pulumi auto-names resources whose name is not given: logical name plus a random suffix.
        String physicalName = args.inputs.get(nameProperty) instanceof String given && !given.isEmpty()
                ? given : args.name + "-" + hex.substring(0, 7);
        state.put(nameProperty, physicalName);

        Shape shape = SHAPES.get(args.type);
        String id = args.type.equals("aws:efs/fileSystemPolicy:FileSystemPolicy")
                ? String.valueOf(args.inputs.get("fileSystemId"))
                : IDS.containsKey(args.type) ? IDS.get(args.type).apply(hex)
                : shape == null || shape.idPrefix() == null ? physicalName
                : shape.idPrefix().isEmpty() ? uuid(hex) : shape.idPrefix() + hex.substring(0, 17);
        if (shape != null && shape.arn() != null && !state.containsKey("arn")) {
            state.put("arn", shape.arn()
                    .replace("{p}", "aws").replace("{r}", region).replace("{a}", accountId)
                    .replace("{id}", id).replace("{name}", physicalName)
                    .replace("{hex16}", hex.substring(0, 16)).replace("{uuid}", uuid(hex))
                    .replace("{suffix6}", hex.substring(0, 6)));
        }
        typeSpecificOutputs(args.type, id, physicalName, hex, state, region);
        if (args.type.equals("aws:ec2/subnet:Subnet") && state.get("cidrBlock") instanceof String cidr) {
            subnetCidrs.put(id, cidr);
        }
        if (args.type.equals("aws:ec2/instance:Instance")) {
            WorkloadOutputs.instance(state, hex, region, subnetCidrs.get(String.valueOf(state.get("subnetId"))));
        }
        String finalId = WorkloadOutputs.id(args.type, id, physicalName, state, region, accountId);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(finalId), state));
    }

    /** A provider reference is {@code <urn>::<id>}. */
    private String regionOf(String providerReference) {
        if (providerReference == null || providerReference.isEmpty()) {
            return region;
        }
        String id = providerReference.substring(providerReference.lastIndexOf("::") + 2);
        return providerRegions.getOrDefault(id, region);
    }

    private void typeSpecificOutputs(String type, String id, String name, String hex, Map<String, Object> state,
                                     String region) {
        switch (type) {
            case "aws:acm/certificate:Certificate" -> {
                List<String> domains = new java.util.ArrayList<>();
                domains.add((String) state.get("domainName"));
                if (state.get("subjectAlternativeNames") instanceof List<?> sans) {
                    sans.forEach(d -> domains.add((String) d));
                }
                state.put("domainValidationOptions", domains.stream().map(d -> Map.of(
                        "domainName", d,
                        "resourceRecordName", "_" + hash(d).substring(0, 32) + "." + d + ".",
                        "resourceRecordType", "CNAME",
                        "resourceRecordValue", "_" + hash(d + "acm").substring(0, 32) + ".mhbtsbpdnt.acm-validations.aws."))
                        .toList());
                state.put("status", "PENDING_VALIDATION");
            }
            case "aws:acm/certificateValidation:CertificateValidation" -> { }
            case "aws:route53/record:Record" -> state.put("fqdn", String.valueOf(state.get("name")).replaceAll("\\.$", ""));
            case "aws:kms/key:Key" -> state.put("keyId", id);
            case "aws:ec2/eip:Eip" -> {
                state.put("allocationId", id);
                state.put("publicIp", "203.0.113." + (Integer.parseInt(hex.substring(0, 2), 16) % 250 + 1));
            }
            case "aws:ec2/vpc:Vpc" -> {
                state.put("defaultSecurityGroupId", "sg-" + hex.substring(17, 34));
                state.put("mainRouteTableId", "rtb-" + hex.substring(17, 34));
            }
            case "aws:s3/bucketV2:BucketV2" -> {
                state.put("bucketDomainName", name + ".s3.amazonaws.com");
                state.put("bucketRegionalDomainName", name + ".s3." + region + ".amazonaws.com");
            }
            case "aws:lb/loadBalancer:LoadBalancer" -> {
                state.put("dnsName", name + "-" + Long.parseLong(hex.substring(0, 9), 16) + "." + region
                        + ".elb.amazonaws.com");
                state.put("zoneId", "Z35SXDOTRQ7X7K");
                state.put("arnSuffix", "app/" + name + "/" + hex.substring(0, 16));
            }
            case "aws:lb/targetGroup:TargetGroup" -> state.put("arnSuffix", "targetgroup/" + name + "/" + hex.substring(0, 16));
            case "aws:rds/instance:Instance" -> {
                String address = name + "." + hex.substring(0, 12) + "." + region + ".rds.amazonaws.com";
                state.put("address", address);
                state.put("port", 5432);
                state.put("endpoint", address + ":5432");
                state.put("resourceId", "db-" + hex.substring(0, 26).toUpperCase(Locale.ROOT));
                // Only an instance whose password RDS manages has a master secret (a replica has none).
                state.put("masterUserSecrets", !Boolean.TRUE.equals(state.get("manageMasterUserPassword")) ? List.of()
                        : List.of(Map.of(
                        "secretArn", "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:rds!db-"
                                + uuid(hex) + "-" + hex.substring(0, 6),
                        "secretStatus", "active")));
            }
            case "aws:rds/cluster:Cluster" -> {
                state.put("endpoint", name + ".cluster-" + hex.substring(0, 12) + "." + region + ".rds.amazonaws.com");
                state.put("readerEndpoint", name + ".cluster-ro-" + hex.substring(0, 12) + "." + region + ".rds.amazonaws.com");
                state.put("port", 5432);
                state.put("clusterResourceId", "cluster-" + hex.substring(0, 26).toUpperCase(Locale.ROOT));
                state.put("masterUserSecrets", List.of(Map.of(
                        "secretArn", "arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:rds!cluster-"
                                + uuid(hex) + "-" + hex.substring(0, 6),
                        "secretStatus", "active")));
            }
            case "aws:elasticache/replicationGroup:ReplicationGroup" -> replicationGroup(name, hex, state);
            case "aws:efs/fileSystem:FileSystem" -> {
                state.put("dnsName", id + ".efs." + region + ".amazonaws.com");
                state.put("ownerId", accountId);
                state.put("numberOfMountTargets", 0);
                state.put("sizeInBytes", List.of(Map.of("value", 6144, "valueInIa", 0, "valueInStandard", 6144)));
            }
            case "aws:efs/mountTarget:MountTarget" -> {
                String fileSystem = String.valueOf(state.get("fileSystemId"));
                state.put("fileSystemArn", "arn:aws:elasticfilesystem:" + region + ":" + accountId + ":file-system/"
                        + fileSystem);
                state.put("networkInterfaceId", "eni-" + hex.substring(0, 17));
                state.put("dnsName", fileSystem + ".efs." + region + ".amazonaws.com");
                state.put("mountTargetDnsName", region + "a." + fileSystem + ".efs." + region + ".amazonaws.com");
                state.put("ownerId", accountId);
            }
            case "aws:efs/accessPoint:AccessPoint" -> {
                state.put("fileSystemArn", "arn:aws:elasticfilesystem:" + region + ":" + accountId + ":file-system/"
                        + state.get("fileSystemId"));
                state.put("ownerId", accountId);
            }
            // A policy is the file system's own setting: its id is the file system's.
            case "aws:efs/fileSystemPolicy:FileSystemPolicy" -> { }
            case "aws:ec2/vpcEndpoint:VpcEndpoint" -> {
                if ("Gateway".equals(state.get("vpcEndpointType"))) {
                    state.put("prefixListId", "pl-" + hex.substring(0, 8));
                }
            }
            case "aws:ecr/repository:Repository" -> state.put("repositoryUrl",
                    accountId + ".dkr.ecr." + region + ".amazonaws.com/" + name);
            case "aws:wafv2/webAcl:WebAcl" -> {
                if ("CLOUDFRONT".equals(state.get("scope"))) {
                    // CloudFront web ACLs live in us-east-1 under the global/ path.
                    state.put("arn", "arn:aws:wafv2:" + region + ":" + accountId + ":global/webacl/" + name + "/"
                            + uuid(hex));
                }
            }
            case "aws:cloudfront/distribution:Distribution" -> {
                state.put("domainName", "d" + hex.substring(20, 33) + ".cloudfront.net");
                state.put("hostedZoneId", "Z2FDTNDATAQYW2");
                state.put("status", "Deployed");
                state.put("etag", "E" + hex.substring(33, 46).toUpperCase(Locale.ROOT));
                state.put("callerReference", "pulumi-" + hex.substring(0, 26));
            }
            case "aws:cloudfront/originAccessControl:OriginAccessControl",
                 "aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy" ->
                    state.put("etag", "E" + hex.substring(33, 46).toUpperCase(Locale.ROOT));
            case "aws:cloudwatch/logDeliverySource:LogDeliverySource" -> state.put("service",
                    String.valueOf(state.get("resourceArn")).split(":")[2]);
            case "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination" -> {
                String target = state.get("deliveryDestinationConfiguration") instanceof Map<?, ?> c
                        ? String.valueOf(c.get("destinationResourceArn")) : "";
                state.put("deliveryDestinationType", target.contains(":s3:::") ? "S3"
                        : target.contains(":firehose:") ? "FH" : "CWL");
            }
            default -> WorkloadOutputs.outputs(type, id, name, hex, state, region, accountId);
        }
    }

    /**
     * One shard ({@code <id>-001} …, primary and reader endpoints) or, with {@code numNodeGroups},
     * cluster mode: members {@code <id>-0001-001} … and a configuration endpoint instead.
     */
    private static void replicationGroup(String name, String hex, Map<String, Object> state) {
        List<String> members = new java.util.ArrayList<>();
        if (state.get("numNodeGroups") instanceof Number shards) {
            int perShard = 1 + (state.get("replicasPerNodeGroup") instanceof Number r ? r.intValue() : 0);
            for (int shard = 1; shard <= shards.intValue(); shard++) {
                for (int node = 1; node <= perShard; node++) {
                    members.add(String.format("%s-%04d-%03d", name, shard, node));
                }
            }
            state.put("configurationEndpointAddress", "clustercfg." + name + "." + hex.substring(0, 6)
                    + ".cache.amazonaws.com");
            state.put("clusterEnabled", true);
        } else {
            int nodes = state.get("numCacheClusters") instanceof Number n ? n.intValue() : 1;
            for (int node = 1; node <= nodes; node++) {
                members.add(String.format("%s-%03d", name, node));
            }
            state.put("primaryEndpointAddress", "master." + name + "." + hex.substring(0, 6) + ".cache.amazonaws.com");
            state.put("readerEndpointAddress", "replica." + name + "." + hex.substring(0, 6) + ".cache.amazonaws.com");
            state.put("clusterEnabled", false);
        }
        state.put("memberClusters", members);
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        Map<String, Object> result = switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of(
                    "accountId", accountId,
                    "arn", "arn:aws:sts::" + accountId + ":assumed-role/platform-offline-plan/plan",
                    "userId", "AROAOFFLINEPLAN0000000:plan",
                    "id", accountId);
            case "aws:index/getPartition:getPartition" -> Map.of(
                    "partition", "aws", "dnsSuffix", "amazonaws.com", "reverseDnsPrefix", "com.amazonaws",
                    "id", "aws");
            case "aws:index/getRegion:getRegion" -> Map.of(
                    "name", region, "id", region, "endpoint", "ec2." + region + ".amazonaws.com",
                    "description", region);
            case "aws:route53/getZone:getZone" -> Map.of(
                    "zoneId", "Z0" + hash(String.valueOf(args.args.get("name"))).substring(0, 18).toUpperCase(Locale.ROOT),
                    "id", "Z0" + hash(String.valueOf(args.args.get("name"))).substring(0, 18).toUpperCase(Locale.ROOT),
                    "name", String.valueOf(args.args.get("name")),
                    "arn", "arn:aws:route53:::hostedzone/Z0" + hash(String.valueOf(args.args.get("name"))).substring(0, 18)
                            .toUpperCase(Locale.ROOT),
                    "nameServers", List.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk"),
                    "primaryNameServer", "ns-1.awsdns-01.org", "privateZone", false, "resourceRecordSetCount", 2,
                    "callerReference", "offline-plan", "comment", "");
            case "aws:index/getAvailabilityZones:getAvailabilityZones" -> Map.of(
                    "names", List.of(region + "a", region + "b", region + "c"),
                    "zoneIds", List.of(zoneId(1), zoneId(2), zoneId(3)),
                    "id", region, "state", "available",
                    "groupNames", List.of(region));
            case "aws:ssm/getParameter:getParameter" -> WorkloadOutputs.parameter(String.valueOf(args.args.get("name")),
                    region, accountId, hash(region + String.valueOf(args.args.get("name"))));
            case "aws:ec2/getManagedPrefixList:getManagedPrefixList" -> WorkloadOutputs.prefixList(
                    String.valueOf(args.args.get("name")), region, accountId, hash(region + args.args.get("name")));
            default -> throw new IllegalArgumentException("the offline plan cannot answer data source '"
                    + args.token + "'; add it to " + SimulatedAws.class.getSimpleName());
        };
        return CompletableFuture.completedFuture(result);
    }

    private String zoneId(int n) {
        String[] parts = region.split("-");
        return parts[0] + parts[1].charAt(0) + parts[parts.length - 1] + "-az" + n;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String uuid(String hex) {
        return UUID.nameUUIDFromBytes(hex.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
