package io.platform.compute;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.config.ServiceConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static io.platform.compute.ComputePlan.ACCOUNT;
import static io.platform.compute.ComputePlan.BUCKET;
import static io.platform.compute.ComputePlan.LOG_GROUP;
import static io.platform.compute.ComputePlan.RDS;
import static io.platform.compute.ComputePlan.REDIS;
import static io.platform.compute.ComputePlan.REPOSITORY;
import static io.platform.compute.ComputePlan.SECRET;
import static io.platform.compute.ComputePlan.TASK;
import static io.platform.compute.ComputePlan.arn;
import static io.platform.compute.ComputePlan.container;
import static io.platform.compute.ComputePlan.databaseAddress;
import static io.platform.compute.ComputePlan.masterSecretArn;
import static io.platform.compute.ComputePlan.nameValues;
import static io.platform.compute.ComputePlan.parse;
import static io.platform.compute.ComputePlan.redisPrimaryEndpoint;
import static io.platform.compute.ComputePlan.resource;
import static io.platform.compute.ComputePlan.sources;
import static io.platform.testing.StackFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * SPEC §3.4 container definitions, parsed from each task definition's {@code containerDefinitions}
 * JSON: hardening, health check, awslogs, the writable {@code /tmp}, plain environment for
 * endpoints only, and secrets injected by the ARNs of the real Secrets Manager secrets.
 */
class ContainerDefinitionsTest {
    /** Names the policy pack treats as secret-looking (SPEC §4, ECS). */
    private static final Pattern SECRET_LOOKING = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL).*");

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void apiContainerRunsTheStackImageHardened(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource task = resource(plan, TASK, "api-task");
        JsonNode api = container(task);

        assertThat(api.get("name").asText()).isEqualTo("api");
        assertThat(api.get("image").asText())
                .isEqualTo(ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/platform-" + stack + "-api:1.0.0");
        // The image is the URL of this stack's ECR repository, not a literal.
        assertThat(sources(task, "containerDefinitions")).contains(resource(plan, REPOSITORY, "ecr-api").urn());
        assertThat(api.get("essential").asBoolean()).isTrue();
        assertThat(api.get("user").asText()).isEqualTo("1000:1000");
        assertThat(api.get("privileged").isBoolean()).isTrue();
        assertThat(api.get("privileged").asBoolean()).isFalse();
        assertThat(api.get("readonlyRootFilesystem").isBoolean()).isTrue();
        assertThat(api.get("readonlyRootFilesystem").asBoolean()).isTrue();
        assertThat(api.has("command")).as("the api runs the image's own entrypoint").isFalse();
        assertThat(api.get("portMappings")).isEqualTo(parse(
                "[{\"containerPort\":8000,\"protocol\":\"tcp\",\"name\":\"api-8000\"}]"));
        assertThat(api.get("linuxParameters")).isEqualTo(parse("{\"initProcessEnabled\":true}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void healthCheckHitsTheConfiguredPathOnTheServicePort(String stack) {
        JsonNode api = container(resource(plan(stack), TASK, "api-task"));
        assertThat(api.get("healthCheck")).isEqualTo(parse("{\"command\":[\"CMD-SHELL\","
                + "\"curl -fsS http://localhost:8000/health || exit 1\"],"
                + "\"interval\":30,\"timeout\":5,\"retries\":3,\"startPeriod\":60}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void logsGoThroughAwslogsToTheServicesOwnLogGroup(String stack) {
        PlanResult plan = plan(stack);
        for (String service : List.of("api", "worker")) {
            JsonNode container = container(resource(plan, TASK, service + "-task"));
            String group = "/platform/" + stack + "/ecs/" + service;
            assertThat(container.get("logConfiguration")).as(service).isEqualTo(parse(
                    "{\"logDriver\":\"awslogs\",\"options\":{\"awslogs-group\":\"" + group + "\","
                            + "\"awslogs-region\":\"us-east-1\",\"awslogs-stream-prefix\":\"" + service + "\"}}"));
            // ... and that group is one this stack creates (encrypted, with retention).
            assertThat(resource(plan, LOG_GROUP, service + "-logs").inputValues()).containsEntry("name", group);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyTmpIsWritableThroughTheTaskVolume(String stack) {
        RecordedResource task = resource(plan(stack), TASK, "api-task");
        assertThat(container(task).get("mountPoints")).isEqualTo(parse(
                "[{\"sourceVolume\":\"tmp\",\"containerPath\":\"/tmp\",\"readOnly\":false}]"));
        assertThat(task.inputValues()).containsEntry("volumes", List.of(Map.of("name", "tmp")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void environmentCarriesTheDataEndpointsAndConfigButNothingSecret(String stack) {
        PlanResult plan = plan(stack);
        Map<String, String> environment = nameValues(container(resource(plan, TASK, "api-task")).get("environment"),
                "value");
        assertThat(environment).containsExactly(
                entry("AWS_REGION", "us-east-1"),
                entry("DATABASE_HOST", databaseAddress(resource(plan, RDS, "db"))),
                entry("DATABASE_PORT", "5432"),
                entry("DOCUMENTS_BUCKET", "platform-" + stack + "-documents-" + ACCOUNT),
                entry("LOG_LEVEL", stack.equals("production") ? "warning" : "info"),
                entry("REDIS_HOST", redisPrimaryEndpoint(resource(plan, REDIS, "redis"))),
                entry("REDIS_PORT", "6379"));
        assertThat(resource(plan, BUCKET, "documents").inputValues())
                .containsEntry("bucket", environment.get("DOCUMENTS_BUCKET"));
        assertThat(environment.keySet()).noneMatch(name -> SECRET_LOOKING.matcher(name).matches());
        assertThat(environment.values()).noneMatch(value -> value.contains("secretsmanager")
                || value.contains("[secret]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void secretsAreInjectedByTheArnsOfTheRealSecrets(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource rds = resource(plan, RDS, "db");
        RecordedResource redisToken = resource(plan, SECRET, "secret-redis-auth-token");
        RecordedResource jwt = resource(plan, SECRET, "secret-app-jwt-secret");
        assertThat(redisToken.inputValues()).containsEntry("name", "/" + stack + "/redis/auth-token");
        assertThat(jwt.inputValues()).containsEntry("name", "/" + stack + "/app/jwt-secret");

        RecordedResource apiTask = resource(plan, TASK, "api-task");
        JsonNode api = container(apiTask);
        assertThat(nameValues(api.get("secrets"), "valueFrom")).containsExactly(
                entry("DATABASE_CREDENTIALS", masterSecretArn(rds)),
                entry("JWT_SECRET", arn(jwt)),
                entry("REDIS_AUTH_TOKEN", arn(redisToken)));
        assertThat(sources(apiTask, "containerDefinitions"))
                .contains(rds.urn(), jwt.urn(), redisToken.urn());
        // A secret is never also a plain variable.
        assertThat(nameValues(api.get("environment"), "value"))
                .doesNotContainKeys("DATABASE_CREDENTIALS", "JWT_SECRET", "REDIS_AUTH_TOKEN");

        RecordedResource workerTask = resource(plan, TASK, "worker-task");
        assertThat(nameValues(container(workerTask).get("secrets"), "valueFrom")).containsExactly(
                entry("DATABASE_CREDENTIALS", masterSecretArn(rds)),
                entry("REDIS_AUTH_TOKEN", arn(redisToken)));
        assertThat(sources(workerTask, "containerDefinitions")).contains(rds.urn(), redisToken.urn())
                .doesNotContain(jwt.urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void workerRunsItsCommandFromItsOwnImageWithTheSameHardening(String stack) {
        PlanResult plan = plan(stack);
        JsonNode worker = container(resource(plan, TASK, "worker-task"));
        assertThat(worker.get("name").asText()).isEqualTo("worker");
        assertThat(worker.get("image").asText())
                .isEqualTo(ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/platform-" + stack + "-worker:1.0.0");
        assertThat(worker.get("command")).isEqualTo(parse("[\"python\",\"-m\",\"app.worker\"]"));
        assertThat(worker.get("user").asText()).isEqualTo("1000:1000");
        assertThat(worker.get("privileged").asBoolean()).isFalse();
        assertThat(worker.get("readonlyRootFilesystem").asBoolean()).isTrue();
        Map<String, String> environment = nameValues(worker.get("environment"), "value");
        assertThat(environment).containsOnlyKeys("AWS_REGION", "DATABASE_HOST", "DATABASE_PORT", "DOCUMENTS_BUCKET",
                "REDIS_HOST", "REDIS_PORT");
    }

    @Test
    void renderUsesTheServicesPortPathCommandAndSortsVariables() {
        ServiceConfig service = new ServiceConfig("reports", Optional.of("ghcr.io/acme/reports:2.3.1"),
                Optional.empty(), "2.3.1", 9000, 256, 512, 1, 1, 2, "/ready", Optional.empty(), Optional.empty(),
                List.of("./reports", "--serve"), Map.of(), Map.of(), List.of(), List.of(), List.of(),
                ServiceConfig.Deployment.ROLLING);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ZONE", "b");
        environment.put("APP_MODE", "batch");
        String json = ContainerDefinitions.render(service, "ghcr.io/acme/reports:2.3.1", "/platform/dev/ecs/reports",
                "eu-west-1", environment, Map.of("Z_TOKEN", "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT
                        + ":secret:/dev/app/z-abcdef", "A_KEY", "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT
                        + ":secret:/dev/app/a-123456"));
        JsonNode containers = parse(json);
        assertThat(containers).hasSize(1);
        JsonNode reports = containers.get(0);
        assertThat(reports.get("image").asText()).isEqualTo("ghcr.io/acme/reports:2.3.1");
        assertThat(reports.get("command")).isEqualTo(parse("[\"./reports\",\"--serve\"]"));
        assertThat(reports.get("portMappings")).isEqualTo(parse(
                "[{\"containerPort\":9000,\"protocol\":\"tcp\",\"name\":\"reports-9000\"}]"));
        assertThat(reports.at("/healthCheck/command")).isEqualTo(parse(
                "[\"CMD-SHELL\",\"curl -fsS http://localhost:9000/ready || exit 1\"]"));
        assertThat(reports.at("/logConfiguration/options")).isEqualTo(parse("{\"awslogs-group\":"
                + "\"/platform/dev/ecs/reports\",\"awslogs-region\":\"eu-west-1\",\"awslogs-stream-prefix\":\"reports\"}"));
        // Sorted by name, so a re-ordered config does not register a new task definition revision.
        assertThat(nameValues(reports.get("environment"), "value")).containsExactly(
                entry("APP_MODE", "batch"), entry("ZONE", "b"));
        assertThat(nameValues(reports.get("secrets"), "valueFrom")).containsExactly(
                entry("A_KEY", "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:/dev/app/a-123456"),
                entry("Z_TOKEN", "arn:aws:secretsmanager:eu-west-1:" + ACCOUNT + ":secret:/dev/app/z-abcdef"));
    }

    @Test
    void aServiceWithoutSecretsOrCommandRendersEmptySecretsAndNoCommand() {
        ServiceConfig service = new ServiceConfig("web", Optional.of("nginx:1.27"), Optional.empty(), "latest",
                8080, 256, 512, 1, 1, 2, "/health", Optional.empty(), Optional.of(new ServiceConfig.Route(List.of(), List.of("/*"))),
                List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), ServiceConfig.Deployment.ROLLING);
        JsonNode web = parse(ContainerDefinitions.render(service, "nginx:1.27", "/platform/staging/ecs/web",
                "us-east-1", Map.of(), Map.of())).get(0);
        assertThat(web.has("command")).isFalse();
        assertThat(web.get("secrets")).isEqualTo(parse("[]"));
        assertThat(web.get("environment")).isEqualTo(parse("[]"));
        assertThat(web.get("user").asText()).isEqualTo("1000:1000");
        assertThat(web.get("readonlyRootFilesystem").asBoolean()).isTrue();
        assertThat(web.get("privileged").asBoolean()).isFalse();
    }
}
