package io.platform.compute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.StackFixture;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lookups in a plan for the compute tests, JSON helpers, and the values the offline engine's
 * simulated AWS ({@code io.platform.plan.SimulatedAws}) returns for a resource: ARNs, the RDS
 * endpoint and managed secret, the Redis endpoint. A plan records inputs only, so a join such
 * as {@code service.taskDefinition == task definition ARN} compares an input with the output
 * AWS gives the other resource, computed here by the simulator's rules (SHA-256 of
 * {@code type/name}); {@link #sources} then shows the value really flowed from that resource.
 */
final class ComputePlan {
    static final String ACCOUNT = StackFixture.ACCOUNT;
    static final String REGION = "us-east-1";

    static final String TASK = "aws:ecs/taskDefinition:TaskDefinition";
    static final String SERVICE = "aws:ecs/service:Service";
    static final String CLUSTER = "aws:ecs/cluster:Cluster";
    static final String CAPACITY = "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders";
    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String SCALING_TARGET = "aws:appautoscaling/target:Target";
    static final String SCALING_POLICY = "aws:appautoscaling/policy:Policy";
    static final String REPOSITORY = "aws:ecr/repository:Repository";
    static final String LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";
    static final String TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
    static final String WAF_ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
    static final String WEB_ACL = "aws:wafv2/webAcl:WebAcl";
    static final String ROLE = "aws:iam/role:Role";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String SECRET = "aws:secretsmanager/secret:Secret";
    static final String KMS_KEY = "aws:kms/key:Key";
    static final String SUBNET = "aws:ec2/subnet:Subnet";
    static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    static final String VPC = "aws:ec2/vpc:Vpc";
    static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    static final String BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    static final String RDS = "aws:rds/instance:Instance";
    static final String REDIS = "aws:elasticache/replicationGroup:ReplicationGroup";
    static final String CERTIFICATE = "aws:acm/certificate:Certificate";
    static final String CERT_VALIDATION = "aws:acm/certificateValidation:CertificateValidation";
    static final String COMPUTE = "platform:compute:Compute";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComputePlan() {
    }

    /** {@code platform-staging-} for a staging plan. */
    static String prefix(PlanResult plan) {
        return "platform-" + plan.stack() + "-";
    }

    /** The one resource of {@code type} whose logical name is {@code platform-<stack>-<shortName>}. */
    static RecordedResource resource(PlanResult plan, String type, String shortName) {
        String name = prefix(plan) + shortName;
        List<RecordedResource> found = plan.ofType(type).stream().filter(r -> r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + name + ", found " + found.size()
                    + " among " + plan.ofType(type).stream().map(RecordedResource::name).toList());
        }
        return found.get(0);
    }

    static Map<String, Object> inputs(PlanResult plan, String type, String shortName) {
        return resource(plan, type, shortName).inputValues();
    }

    static List<String> names(PlanResult plan, String type) {
        return plan.ofType(type).stream().map(RecordedResource::name).toList();
    }

    /** Ids of {@code platform-<stack>-<tier>-1..3} (subnets), in AZ order. */
    static List<String> subnetIds(PlanResult plan, String tier) {
        return List.of(1, 2, 3).stream().map(az -> resource(plan, SUBNET, tier + "-" + az).id()).toList();
    }

    /** URNs of the resources an input property was computed from (Pulumi's property dependencies). */
    static List<String> sources(RecordedResource resource, String property) {
        return resource.propertyDependencies().getOrDefault(property, List.of());
    }

    // ------------------------------------------------------------------ JSON

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task definition's only container, parsed from its {@code containerDefinitions} JSON string. */
    static JsonNode container(RecordedResource task) {
        Object value = task.inputValues().get("containerDefinitions");
        if (!(value instanceof String text)) {
            throw new AssertionError(task.name() + ".containerDefinitions is not a JSON string: " + value);
        }
        JsonNode containers = parse(text);
        if (!containers.isArray() || containers.size() != 1) {
            throw new AssertionError(task.name() + " should define exactly one container: " + text);
        }
        return containers.get(0);
    }

    /** {@code [{name, <valueKey>}]} as an ordered name → value map; fails on a repeated name. */
    static Map<String, String> nameValues(JsonNode list, String valueKey) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            if (entry.size() != 2 || !entry.has("name") || !entry.has(valueKey)) {
                throw new AssertionError("expected {name, " + valueKey + "}: " + entry);
            }
            if (out.put(entry.get("name").asText(), entry.get(valueKey).asText()) != null) {
                throw new AssertionError("variable " + entry.get("name") + " given twice in " + list);
            }
        }
        return out;
    }

    /** A string-or-list field of an IAM document as a list. */
    static List<String> strings(JsonNode node) {
        return io.platform.testing.Template.strings(node);
    }

    static List<JsonNode> statements(JsonNode policy) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode statement = policy.get("Statement");
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    // ------------------------------------------------------------------ what simulated AWS returns

    /** The ARN the simulated AWS gives {@code resource} (formats as in SimulatedAws.SHAPES). */
    static String arn(RecordedResource resource) {
        Map<String, Object> in = resource.inputValues();
        String hex = hex(resource);
        String regional = ":" + REGION + ":" + ACCOUNT + ":";
        return switch (resource.type()) {
            case TASK -> "arn:aws:ecs" + regional + "task-definition/" + in.get("family") + ":1";
            case CLUSTER -> "arn:aws:ecs" + regional + "cluster/" + in.get("name");
            case SERVICE -> "arn:aws:ecs" + regional + "service/" + in.get("name");
            case ROLE -> "arn:aws:iam::" + ACCOUNT + ":role/" + resource.id();
            case KMS_KEY -> "arn:aws:kms" + regional + "key/" + resource.id();
            case SECRET -> "arn:aws:secretsmanager" + regional + "secret:" + in.get("name") + "-" + hex.substring(0, 6);
            case REPOSITORY -> "arn:aws:ecr" + regional + "repository/" + in.get("name");
            case LOG_GROUP -> "arn:aws:logs" + regional + "log-group:" + in.get("name");
            case LOAD_BALANCER -> "arn:aws:elasticloadbalancing" + regional + "loadbalancer/app/" + in.get("name")
                    + "/" + hex.substring(0, 16);
            case TARGET_GROUP -> "arn:aws:elasticloadbalancing" + regional + "targetgroup/" + in.get("name")
                    + "/" + hex.substring(0, 16);
            case LISTENER -> "arn:aws:elasticloadbalancing" + regional + "listener/app/" + resource.id()
                    + "/" + hex.substring(0, 16);
            case WEB_ACL -> "arn:aws:wafv2" + regional + "regional/webacl/" + in.get("name") + "/" + uuid(hex);
            case CERTIFICATE -> "arn:aws:acm" + regional + "certificate/" + resource.id();
            default -> throw new IllegalArgumentException("no simulated ARN for " + resource.type());
        };
    }

    /** The secret RDS creates for the master password ({@code manageMasterUserPassword}). */
    static String masterSecretArn(RecordedResource instance) {
        String hex = hex(instance);
        return "arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:rds!db-" + uuid(hex) + "-"
                + hex.substring(0, 6);
    }

    static String databaseAddress(RecordedResource instance) {
        return instance.inputValues().get("identifier") + "." + hex(instance).substring(0, 12) + "." + REGION
                + ".rds.amazonaws.com";
    }

    static String redisPrimaryEndpoint(RecordedResource group) {
        return "master." + group.inputValues().get("replicationGroupId") + "." + hex(group).substring(0, 6)
                + ".cache.amazonaws.com";
    }

    private static String hex(RecordedResource resource) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((resource.type() + "/" + resource.name()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uuid(String hex) {
        return UUID.nameUUIDFromBytes(hex.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
