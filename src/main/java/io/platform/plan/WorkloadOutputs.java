package io.platform.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What simulated AWS answers for the workload resource types (Lambda, SQS, EventBridge, EC2, Cloud
 * Map, CodeDeploy, secret rotation) and their data sources: ids in AWS's formats (queue URLs,
 * {@code i-…}, {@code ns-…}), the attributes AWS computes (invoke ARNs, private IPs inside the
 * subnet, deployment-group ARNs), derived from the resource's name so plans stay deterministic.
 */
final class WorkloadOutputs {
    /** The ids AWS publishes for AL2023's x86-64 image per region are region-specific: derive one. */
    private static final String AMI_PREFIX = "ami-0";

    private WorkloadOutputs() {
    }

    /** The id AWS (and the provider) gives types whose id is not the name or a prefixed hash. */
    static String id(String type, String id, String name, Map<String, Object> state, String region, String account) {
        return switch (type) {
            case "aws:sqs/queue:Queue" -> "https://sqs." + region + ".amazonaws.com/" + account + "/" + name;
            case "aws:cloudwatch/eventTarget:EventTarget" -> state.get("rule") + "-" + state.get("targetId");
            case "aws:s3/bucketNotification:BucketNotification" -> String.valueOf(state.get("bucket"));
            case "aws:lb/targetGroupAttachment:TargetGroupAttachment" ->
                    state.get("targetGroupArn") + "-" + state.get("targetId");
            case "aws:secretsmanager/secretRotation:SecretRotation" -> String.valueOf(state.get("secretId"));
            case "aws:codedeploy/deploymentGroup:DeploymentGroup", "aws:lambda/eventSourceMapping:EventSourceMapping" ->
                    String.valueOf(state.get(type.endsWith("EventSourceMapping") ? "uuid" : "deploymentGroupId"));
            default -> id;
        };
    }

    static void outputs(String type, String id, String name, String hex, Map<String, Object> state, String region,
                        String account) {
        switch (type) {
            case "aws:lambda/function:Function" -> {
                String arn = String.valueOf(state.get("arn"));
                state.put("invokeArn", "arn:aws:apigateway:" + region + ":lambda:path/2015-03-31/functions/" + arn
                        + "/invocations");
                state.put("qualifiedArn", arn + ":$LATEST");
                state.put("version", "$LATEST");
                state.put("lastModified", "2024-01-01T00:00:00.000+0000");
            }
            case "aws:lambda/eventSourceMapping:EventSourceMapping" -> {
                state.put("uuid", id);
                state.put("functionArn", state.get("functionName"));
                state.put("state", "Enabled");
            }
            case "aws:sqs/queue:Queue" -> state.put("url", "https://sqs." + region + ".amazonaws.com/" + account + "/" + name);
            case "aws:iam/instanceProfile:InstanceProfile" ->
                    state.put("uniqueId", "AIPA" + hex.substring(0, 17).toUpperCase(Locale.ROOT));
            case "aws:servicediscovery/httpNamespace:HttpNamespace" -> state.put("httpName", name);
            case "aws:codedeploy/application:Application" -> {
                state.put("applicationId", SimulatedAws.uuid(hex));
                state.put("name", name);
            }
            case "aws:codedeploy/deploymentGroup:DeploymentGroup" -> {
                state.put("deploymentGroupId", SimulatedAws.uuid(hex));
                state.put("arn", "arn:aws:codedeploy:" + region + ":" + account + ":deploymentgroup:"
                        + state.get("appName") + "/" + name);
                state.put("computePlatform", "ECS");
            }
            case "aws:codedeploy/deploymentConfig:DeploymentConfig" ->
                    state.put("deploymentConfigId", SimulatedAws.uuid(hex));
            case "aws:secretsmanager/secretRotation:SecretRotation" -> state.put("rotationEnabled", true);
            case "aws:cloudfront/function:Function" -> {
                state.put("etag", "E" + hex.substring(20, 33).toUpperCase(Locale.ROOT));
                state.put("liveStageEtag", "E" + hex.substring(33, 46).toUpperCase(Locale.ROOT));
                state.put("status", "DEPLOYED");
            }
            default -> {
            }
        }
    }

    /** An instance's address inside its subnet (hosts from .10 up; AWS keeps the first four), its DNS name. */
    static void instance(Map<String, Object> state, String hex, String region, String subnetCidr) {
        String base = subnetCidr == null ? "10.0.0.0/24" : subnetCidr;
        String[] octets = base.substring(0, base.indexOf('/')).split("\\.");
        int host = 10 + Integer.parseInt(hex.substring(0, 2), 16) % 200;
        String ip = octets[0] + "." + octets[1] + "." + octets[2] + "." + host;
        state.put("privateIp", ip);
        state.put("privateDns", "ip-" + ip.replace('.', '-') + (region.equals("us-east-1") ? ".ec2.internal"
                : "." + region + ".compute.internal"));
        state.put("primaryNetworkInterfaceId", "eni-" + hex.substring(17, 34));
        state.put("instanceState", "running");
        state.put("publicIp", "");
    }

    /** {@code aws:ssm/getParameter}: an AMI id for {@code /aws/service/ami-*} parameters. */
    static Map<String, Object> parameter(String name, String region, String account, String hex) {
        String value = name.contains("/ami-") ? AMI_PREFIX + hex.substring(0, 16) : "offline-" + hex.substring(0, 12);
        return Map.of("arn", "arn:aws:ssm:" + region + "::parameter" + name, "id", name, "name", name,
                "type", "String", "value", value, "insecureValue", value, "version", 1, "withDecryption", false);
    }

    /** {@code aws:ec2/getManagedPrefixList}: an AWS-owned list with its {@code pl-…} id and entry limit. */
    static Map<String, Object> prefixList(String name, String region, String account, String hex) {
        String id = "pl-" + hex.substring(0, 8);
        return Map.of("id", id, "name", name, "arn", "arn:aws:ec2:" + region + ":aws:prefix-list/" + id,
                "addressFamily", "IPv4", "maxEntries", 55, "ownerId", "AWS", "version", 1,
                "entries", List.of(), "filters", List.of(), "tags", Map.of());
    }
}
