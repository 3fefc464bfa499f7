package io.platform.data;

import com.google.protobuf.Value;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.platform.testing.StackFixture.ACCOUNT;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;

/** Plans and joins the data-tier tests share: ARNs of the keys and role the tier must use, the data subnets. */
final class DataPlans {
    static final String INSTANCE = "aws:rds/instance:Instance";
    static final String CLUSTER = "aws:rds/cluster:Cluster";
    static final String CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
    static final String PARAMETER_GROUP = "aws:rds/parameterGroup:ParameterGroup";
    static final String CLUSTER_PARAMETER_GROUP = "aws:rds/clusterParameterGroup:ClusterParameterGroup";
    static final String DB_SUBNET_GROUP = "aws:rds/subnetGroup:SubnetGroup";
    static final String REPLICATION_GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";
    static final String CACHE_SUBNET_GROUP = "aws:elasticache/subnetGroup:SubnetGroup";
    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String SECRET = "aws:secretsmanager/secret:Secret";
    static final String SECRET_VERSION = "aws:secretsmanager/secretVersion:SecretVersion";
    static final String DATA_COMPONENT = "platform:data:Data";

    /** The Aurora variant. */
    static final String AURORA = "{\"database\":{\"engine\":\"aurora-serverless-v2\",\"minCapacityAcu\":1,"
            + "\"maxCapacityAcu\":8,\"auroraInstances\":2}}";

    /** Pulumi's wire marker of a secret value ({@code 4dabf181…: 1b470612…}). */
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

    private static final Map<String, PlanResult> CACHE = new ConcurrentHashMap<>();

    private DataPlans() {
    }

    /** A stack with {@code platform:data} replaced, planned once per JVM. */
    static PlanResult planWithData(String stack, String dataJson) {
        return CACHE.computeIfAbsent(stack + "|" + dataJson,
                k -> plan(withOverrides(stackFile(stack), Map.of("platform:data", dataJson))));
    }

    static PlanResult aurora(String stack) {
        return planWithData(stack, AURORA);
    }

    /** ARN of one of the encryption tier's keys: {@code data}, {@code s3}, {@code secrets}, {@code logs}. */
    static String keyArn(PlanResult plan, String purpose) {
        return "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, prefix(plan) + purpose).id();
    }

    static String monitoringRoleArn(PlanResult plan) {
        return "arn:aws:iam::" + ACCOUNT + ":role/" + named(plan, prefix(plan) + "rds-monitoring-role").id();
    }

    static List<String> dataSubnetIds(PlanResult plan) {
        return List.of(1, 2, 3).stream().map(az -> named(plan, prefix(plan) + "data-" + az).id()).toList();
    }

    static String prefix(PlanResult plan) {
        return "platform-" + plan.stack() + "-";
    }

    static RecordedResource single(PlanResult plan, String type) {
        List<RecordedResource> found = plan.ofType(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " in " + plan.stack() + " but found " + found);
        }
        return found.get(0);
    }

    /** Whether the input travelled to the engine marked as a secret (not merely a string reading "[secret]"). */
    static boolean isMarkedSecret(RecordedResource resource, String key) {
        Value value = resource.inputs().getFieldsMap().get(key);
        if (value == null || !value.hasStructValue()) {
            return false;
        }
        Value sig = value.getStructValue().getFieldsMap().get(SIG_KEY);
        return sig != null && SECRET_SIG.equals(sig.getStringValue());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
