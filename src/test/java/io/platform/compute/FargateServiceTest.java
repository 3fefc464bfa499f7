package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.platform.testing.StackFixture;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.platform.compute.ComputePlan.CLUSTER;
import static io.platform.compute.ComputePlan.KMS_KEY;
import static io.platform.compute.ComputePlan.LOG_GROUP;
import static io.platform.compute.ComputePlan.RDS;
import static io.platform.compute.ComputePlan.ROLE;
import static io.platform.compute.ComputePlan.ROLE_POLICY;
import static io.platform.compute.ComputePlan.SCALING_POLICY;
import static io.platform.compute.ComputePlan.SCALING_TARGET;
import static io.platform.compute.ComputePlan.SECRET;
import static io.platform.compute.ComputePlan.SECURITY_GROUP;
import static io.platform.compute.ComputePlan.SERVICE;
import static io.platform.compute.ComputePlan.TARGET_GROUP;
import static io.platform.compute.ComputePlan.TASK;
import static io.platform.compute.ComputePlan.arn;
import static io.platform.compute.ComputePlan.container;
import static io.platform.compute.ComputePlan.masterSecretArn;
import static io.platform.compute.ComputePlan.nameValues;
import static io.platform.compute.ComputePlan.names;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.sources;
import static io.platform.compute.ComputePlan.statements;
import static io.platform.compute.ComputePlan.strings;
import static io.platform.compute.ComputePlan.subnetIds;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SPEC §3.4 Fargate services: task definitions sized per stack, services in the private subnets,
 * deployment settings, ECS Exec outside production only, autoscaling, log groups, and the
 * execution role's access to exactly the secrets the services reference.
 */
class FargateServiceTest {
    private static final List<String> SERVICES = List.of("api", "worker");

    @ParameterizedTest
    @CsvSource({"staging, 512, 1024", "production, 1024, 2048"})
    void taskDefinitionsAreFargateAwsvpcSizedPerStack(String stack, String cpu, String memory) {
        PlanResult plan = plan(stack);
        RecordedResource executionRole = resource(plan, ROLE, "ecs-execution-role");
        RecordedResource taskRole = resource(plan, ROLE, "ecs-task-role");
        assertThat(names(plan, TASK)).containsExactlyInAnyOrder(
                "platform-" + stack + "-api-task", "platform-" + stack + "-worker-task");
        for (String service : SERVICES) {
            RecordedResource task = resource(plan, TASK, service + "-task");
            assertThat(task.inputValues()).as(service)
                    .containsEntry("family", "platform-" + stack + "-" + service)
                    .containsEntry("cpu", cpu)
                    .containsEntry("memory", memory)
                    .containsEntry("networkMode", "awsvpc")
                    .containsEntry("requiresCompatibilities", List.of("FARGATE"))
                    .containsEntry("runtimePlatform", Map.of("operatingSystemFamily", "LINUX",
                            "cpuArchitecture", "X86_64"))
                    .containsEntry("executionRoleArn", arn(executionRole))
                    .containsEntry("taskRoleArn", arn(taskRole));
            assertThat(sources(task, "executionRoleArn")).containsExactly(executionRole.urn());
            assertThat(sources(task, "taskRoleArn")).containsExactly(taskRole.urn());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void servicesRunInThePrivateSubnetsBehindTheAppGroupWithoutPublicIps(String stack) {
        PlanResult plan = plan(stack);
        List<String> privateSubnets = subnetIds(plan, "private");
        String appGroup = resource(plan, SECURITY_GROUP, "app-sg").id();
        RecordedResource cluster = resource(plan, CLUSTER, "cluster");
        assertThat(names(plan, SERVICE)).containsExactlyInAnyOrder("platform-" + stack + "-api",
                "platform-" + stack + "-worker");
        for (String name : SERVICES) {
            RecordedResource service = resource(plan, SERVICE, name);
            RecordedResource task = resource(plan, TASK, name + "-task");
            // The app tier's group, and the service's own group (service-to-service rules only).
            String ownGroup = resource(plan, SECURITY_GROUP, name + "-svc-sg").id();
            assertThat(service.inputValues()).as(name)
                    .containsEntry("name", "platform-" + stack + "-" + name)
                    .containsEntry("cluster", arn(cluster))
                    .containsEntry("taskDefinition", arn(task))
                    .containsEntry("networkConfiguration", Map.of(
                            "subnets", privateSubnets,
                            "securityGroups", List.of(appGroup, ownGroup),
                            "assignPublicIp", false));
            assertThat(arn(task)).isEqualTo("arn:aws:ecs:us-east-1:" + ComputePlan.ACCOUNT + ":task-definition/platform-"
                    + stack + "-" + name + ":1");
            assertThat(sources(service, "taskDefinition")).containsExactly(task.urn());
            assertThat(sources(service, "cluster")).containsExactly(cluster.urn());
        }
        assertThat(privateSubnets).doesNotContainAnyElementsOf(subnetIds(plan, "public"))
                .doesNotContainAnyElementsOf(subnetIds(plan, "data"));
    }

    @ParameterizedTest
    @CsvSource({"staging, 2, true", "production, 3, false"})
    void deploymentSettingsPerStack(String stack, long desiredCount, boolean exec) {
        PlanResult plan = plan(stack);
        for (String name : SERVICES) {
            assertThat(resource(plan, SERVICE, name).inputValues()).as(name)
                    .containsEntry("desiredCount", desiredCount)
                    .containsEntry("deploymentCircuitBreaker", Map.of("enable", true, "rollback", true))
                    .containsEntry("deploymentMinimumHealthyPercent", 100L)
                    .containsEntry("deploymentMaximumPercent", 200L)
                    .containsEntry("enableExecuteCommand", exec)
                    .containsEntry("capacityProviderStrategies", List.of(Map.of(
                            "capacityProvider", "FARGATE", "base", 1L, "weight", 1L)))
                    .containsEntry("platformVersion", "LATEST")
                    .containsEntry("propagateTags", "SERVICE")
                    .containsEntry("enableEcsManagedTags", true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyThePublicServiceIsRegisteredWithItsTargetGroup(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource group = resource(plan, TARGET_GROUP, "tg-api");
        RecordedResource api = resource(plan, SERVICE, "api");
        assertThat(api.inputValues())
                .containsEntry("loadBalancers", List.of(Map.of(
                        "targetGroupArn", arn(group), "containerName", "api", "containerPort", 8000L)))
                .containsEntry("healthCheckGracePeriodSeconds", 60L);
        assertThat(sources(api, "loadBalancers")).containsExactly(group.urn());
        // The container the load balancer targets is the one the task defines, on the port it maps.
        JsonNode container = container(resource(plan, TASK, "api-task"));
        assertThat(container.get("name").asText()).isEqualTo("api");
        assertThat(container.at("/portMappings/0/containerPort").asInt()).isEqualTo(8000);

        assertThat(resource(plan, SERVICE, "worker").inputValues())
                .doesNotContainKeys("loadBalancers", "healthCheckGracePeriodSeconds");
    }

    @ParameterizedTest
    @CsvSource({"staging, 2, 4", "production, 3, 10"})
    void autoscalingTracksCpuAt70AndMemoryAt80WithinTheConfiguredBounds(String stack, long min, long max) {
        PlanResult plan = plan(stack);
        String cluster = "platform-" + stack + "-cluster";
        for (String name : SERVICES) {
            String resourceId = "service/" + cluster + "/platform-" + stack + "-" + name;
            RecordedResource target = resource(plan, SCALING_TARGET, name + "-scaling");
            assertThat(target.inputValues()).as(name)
                    .containsEntry("serviceNamespace", "ecs")
                    .containsEntry("scalableDimension", "ecs:service:DesiredCount")
                    .containsEntry("resourceId", resourceId)
                    .containsEntry("minCapacity", min)
                    .containsEntry("maxCapacity", max);
            assertThat(sources(target, "resourceId")).containsExactlyInAnyOrder(
                    resource(plan, CLUSTER, "cluster").urn(), resource(plan, SERVICE, name).urn());
            // The service starts inside the scaling bounds.
            assertThat((Long) resource(plan, SERVICE, name).inputValues().get("desiredCount")).isBetween(min, max);

            for (var policy : List.of(
                    tuple("cpu", "ECSServiceAverageCPUUtilization", 70L),
                    tuple("memory", "ECSServiceAverageMemoryUtilization", 80L))) {
                Object[] p = policy.toArray();
                RecordedResource scaling = resource(plan, SCALING_POLICY, name + "-" + p[0]);
                assertThat(scaling.inputValues()).as(name + " " + p[0])
                        .containsEntry("name", "platform-" + stack + "-" + name + "-" + p[0])
                        .containsEntry("policyType", "TargetTrackingScaling")
                        .containsEntry("serviceNamespace", "ecs")
                        .containsEntry("scalableDimension", "ecs:service:DesiredCount")
                        .containsEntry("resourceId", resourceId)
                        .containsEntry("targetTrackingScalingPolicyConfiguration", Map.of(
                                "predefinedMetricSpecification", Map.of("predefinedMetricType", p[1]),
                                "targetValue", p[2],
                                "scaleOutCooldown", 60L,
                                "scaleInCooldown", 300L));
                // A policy can only be put on a registered target: it takes its dimension from the target.
                assertThat(sources(scaling, "resourceId")).containsExactly(target.urn());
            }
        }
        assertThat(plan.ofType(SCALING_TARGET)).hasSize(2);
        assertThat(plan.ofType(SCALING_POLICY)).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource({"staging, 30", "production, 90"})
    void serviceLogGroupsUseTheLogsKeyAndTheStacksRetention(String stack, long retention) {
        PlanResult plan = plan(stack);
        RecordedResource logsKey = resource(plan, KMS_KEY, "logs");
        for (String name : SERVICES) {
            RecordedResource group = resource(plan, LOG_GROUP, name + "-logs");
            assertThat(group.inputValues()).as(name)
                    .containsEntry("name", "/platform/" + stack + "/ecs/" + name)
                    .containsEntry("retentionInDays", retention)
                    .containsEntry("kmsKeyId", arn(logsKey));
            assertThat(sources(group, "kmsKeyId")).containsExactly(logsKey.urn());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void executionRoleMayReadExactlyTheReferencedSecretsAndDecryptWithTheSecretsKey(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource policy = resource(plan, ROLE_POLICY, "ecs-execution-secrets");
        assertThat(policy.inputValues()).containsEntry("role", resource(plan, ROLE, "ecs-execution-role").id());
        JsonNode document = parse((String) policy.inputValues().get("policy"));
        assertThat(document.get("Version").asText()).isEqualTo("2012-10-17");

        List<String> referenced = List.of(
                arn(resource(plan, SECRET, "secret-app-jwt-secret")),
                masterSecretArn(resource(plan, RDS, "db")),
                arn(resource(plan, SECRET, "secret-redis-auth-token")));
        assertThat(statements(document)).extracting(s -> s.get("Sid").asText(), s -> s.get("Effect").asText(),
                        s -> strings(s.get("Action")), s -> strings(s.get("Resource")), s -> s.has("Condition"))
                .containsExactly(
                        tuple("InjectServiceSecrets", "Allow", List.of("secretsmanager:GetSecretValue"), referenced,
                                false),
                        tuple("DecryptServiceSecrets", "Allow", List.of("kms:Decrypt"),
                                List.of(arn(resource(plan, KMS_KEY, "secrets"))), false));
        // Exactly what the containers reference: not the unreferenced app secrets.
        TreeSet<String> injected = new TreeSet<>();
        for (String name : SERVICES) {
            injected.addAll(nameValues(container(resource(plan, TASK, name + "-task")).get("secrets"), "valueFrom")
                    .values());
        }
        assertThat(injected).containsExactlyInAnyOrderElementsOf(referenced);
        assertThat(referenced).doesNotContain(arn(resource(plan, SECRET, "secret-app-external-api-keys")),
                arn(resource(plan, SECRET, "secret-monitoring-slack-webhook")));
    }

    @Test
    void executionRoleFollowsTheSecretsTheServicesReference() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"services\":["
                + "{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\",\"desiredCount\":2,\"min\":2,\"max\":4,"
                + "\"public\":{\"paths\":[\"/*\"]},\"secrets\":{\"PARTNER_KEYS\":\"app/external-api-keys\"}},"
                + "{\"name\":\"worker\",\"repository\":\"worker\",\"tag\":\"1.0.0\",\"worker\":true}]}")));
        JsonNode document = parse((String) resource(plan, ROLE_POLICY, "ecs-execution-secrets").inputValues()
                .get("policy"));
        assertThat(strings(statements(document).get(0).get("Resource")))
                .containsExactly(arn(resource(plan, SECRET, "secret-app-external-api-keys")));
        assertThat(nameValues(container(resource(plan, TASK, "worker-task")).get("secrets"), "valueFrom")).isEmpty();
    }

    @Test
    void noExecutionSecretsPolicyWhenNoServiceReferencesASecret() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", "{\"services\":["
                + "{\"name\":\"api\",\"repository\":\"api\",\"tag\":\"1.0.0\",\"public\":{\"paths\":[\"/*\"]}}]}")));
        assertThat(names(plan, ROLE_POLICY)).doesNotContain("platform-staging-ecs-execution-secrets");
        assertThat(nameValues(container(resource(plan, TASK, "api-task")).get("secrets"), "valueFrom")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyComputeResourceIsAChildOfTheComputeComponent(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource component = plan.ofType(ComputePlan.COMPUTE).get(0);
        assertThat(plan.ofType(ComputePlan.COMPUTE)).hasSize(1);
        for (String type : List.of(CLUSTER, TARGET_GROUP)) {
            assertThat(plan.ofType(type)).as(type).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.parent()).isEqualTo(component.urn()));
        }
        // Each service is a unit of its own under the tier, holding its task, service and scaling.
        for (String name : SERVICES) {
            RecordedResource unit = StackFixture.named(plan, "platform-" + stack + "-" + name + "-service");
            assertThat(unit.type()).isEqualTo("platform:compute:FargateService");
            assertThat(unit.parent()).isEqualTo(component.urn());
            for (String type : List.of(TASK, SERVICE, SCALING_TARGET, SCALING_POLICY, ComputePlan.LOG_GROUP)) {
                assertThat(plan.ofType(type)).filteredOn(r -> r.name().startsWith("platform-" + stack + "-" + name))
                        .as(type).isNotEmpty().allSatisfy(r -> assertThat(r.parent()).isEqualTo(unit.urn()));
            }
        }
        assertThat(map(resource(plan, SERVICE, "api").inputValues().get("tags")))
                .containsEntry("Name", "platform-" + stack + "-api")
                .containsEntry("Environment", stack)
                .containsEntry("ManagedBy", "pulumi");
    }
}
