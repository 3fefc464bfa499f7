package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.platform.config.ComputeConfig;
import io.platform.config.RawConfig;
import io.platform.config.ServiceConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.compute.ComputePlan.EGRESS;
import static io.platform.compute.ComputePlan.INGRESS;
import static io.platform.compute.ComputePlan.LISTENER;
import static io.platform.compute.ComputePlan.LISTENER_RULE;
import static io.platform.compute.ComputePlan.LOG_GROUP;
import static io.platform.compute.ComputePlan.REPOSITORY;
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
import static io.platform.compute.ComputePlan.nameValues;
import static io.platform.compute.ComputePlan.names;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.statements;
import static io.platform.compute.ComputePlan.strings;
import static io.platform.compute.ComputePlan.subnetIds;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Issue 6 "done when": adding a third service is a config-only change. The staging stack file's
 * {@code platform:compute} with one more entry appended (a public {@code web} service from a
 * public image) yields that service's log group, task definition, service, target group,
 * listener rule and autoscaling, opens its port between ALB and app tier, and leaves the
 * existing services' resources exactly as they were.
 */
class ComputeThirdServiceTest {
    private static final String WEB = "{\"name\":\"web\",\"image\":\"nginx:1.27\",\"port\":8080,"
            + "\"cpu\":256,\"memory\":512,\"desiredCount\":1,\"min\":1,\"max\":3,\"healthCheckPath\":\"/app/health\","
            + "\"public\":{\"hosts\":[\"www.staging.example.com\"],\"paths\":[\"/app/*\"]},"
            + "\"environment\":{\"APP_BASE_PATH\":\"/app\"},"
            + "\"secrets\":{\"PARTNER_API_KEYS\":\"app/external-api-keys\"}}";

    private static RawConfig threeServices;
    private static PlanResult plan;

    @BeforeAll
    static void appendWebToTheStagingStackFile() {
        RawConfig staging = stackFile("staging");
        ObjectNode compute = (ObjectNode) parse(staging.values().get("platform:compute"));
        ((ArrayNode) compute.get("services")).add(parse(WEB));
        threeServices = withOverrides(staging, Map.of("platform:compute", compute.toString()));
        plan = plan(threeServices);
    }

    @Test
    void theConfigLoadsWithThreeServices() {
        ComputeConfig compute = load(threeServices).compute();
        assertThat(compute.services()).extracting(ServiceConfig::name).containsExactly("api", "worker", "web");
        ServiceConfig web = compute.services().get(2);
        assertThat(web.image()).contains("nginx:1.27");
        assertThat(web.repository()).isEmpty();
        assertThat(web.route()).contains(new ServiceConfig.Route(List.of("www.staging.example.com"), List.of("/app/*")));
        assertThat(web.secrets()).containsExactly(entry("PARTNER_API_KEYS", "app/external-api-keys"));
        assertThat(compute.publicServices()).extracting(ServiceConfig::name).containsExactly("api", "web");
        assertThat(compute.publicPorts()).containsExactly(8000, 8080);
        // A public image needs no repository of this stack.
        assertThat(compute.ecrRepositories()).containsExactly("api", "worker");
        assertThat(load(stackFile("staging")).compute().services()).hasSize(2);
    }

    @Test
    void everyPerServiceResourceExistsOncePerService() {
        assertThat(names(plan, LOG_GROUP)).contains("platform-staging-api-logs", "platform-staging-worker-logs",
                "platform-staging-web-logs");
        assertThat(names(plan, TASK)).containsExactlyInAnyOrder("platform-staging-api-task",
                "platform-staging-worker-task", "platform-staging-web-task");
        assertThat(names(plan, SERVICE)).containsExactlyInAnyOrder("platform-staging-api", "platform-staging-worker",
                "platform-staging-web");
        assertThat(names(plan, SCALING_TARGET)).containsExactlyInAnyOrder("platform-staging-api-scaling",
                "platform-staging-worker-scaling", "platform-staging-web-scaling");
        assertThat(plan.ofType(SCALING_POLICY)).hasSize(6);
        // Public services only.
        assertThat(names(plan, TARGET_GROUP)).containsExactlyInAnyOrder("platform-staging-tg-api",
                "platform-staging-tg-web");
        assertThat(names(plan, LISTENER_RULE)).containsExactlyInAnyOrder("platform-staging-alb-rule-api",
                "platform-staging-alb-rule-web");
        // Image services need no repository.
        assertThat(names(plan, REPOSITORY)).containsExactlyInAnyOrder("platform-staging-ecr-api",
                "platform-staging-ecr-worker");
    }

    @Test
    void webTaskRunsThePublicImageHardenedAtItsOwnSize() {
        RecordedResource task = resource(plan, TASK, "web-task");
        assertThat(task.inputValues())
                .containsEntry("family", "platform-staging-web")
                .containsEntry("cpu", "256")
                .containsEntry("memory", "512")
                .containsEntry("networkMode", "awsvpc")
                .containsEntry("requiresCompatibilities", List.of("FARGATE"));
        JsonNode web = container(task);
        assertThat(web.get("image").asText()).isEqualTo("nginx:1.27");
        assertThat(web.get("user").asText()).isEqualTo("1000:1000");
        assertThat(web.get("readonlyRootFilesystem").asBoolean()).isTrue();
        assertThat(web.get("privileged").asBoolean()).isFalse();
        assertThat(web.get("portMappings")).isEqualTo(parse(
                "[{\"containerPort\":8080,\"protocol\":\"tcp\",\"name\":\"web-8080\"}]"));
        assertThat(web.at("/healthCheck/command")).isEqualTo(parse(
                "[\"CMD-SHELL\",\"curl -fsS http://localhost:8080/app/health || exit 1\"]"));
        assertThat(web.at("/logConfiguration/options/awslogs-group").asText()).isEqualTo("/platform/staging/ecs/web");
        assertThat(nameValues(web.get("environment"), "value")).containsEntry("APP_BASE_PATH", "/app")
                .containsKeys("DATABASE_HOST", "REDIS_HOST").doesNotContainKey("LOG_LEVEL");
        assertThat(nameValues(web.get("secrets"), "valueFrom")).containsExactly(
                entry("PARTNER_API_KEYS", arn(resource(plan, SECRET, "secret-app-external-api-keys"))));
    }

    @Test
    void webServiceRunsPrivatelyBehindItsTargetGroupAndScales() {
        RecordedResource group = resource(plan, TARGET_GROUP, "tg-web");
        assertThat(resource(plan, SERVICE, "web").inputValues())
                .containsEntry("desiredCount", 1L)
                .containsEntry("taskDefinition", arn(resource(plan, TASK, "web-task")))
                .containsEntry("networkConfiguration", Map.of(
                        "subnets", subnetIds(plan, "private"),
                        "securityGroups", List.of(resource(plan, SECURITY_GROUP, "app-sg").id(),
                                resource(plan, SECURITY_GROUP, "web-svc-sg").id()),
                        "assignPublicIp", false))
                .containsEntry("loadBalancers", List.of(Map.of(
                        "targetGroupArn", arn(group), "containerName", "web", "containerPort", 8080L)))
                .containsEntry("deploymentCircuitBreaker", Map.of("enable", true, "rollback", true))
                .containsEntry("enableExecuteCommand", true);
        assertThat(group.inputValues())
                .containsEntry("name", "platform-staging-web")
                .containsEntry("targetType", "ip")
                .containsEntry("port", 8080L)
                .containsEntry("healthCheck", Map.of("enabled", true, "path", "/app/health", "protocol", "HTTP",
                        "healthyThreshold", 2L, "unhealthyThreshold", 3L, "timeout", 5L, "interval", 30L,
                        "matcher", "200"));
        assertThat(resource(plan, SCALING_TARGET, "web-scaling").inputValues())
                .containsEntry("resourceId", "service/platform-staging-cluster/platform-staging-web")
                .containsEntry("minCapacity", 1L)
                .containsEntry("maxCapacity", 3L);
        assertThat(plan.ofType(SCALING_POLICY)).filteredOn(p -> "service/platform-staging-cluster/platform-staging-web"
                        .equals(p.inputValues().get("resourceId")))
                .extracting(p -> metric(p.inputValues()))
                .containsExactlyInAnyOrder("ECSServiceAverageCPUUtilization=70", "ECSServiceAverageMemoryUtilization=80");
    }

    @Test
    void webRuleMatchesItsHostAndPathAndForwardsToItsTargetGroup() {
        RecordedResource rule = resource(plan, LISTENER_RULE, "alb-rule-web");
        assertThat(rule.inputValues())
                .containsEntry("listenerArn", arn(resource(plan, LISTENER, "alb-https")))
                .containsEntry("conditions", List.of(
                        Map.of("hostHeader", Map.of("values", List.of("www.staging.example.com"))),
                        Map.of("pathPattern", Map.of("values", List.of("/app/*")))))
                .containsEntry("actions", List.of(Map.of("type", "forward",
                        "targetGroupArn", arn(resource(plan, TARGET_GROUP, "tg-web")))));
        long apiPriority = (Long) resource(plan, LISTENER_RULE, "alb-rule-api").inputValues().get("priority");
        long webPriority = (Long) rule.inputValues().get("priority");
        // web matches a host and /app/*: more specific than api's catch-all /*, so the ALB must try it first.
        assertThat(webPriority).isEqualTo(10L);
        assertThat(apiPriority).isEqualTo(20L);
    }

    @Test
    void theSecurityTierOpensTheNewPortBetweenAlbAndAppOnly() {
        String alb = resource(plan, SECURITY_GROUP, "alb-sg").id();
        String app = resource(plan, SECURITY_GROUP, "app-sg").id();
        assertThat(resource(plan, INGRESS, "app-in-alb-8080").inputValues())
                .containsEntry("securityGroupId", app)
                .containsEntry("referencedSecurityGroupId", alb)
                .containsEntry("ipProtocol", "tcp")
                .containsEntry("fromPort", 8080L)
                .containsEntry("toPort", 8080L)
                .doesNotContainKey("cidrIpv4");
        assertThat(resource(plan, EGRESS, "alb-out-app-8080").inputValues())
                .containsEntry("securityGroupId", alb)
                .containsEntry("referencedSecurityGroupId", app)
                .containsEntry("fromPort", 8080L);
        assertThat(names(plan("staging"), INGRESS)).doesNotContain("platform-staging-app-in-alb-8080");
    }

    @Test
    void iamFollowsTheNewServiceWithoutCodeChanges() {
        JsonNode execution = parse((String) resource(plan, ROLE_POLICY, "ecs-execution-secrets").inputValues()
                .get("policy"));
        assertThat(strings(statements(execution).get(0).get("Resource")))
                .contains(arn(resource(plan, SECRET, "secret-app-external-api-keys")))
                .hasSize(4);
        JsonNode deploy = parse((String) resource(plan, ROLE_POLICY, "github-deploy-permissions").inputValues()
                .get("policy"));
        JsonNode roll = statements(deploy).stream().filter(s -> s.get("Sid").asText().equals("RollStackServices"))
                .findFirst().orElseThrow();
        assertThat(strings(roll.get("Resource"))).containsExactlyInAnyOrder(
                arn(resource(plan, SERVICE, "api")).replace(":service/", ":service/platform-staging-cluster/"),
                arn(resource(plan, SERVICE, "worker")).replace(":service/", ":service/platform-staging-cluster/"),
                arn(resource(plan, SERVICE, "web")).replace(":service/", ":service/platform-staging-cluster/"));
    }

    @Test
    void theExistingServicesAreDeclaredExactlyAsBefore() {
        PlanResult before = plan("staging");
        for (String name : List.of("api-logs", "api-task", "api", "api-scaling", "api-cpu", "api-memory",
                "worker-logs", "worker-task", "worker", "worker-scaling", "tg-api", "alb-https",
                "alb-http", "alb", "cluster", "ecr-api", "ecr-worker")) {
            RecordedResource was = before.resources().stream().filter(r -> r.name().equals("platform-staging-" + name)
                    && r.parent() != null && r.parent().contains("platform:compute:Compute"))
                    .findFirst().orElseThrow(() -> new AssertionError("no compute resource " + name));
            RecordedResource now = resource(plan, was.type(), name);
            assertThat(now.inputValues()).as(name).isEqualTo(was.inputValues());
        }
    }

    @Test
    void theCatchAllRuleOnlyMovesBehindTheNewSpecificRoute() {
        Map<String, Object> was = new java.util.HashMap<>(resource(plan("staging"), LISTENER_RULE, "alb-rule-api").inputValues());
        Map<String, Object> now = new java.util.HashMap<>(resource(plan, LISTENER_RULE, "alb-rule-api").inputValues());
        assertThat(was.remove("priority")).isEqualTo(10L);
        assertThat(now.remove("priority")).isEqualTo(20L);
        assertThat(now).isEqualTo(was);
    }

    /** A target-tracking policy as {@code metric=target}. */
    @SuppressWarnings("unchecked")
    private static String metric(Map<String, Object> inputs) {
        Map<String, Object> config = (Map<String, Object>) inputs.get("targetTrackingScalingPolicyConfiguration");
        Map<String, Object> spec = (Map<String, Object>) config.get("predefinedMetricSpecification");
        return spec.get("predefinedMetricType") + "=" + config.get("targetValue");
    }
}
