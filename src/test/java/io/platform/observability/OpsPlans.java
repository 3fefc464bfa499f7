package io.platform.observability;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;

/**
 * Plans and joins shared by the observability and operations tests: the stack variants they
 * need (dev, DR, Aurora, auto-shutdown), planned once per JVM, and the values the offline
 * engine's simulated AWS ({@code io.platform.plan.SimulatedAws}) gives the resources the alarms,
 * dashboard and backups point at. A plan records inputs only, so a join such as
 * {@code alarm.dimensions.LoadBalancer == ALB arnSuffix} is checked against the simulator's rule
 * for the ALB (SHA-256 of {@code type/name}), and {@link #sources} shows the value really came
 * from that resource.
 */
public final class OpsPlans {
    public static final String ACCOUNT = StackFixture.ACCOUNT;
    public static final String REGION = "us-east-1";
    public static final String DR_REGION = "us-west-2";

    public static final String TOPIC = "aws:sns/topic:Topic";
    public static final String TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    public static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
    public static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    public static final String METRIC_FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
    public static final String DASHBOARD = "aws:cloudwatch/dashboard:Dashboard";
    public static final String QUERY = "aws:cloudwatch/queryDefinition:QueryDefinition";
    public static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    public static final String KMS_KEY = "aws:kms/key:Key";
    public static final String LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
    public static final String TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
    public static final String ECS_CLUSTER = "aws:ecs/cluster:Cluster";
    public static final String ECS_SERVICE = "aws:ecs/service:Service";
    public static final String SCALING_TARGET = "aws:appautoscaling/target:Target";
    public static final String SCHEDULED_ACTION = "aws:appautoscaling/scheduledAction:ScheduledAction";
    public static final String SCHEDULE = "aws:scheduler/schedule:Schedule";
    public static final String RDS_INSTANCE = "aws:rds/instance:Instance";
    public static final String RDS_CLUSTER = "aws:rds/cluster:Cluster";
    public static final String RDS_BACKUP_REPLICATION =
            "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication";
    public static final String REDIS = "aws:elasticache/replicationGroup:ReplicationGroup";
    public static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    public static final String BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
    public static final String BUCKET_LOGGING = "aws:s3/bucketLoggingV2:BucketLoggingV2";
    public static final String BUCKET_REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    public static final String BUCKET_ENCRYPTION =
            "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
    public static final String BACKUP_VAULT = "aws:backup/vault:Vault";
    public static final String BACKUP_PLAN = "aws:backup/plan:Plan";
    public static final String BACKUP_SELECTION = "aws:backup/selection:Selection";
    public static final String ROLE = "aws:iam/role:Role";
    public static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    public static final String ROLE_POLICY_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public static final String ANOMALY_MONITOR = "aws:costexplorer/anomalyMonitor:AnomalyMonitor";
    public static final String ANOMALY_SUBSCRIPTION = "aws:costexplorer/anomalySubscription:AnomalySubscription";
    public static final String BUDGET = "aws:budgets/budget:Budget";
    public static final String AWS_PROVIDER = "pulumi:providers:aws";
    public static final String OBSERVABILITY = "platform:observability:Observability";
    public static final String OPERATIONS = "platform:operations:Operations";
    public static final String ALERT_ROUTES = "platform:observability:AlertRoutes";
    public static final String DISASTER_RECOVERY = "platform:operations:DisasterRecovery";

    /** The data tier's Aurora variant (as in the data tests). */
    public static final String AURORA = "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":1,"
            + "\"maxCapacityAcu\":8,\"auroraInstances\":2}}";
    public static final String WITH_DR = "{\"drRegion\":\"" + DR_REGION + "\"}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, PlanResult> CACHE = new ConcurrentHashMap<>();

    private OpsPlans() {
    }

    // ------------------------------------------------------------------ plans

    public static PlanResult plan(String stack) {
        return StackFixture.plan(stack);
    }

    /** A stack file with some config keys replaced, planned once per JVM. */
    public static PlanResult planWith(String stack, Map<String, String> overrides) {
        String key = stack + new TreeMap<>(overrides);
        return CACHE.computeIfAbsent(key, k -> StackFixture.plan(withOverrides(stackFile(stack), overrides)));
    }

    /** The staging file as a dev stack: dev defaults (auto-shutdown on) with staging's explicit values. */
    public static PlanResult dev() {
        return planWith("staging", Map.of("platform:environment", "dev"));
    }

    public static PlanResult withDr(String stack) {
        return planWith(stack, Map.of("platform:operations", WITH_DR));
    }

    public static PlanResult aurora() {
        return planWith("staging", Map.of("platform:data", AURORA));
    }

    // ------------------------------------------------------------------ lookups

    public static String prefix(PlanResult plan) {
        return "platform-" + plan.config().naming().environment() + "-";
    }

    /** The one resource of {@code type} whose logical name is {@code platform-<env>-<shortName>}. */
    public static RecordedResource resource(PlanResult plan, String type, String shortName) {
        String name = prefix(plan) + shortName;
        List<RecordedResource> found = plan.ofType(type).stream().filter(r -> r.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + name + ", found " + found.size()
                    + " among " + names(plan, type));
        }
        return found.get(0);
    }

    public static RecordedResource single(PlanResult plan, String type) {
        List<RecordedResource> found = plan.ofType(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " in " + plan.stack() + " but found " + found);
        }
        return found.get(0);
    }

    public static List<String> names(PlanResult plan, String type) {
        return plan.ofType(type).stream().map(RecordedResource::name).toList();
    }

    /** Resources of {@code type} that belong to the Observability tier (not the SecurityEvents CIS filters/alarms). */
    public static List<RecordedResource> tier(PlanResult plan, String type) {
        String observability = component(plan, OBSERVABILITY).urn();
        return plan.ofType(type).stream().filter(r -> r.parent().equals(observability)).toList();
    }

    /** The component of {@code type} (there is one per stack). */
    public static RecordedResource component(PlanResult plan, String type) {
        return single(plan, type);
    }

    /** URNs of the resources an input property was computed from (Pulumi's property dependencies). */
    public static List<String> sources(RecordedResource resource, String property) {
        return resource.propertyDependencies().getOrDefault(property, List.of());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    // ------------------------------------------------------------------ what simulated AWS returns

    public static String topicArn(PlanResult plan) {
        return "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":" + prefix(plan) + "alerts";
    }

    /** ARN of the warning topic, where cost alerts and most alarms go. */
    public static String warningTopicArn(PlanResult plan) {
        return topicArn(plan) + "-warning";
    }

    /** ARN of one of the encryption tier's keys: {@code data}, {@code s3}, {@code secrets}, {@code logs}. */
    public static String keyArn(PlanResult plan, String purpose) {
        return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + resource(plan, KMS_KEY, purpose).id();
    }

    public static String drKeyArn(PlanResult plan) {
        return "arn:aws:kms:" + DR_REGION + ":" + ACCOUNT + ":key/" + resource(plan, KMS_KEY, "dr-data").id();
    }

    public static String roleArn(RecordedResource role) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + role.id();
    }

    /** {@code app/<name>/<16 hex>}, the ALB's CloudWatch dimension. */
    public static String albArnSuffix(PlanResult plan) {
        RecordedResource alb = resource(plan, LOAD_BALANCER, "alb");
        return "app/" + alb.inputValues().get("name") + "/" + hex(alb).substring(0, 16);
    }

    /** {@code targetgroup/<name>/<16 hex>}, a target group's CloudWatch dimension. */
    public static String targetGroupArnSuffix(RecordedResource targetGroup) {
        return "targetgroup/" + targetGroup.inputValues().get("name") + "/" + hex(targetGroup).substring(0, 16);
    }

    public static String hex(RecordedResource resource) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((resource.type() + "/" + resource.name()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ JSON

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON document held in a string input property. */
    public static JsonNode json(RecordedResource resource, String property) {
        Object value = resource.inputValues().get(property);
        if (!(value instanceof String text)) {
            throw new AssertionError(resource.name() + "." + property + " is not a JSON string: " + value);
        }
        return parse(text);
    }

    public static List<JsonNode> statements(JsonNode policy) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode statement = policy.get("Statement");
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    /** A string-or-list field of an IAM document as a list. */
    public static List<String> strings(JsonNode node) {
        return io.platform.testing.Template.strings(node);
    }
}
