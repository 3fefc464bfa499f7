package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.platform.compute.ComputePlan.CAPACITY;
import static io.platform.compute.ComputePlan.CLUSTER;
import static io.platform.compute.ComputePlan.KMS_KEY;
import static io.platform.compute.ComputePlan.LOG_GROUP;
import static io.platform.compute.ComputePlan.ROLE;
import static io.platform.compute.ComputePlan.ROLE_POLICY;
import static io.platform.compute.ComputePlan.SERVICE;
import static io.platform.compute.ComputePlan.arn;
import static io.platform.compute.ComputePlan.names;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.sources;
import static io.platform.compute.ComputePlan.statements;
import static io.platform.compute.ComputePlan.strings;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.4 ECS cluster: Container Insights, FARGATE + FARGATE_SPOT, and ECS Exec outside production only. */
class ComputeClusterTest {
    private static final String EXEC_LOG_GROUP_ARN = "arn:aws:logs:us-east-1:123456789012:log-group:/platform/staging/ecs/exec";


    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void clusterHasContainerInsightsAndBothFargateCapacityProviders(String stack) {
        PlanResult plan = plan(stack);
        assertThat(plan.ofType(CLUSTER)).hasSize(1);
        RecordedResource cluster = resource(plan, CLUSTER, "cluster");
        assertThat(cluster.inputValues())
                .containsEntry("name", "platform-" + stack + "-cluster")
                .containsEntry("settings", List.of(Map.of("name", "containerInsights", "value", "enabled")));

        RecordedResource capacity = resource(plan, CAPACITY, "cluster-capacity");
        assertThat(capacity.inputValues()).containsOnly(
                Map.entry("clusterName", "platform-" + stack + "-cluster"),
                Map.entry("capacityProviders", List.of("FARGATE", "FARGATE_SPOT")),
                Map.entry("defaultCapacityProviderStrategies", List.of(Map.of(
                        "capacityProvider", "FARGATE", "base", 1L, "weight", 1L))));
        assertThat(sources(capacity, "clusterName")).containsExactly(cluster.urn());
    }

    @Test
    void stagingLogsEveryEcsExecSessionEncrypted() {
        PlanResult plan = plan("staging");
        String logsKey = arn(resource(plan, KMS_KEY, "logs"));
        RecordedResource execLogs = resource(plan, LOG_GROUP, "ecs-exec-logs");
        assertThat(execLogs.inputValues())
                .containsEntry("name", "/platform/staging/ecs/exec")
                .containsEntry("retentionInDays", 30L)
                .containsEntry("kmsKeyId", logsKey);
        RecordedResource cluster = resource(plan, CLUSTER, "cluster");
        assertThat(cluster.inputValues()).containsEntry("configuration", Map.of(
                "executeCommandConfiguration", Map.of(
                        "kmsKeyId", logsKey,
                        "logging", "OVERRIDE",
                        "logConfiguration", Map.of(
                                "cloudWatchLogGroupName", "/platform/staging/ecs/exec",
                                "cloudWatchEncryptionEnabled", true))));
        assertThat(sources(cluster, "configuration")).contains(execLogs.urn());
        assertThat(plan.ofType(SERVICE)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.inputValues()).containsEntry("enableExecuteCommand", true));
    }

    @Test
    void stagingTaskRoleGetsTheExecChannelsTheLogKeyAndItsSessionLogGroupOnly() {
        PlanResult plan = plan("staging");
        RecordedResource policy = resource(plan, ROLE_POLICY, "ecs-task-exec");
        assertThat(policy.inputValues()).containsEntry("role", resource(plan, ROLE, "ecs-task-role").id());
        JsonNode document = parse((String) policy.inputValues().get("policy"));
        assertThat(statements(document)).extracting(s -> s.get("Sid").asText(), s -> s.get("Effect").asText(),
                        s -> strings(s.get("Action")), s -> strings(s.get("Resource")))
                .containsExactly(
                        tuple("EcsExecChannels", "Allow", List.of("ssmmessages:CreateControlChannel",
                                "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
                                "ssmmessages:OpenDataChannel"), List.of("*")),
                        tuple("EcsExecLogEncryption", "Allow", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                                List.of(arn(resource(plan, KMS_KEY, "logs")))),
                        tuple("EcsExecSessionLogs", "Allow", List.of("logs:CreateLogStream", "logs:PutLogEvents",
                                "logs:DescribeLogStreams"), List.of(EXEC_LOG_GROUP_ARN, EXEC_LOG_GROUP_ARN + ":log-stream:*")),
                        tuple("EcsExecFindLogGroup", "Allow", List.of("logs:DescribeLogGroups"),
                                List.of(EXEC_LOG_GROUP_ARN)));
    }

    @Test
    void productionHasNoEcsExecAnywhere() {
        PlanResult plan = plan("production");
        assertThat(resource(plan, CLUSTER, "cluster").inputValues()).doesNotContainKey("configuration");
        assertThat(names(plan, LOG_GROUP)).doesNotContain("platform-production-ecs-exec-logs");
        assertThat(plan.ofType(LOG_GROUP))
                .noneMatch(g -> "/platform/production/ecs/exec".equals(g.inputValues().get("name")));
        assertThat(names(plan, ROLE_POLICY)).doesNotContain("platform-production-ecs-task-exec");
        assertThat(plan.ofType(SERVICE)).hasSize(2)
                .allSatisfy(s -> assertThat(s.inputValues()).containsEntry("enableExecuteCommand", false));
    }

    @Test
    void stagingCanTurnEcsExecOff() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"execEnabled\":false,"
                + "\"services\":[{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\","
                + "\"public\":{\"paths\":[\"/*\"]}}]}")));
        assertThat(resource(plan, CLUSTER, "cluster").inputValues()).doesNotContainKey("configuration");
        assertThat(names(plan, LOG_GROUP)).doesNotContain("platform-staging-ecs-exec-logs");
        assertThat(names(plan, ROLE_POLICY)).doesNotContain("platform-staging-ecs-task-exec");
        assertThat(resource(plan, SERVICE, "api").inputValues()).containsEntry("enableExecuteCommand", false);
    }

    /**
     * Production bug (reported): a service whose capacity provider strategy names FARGATE can only
     * be created once FARGATE is associated with the cluster, but services depend on the cluster
     * alone, not on the ClusterCapacityProviders association, so Pulumi may create them first.
     */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void servicesAreCreatedAfterTheCapacityProvidersAreAssociated(String stack) {
        PlanResult plan = plan(stack);
        String capacity = resource(plan, CAPACITY, "cluster-capacity").urn();
        assertThat(plan.ofType(SERVICE)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.dependencies()).contains(capacity));
    }
}
