package io.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.config.ConfigException;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ACCOUNT;
import static io.platform.observability.OpsPlans.AURORA;
import static io.platform.observability.OpsPlans.ECS_CLUSTER;
import static io.platform.observability.OpsPlans.ECS_SERVICE;
import static io.platform.observability.OpsPlans.OPERATIONS;
import static io.platform.observability.OpsPlans.RDS_CLUSTER;
import static io.platform.observability.OpsPlans.RDS_INSTANCE;
import static io.platform.observability.OpsPlans.ROLE;
import static io.platform.observability.OpsPlans.ROLE_POLICY;
import static io.platform.observability.OpsPlans.SCALING_TARGET;
import static io.platform.observability.OpsPlans.SCHEDULE;
import static io.platform.observability.OpsPlans.SCHEDULED_ACTION;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.dev;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.map;
import static io.platform.observability.OpsPlans.names;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.roleArn;
import static io.platform.observability.OpsPlans.sources;
import static io.platform.observability.OpsPlans.statements;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC §2/§3.6 dev auto-shutdown: at 20:00 New York time every service scales to zero and the
 * database stops; at 08:00 the services return to their scaling bounds and the database starts.
 * Only where auto-shutdown is on: dev by default, staging when asked, production never.
 */
class AutoShutdownTest {
    private static final String NIGHT = "cron(0 20 * * ? *)";
    private static final String MORNING = "cron(0 8 * * ? *)";
    private static final String NEW_YORK = "America/New_York";

    private static PlanResult stagingWithShutdown() {
        return planWith("staging", Map.of("platform:operations", "{\"autoShutdown\":true}"));
    }

    private static PlanResult plan(String variant) {
        return switch (variant) {
            case "dev" -> dev();
            case "staging+autoShutdown" -> stagingWithShutdown();
            default -> io.platform.observability.OpsPlans.plan(variant);
        };
    }

    private static String env(PlanResult plan) {
        return plan.config().naming().environment();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void stagingAndProductionNeverShutDown(String stack) {
        PlanResult plan = plan(stack);
        assertThat(plan.config().operations().autoShutdown()).isFalse();
        assertThat(plan.ofType(SCHEDULED_ACTION)).isEmpty();
        assertThat(plan.ofType(SCHEDULE)).isEmpty();
        assertThat(names(plan, ROLE)).noneMatch(n -> n.contains("scheduler"));
        assertThat(names(plan, ROLE_POLICY)).noneMatch(n -> n.contains("scheduler"));
    }

    @Test
    void productionRefusesAutoShutdown() {
        assertThatThrownBy(() -> planWith("production", Map.of("platform:operations", "{\"autoShutdown\":true}")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:operations.autoShutdown: true is not allowed in production (it stops the database "
                        + "every night); allowed: false");
        assertThatThrownBy(() -> io.platform.testing.StackFixture.load(withOverrides(stackFile("production"),
                Map.of("platform:operations", "{\"autoShutdown\":true}")))).isInstanceOf(ConfigException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging+autoShutdown"})
    void everyServiceScalesToZeroAtEightPmAndBackToItsBoundsAtEightAm(String variant) {
        PlanResult plan = plan(variant);
        String p = "platform-" + env(plan) + "-";
        assertThat(names(plan, SCHEDULED_ACTION)).containsExactlyInAnyOrder(
                p + "api-night", p + "api-morning", p + "worker-night", p + "worker-morning");
        String cluster = (String) resource(plan, ECS_CLUSTER, "cluster").inputValues().get("name");
        for (String service : List.of("api", "worker")) {
            RecordedResource ecsService = resource(plan, ECS_SERVICE, service);
            String resourceId = "service/" + cluster + "/" + ecsService.inputValues().get("name");
            assertThat(resourceId).isEqualTo("service/" + p + "cluster/" + p + service);
            // Back to exactly what the service's scaling target allows by day.
            Map<String, Object> target = resource(plan, SCALING_TARGET, service + "-scaling").inputValues();
            assertThat(target).containsEntry("resourceId", resourceId).containsEntry("minCapacity", 2L)
                    .containsEntry("maxCapacity", 4L);

            RecordedResource night = resource(plan, SCHEDULED_ACTION, service + "-night");
            assertThat(night.inputValues()).containsOnly(
                    Map.entry("name", p + service + "-night"),
                    Map.entry("serviceNamespace", "ecs"),
                    Map.entry("scalableDimension", "ecs:service:DesiredCount"),
                    Map.entry("resourceId", resourceId),
                    Map.entry("schedule", NIGHT),
                    Map.entry("timezone", NEW_YORK),
                    Map.entry("scalableTargetAction", Map.of("minCapacity", 0L, "maxCapacity", 0L)));
            RecordedResource morning = resource(plan, SCHEDULED_ACTION, service + "-morning");
            assertThat(morning.inputValues()).containsOnly(
                    Map.entry("name", p + service + "-morning"),
                    Map.entry("serviceNamespace", "ecs"),
                    Map.entry("scalableDimension", "ecs:service:DesiredCount"),
                    Map.entry("resourceId", resourceId),
                    Map.entry("schedule", MORNING),
                    Map.entry("timezone", NEW_YORK),
                    Map.entry("scalableTargetAction", Map.of("minCapacity", target.get("minCapacity"),
                            "maxCapacity", target.get("maxCapacity"))));
            for (RecordedResource action : List.of(night, morning)) {
                // Taken from the registered scalable target, so the action is put only once the target exists.
                assertThat(sources(action, "resourceId")).containsExactly(
                        resource(plan, SCALING_TARGET, service + "-scaling").urn());
                assertThat(action.parent()).isEqualTo(component(plan, OPERATIONS).urn());
            }
        }
    }

    /**
     * A scheduled action can only be put on a registered scalable target ("No scalable target
     * registered …" otherwise); the actions are built from the service's name, not from the
     * compute tier's target, so nothing orders them after it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging+autoShutdown"})
    void scheduledActionsWaitForTheScalableTarget(String variant) {
        PlanResult plan = plan(variant);
        for (String service : List.of("api", "worker")) {
            String target = resource(plan, SCALING_TARGET, service + "-scaling").urn();
            for (String action : List.of(service + "-night", service + "-morning")) {
                RecordedResource scheduled = resource(plan, SCHEDULED_ACTION, action);
                List<String> upstream = new ArrayList<>(scheduled.dependencies());
                scheduled.propertyDependencies().values().forEach(upstream::addAll);
                assertThat(upstream).as(action).contains(target);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging+autoShutdown"})
    void schedulerStopsTheDatabaseAtEightPmAndStartsItAtEightAm(String variant) {
        PlanResult plan = plan(variant);
        String p = "platform-" + env(plan) + "-";
        RecordedResource db = resource(plan, RDS_INSTANCE, "db");
        String identifier = (String) db.inputValues().get("identifier");
        assertThat(identifier).isEqualTo(p + "db");
        RecordedResource role = resource(plan, ROLE, "db-scheduler-role");
        assertThat(names(plan, SCHEDULE)).containsExactlyInAnyOrder(p + "db-stop", p + "db-start");
        for (String[] expected : List.of(new String[]{"db-stop", NIGHT, "stopDBInstance"},
                new String[]{"db-start", MORNING, "startDBInstance"})) {
            RecordedResource schedule = resource(plan, SCHEDULE, expected[0]);
            Map<String, Object> in = schedule.inputValues();
            assertThat(in).containsOnly(
                    Map.entry("name", p + expected[0]),
                    Map.entry("scheduleExpression", expected[1]),
                    Map.entry("scheduleExpressionTimezone", NEW_YORK),
                    Map.entry("flexibleTimeWindow", Map.of("mode", "OFF")),
                    Map.entry("target", Map.of(
                            "arn", "arn:aws:scheduler:::aws-sdk:rds:" + expected[2],
                            "roleArn", roleArn(role),
                            "input", "{\"DbInstanceIdentifier\":\"" + identifier + "\"}")));
            assertThat(parse((String) ((Map<?, ?>) in.get("target")).get("input")))
                    .isEqualTo(parse("{\"DbInstanceIdentifier\":\"" + identifier + "\"}"));
            assertThat(sources(schedule, "target")).containsExactlyInAnyOrder(db.urn(), role.urn());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "staging+autoShutdown"})
    void schedulerRoleMayOnlyStopAndStartThisDatabase(String variant) {
        PlanResult plan = plan(variant);
        String p = "platform-" + env(plan) + "-";
        RecordedResource role = resource(plan, ROLE, "db-scheduler-role");
        assertThat(statements(json(role, "assumeRolePolicy"))).singleElement().isEqualTo(parse(
                "{\"Sid\":\"SchedulerAssume\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"scheduler.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\""
                        + ACCOUNT + "\"}}}"));
        RecordedResource policy = resource(plan, ROLE_POLICY, "db-scheduler-stop-start");
        assertThat(policy.inputValues()).containsEntry("role", role.id());
        assertThat(sources(policy, "role")).containsExactly(role.urn());
        JsonNode doc = json(policy, "policy");
        assertThat(doc).isEqualTo(parse("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"StopStartDatabase\","
                + "\"Effect\":\"Allow\",\"Action\":[\"rds:StopDBInstance\",\"rds:StartDBInstance\"],"
                + "\"Resource\":\"arn:aws:rds:us-east-1:" + ACCOUNT + ":db:" + p + "db\"}]}"));
        assertThat(sources(policy, "policy")).containsExactly(resource(plan, RDS_INSTANCE, "db").urn());
    }

    @Test
    void anAuroraClusterIsStoppedAndStartedAsACluster() {
        PlanResult plan = planWith("staging", Map.of("platform:data", AURORA,
                "platform:operations", "{\"autoShutdown\":true}"));
        RecordedResource cluster = resource(plan, RDS_CLUSTER, "db");
        assertThat(map(resource(plan, SCHEDULE, "db-stop").inputValues().get("target")))
                .containsEntry("arn", "arn:aws:scheduler:::aws-sdk:rds:stopDBCluster")
                .containsEntry("input", "{\"DbClusterIdentifier\":\"platform-staging-db\"}");
        assertThat(map(resource(plan, SCHEDULE, "db-start").inputValues().get("target")))
                .containsEntry("arn", "arn:aws:scheduler:::aws-sdk:rds:startDBCluster")
                .containsEntry("input", "{\"DbClusterIdentifier\":\"platform-staging-db\"}");
        assertThat(json(resource(plan, ROLE_POLICY, "db-scheduler-stop-start"), "policy")).isEqualTo(parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"StopStartDatabase\",\"Effect\":\"Allow\","
                        + "\"Action\":[\"rds:StopDBCluster\",\"rds:StartDBCluster\"],"
                        + "\"Resource\":\"arn:aws:rds:us-east-1:" + ACCOUNT + ":cluster:platform-staging-db\"}]}"));
        assertThat(sources(resource(plan, SCHEDULE, "db-stop"), "target")).contains(cluster.urn());
    }

    @Test
    void devCanOptOut() {
        PlanResult plan = planWith("staging", Map.of("platform:environment", "dev",
                "platform:operations", "{\"autoShutdown\":false}"));
        assertThat(plan.ofType(SCHEDULED_ACTION)).isEmpty();
        assertThat(plan.ofType(SCHEDULE)).isEmpty();
    }
}
