package io.platform.compute;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.Template.map;
import static io.platform.testing.Template.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blue/green (seed 002's admin) and canary (seed 004: 10 % for 30 minutes, old version kept 24 h)
 * through CodeDeploy: the service hands deployments to CodeDeploy, a second target group and a test
 * listener exist, the deployment group rolls back on failure or on either target group's 5XX alarm.
 */
class CodeDeployRolloutTest {
    private static final String SERVICE = ComputePlan.SERVICE;
    private static final String TARGET_GROUP = ComputePlan.TARGET_GROUP;
    private static final String LISTENER = ComputePlan.LISTENER;
    private static final String LISTENER_RULE = ComputePlan.LISTENER_RULE;
    private static final String A = StackFixture.ACCOUNT;
    private static final PlanResult BLUE_GREEN = WorkloadStacks.plan(SeedWorkloads.credentialMate());
    private static final PlanResult CANARY = WorkloadStacks.plan(SeedWorkloads.techCorp());

    @Test
    void aBlueGreenServiceLeavesDeploymentsToCodeDeploy() {
        Template t = WorkloadStacks.template(BLUE_GREEN);
        Map<String, Object> admin = t.inputs(SERVICE, "admin");
        assertThat(admin).containsEntry("deploymentController", Map.of("type", "CODE_DEPLOY"))
                .doesNotContainKey("deploymentCircuitBreaker");
        assertThat(admin.get("loadBalancers")).isEqualTo(List.of(Map.of("targetGroupArn",
                ComputePlan.arn(t.single(TARGET_GROUP, "tg-admin")), "containerName", "admin", "containerPort", 8000L)));
        // CodeDeploy registers task definitions and moves traffic: Pulumi must not undo that.
        assertThat(t.single(SERVICE, "admin").ignoreChanges()).containsExactly("taskDefinition", "loadBalancers");
        assertThat(t.single(LISTENER_RULE, "alb-rule-admin").ignoreChanges()).containsExactly("actions");
        assertThat(t.single(SERVICE, "backend").ignoreChanges()).isEmpty();
        assertThat(t.single(LISTENER_RULE, "alb-rule-backend").ignoreChanges()).isEmpty();
        // Rolling services keep ECS's circuit breaker.
        assertThat(t.inputs(SERVICE, "backend")).containsEntry("deploymentCircuitBreaker",
                Map.of("enable", true, "rollback", true)).doesNotContainKey("deploymentController");
    }

    @Test
    void theGreenTargetGroupAndTheTestListenerMirrorProduction() {
        Template t = WorkloadStacks.template(BLUE_GREEN);
        Map<String, Object> blue = new java.util.HashMap<>(t.inputs(TARGET_GROUP, "tg-admin"));
        Map<String, Object> green = new java.util.HashMap<>(t.inputs(TARGET_GROUP, "tg-admin-green"));
        assertThat(green.remove("name")).isEqualTo("platform-staging-admin-green");
        assertThat(blue.remove("name")).isEqualTo("platform-staging-admin");
        green.remove("tags");
        blue.remove("tags");
        assertThat(green).isEqualTo(blue);

        Map<String, Object> test = t.inputs(LISTENER, "alb-https-test");
        assertThat(test).containsEntry("port", 8443L).containsEntry("protocol", "HTTPS")
                .containsEntry("sslPolicy", t.inputs(LISTENER, "alb-https").get("sslPolicy"))
                .containsEntry("certificateArn", t.inputs(LISTENER, "alb-https").get("certificateArn"));
        Map<String, Object> prodRule = t.inputs(LISTENER_RULE, "alb-rule-admin");
        Map<String, Object> testRule = t.inputs(LISTENER_RULE, "alb-test-rule-admin");
        assertThat(testRule.get("priority")).isEqualTo(prodRule.get("priority"));
        assertThat(testRule.get("conditions")).isEqualTo(List.of(Map.of("hostHeader",
                Map.of("values", List.of("admin.staging.example.com")))));
        assertThat(testRule.get("actions")).isEqualTo(prodRule.get("actions"));
        assertThat(testRule.get("listenerArn")).isEqualTo(ComputePlan.arn(t.single(LISTENER, "alb-https-test")));
        // Only the configured CIDRs reach the test port; the internet does not.
        assertThat(t.inputs("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "alb-in-test-1"))
                .containsEntry("cidrIpv4", "10.8.0.0/16").containsEntry("fromPort", 8443L).containsEntry("toPort", 8443L);
    }

    @Test
    void theDeploymentGroupRollsBackOnFailureAndOnEitherTargetGroupsFiveXx() {
        Template t = WorkloadStacks.template(BLUE_GREEN);
        RecordedResource group = t.single("aws:codedeploy/deploymentGroup:DeploymentGroup", "admin-deploy");
        Map<String, Object> in = group.inputValues();
        assertThat(in).containsEntry("appName", "platform-staging-ecs-deploy")
                .containsEntry("deploymentGroupName", "platform-staging-admin")
                .containsEntry("deploymentConfigName", "CodeDeployDefault.ECSAllAtOnce")
                .containsEntry("deploymentStyle", Map.of("deploymentType", "BLUE_GREEN", "deploymentOption", "WITH_TRAFFIC_CONTROL"))
                .containsEntry("ecsService", Map.of("clusterName", "platform-staging-cluster", "serviceName", "platform-staging-admin"))
                .containsEntry("autoRollbackConfiguration", Map.of("enabled", true,
                        "events", List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM")))
                .containsEntry("alarmConfiguration", Map.of("enabled", true,
                        "alarms", List.of("platform-staging-admin-blue-5xx", "platform-staging-admin-green-5xx")));
        assertThat(map(in.get("blueGreenDeploymentConfig")).get("terminateBlueInstancesOnDeploymentSuccess"))
                .isEqualTo(Map.of("action", "TERMINATE", "terminationWaitTimeInMinutes", 60L));
        assertThat(map(in.get("loadBalancerInfo")).get("targetGroupPairInfo")).isEqualTo(Map.of(
                "prodTrafficRoute", Map.of("listenerArns", List.of(ComputePlan.arn(t.single(LISTENER, "alb-https")))),
                "testTrafficRoute", Map.of("listenerArns", List.of(ComputePlan.arn(t.single(LISTENER, "alb-https-test")))),
                "targetGroups", List.of(Map.of("name", "platform-staging-admin"), Map.of("name", "platform-staging-admin-green"))));
        RecordedResource greenAlarm = t.single("aws:cloudwatch/metricAlarm:MetricAlarm", "admin-green-5xx");
        assertThat(greenAlarm.inputValues()).containsEntry("namespace", "AWS/ApplicationELB")
                .containsEntry("metricName", "HTTPCode_Target_5XX_Count").containsEntry("statistic", "Sum")
                .containsEntry("period", 60L).containsEntry("threshold", 10L)
                .containsEntry("comparisonOperator", "GreaterThanThreshold");
        assertThat(map(greenAlarm.inputValues().get("dimensions")).get("TargetGroup")).asString()
                .startsWith("targetgroup/platform-staging-admin-green/");
        assertThat(group.dependencies()).contains(greenAlarm.urn());
        assertThat(in.get("serviceRoleArn")).isEqualTo("arn:aws:iam::" + A + ":role/"
                + t.single("aws:iam/role:Role", "codedeploy-role").id());
        assertThat(t.json("aws:iam/role:Role", "codedeploy-role", "assumeRolePolicy").at("/Statement/0/Principal/Service")
                .asText()).isEqualTo("codedeploy.amazonaws.com");
        assertThat(t.inputs("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "codedeploy-ecs-policy"))
                .containsEntry("policyArn", "arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS");
    }

    @Test
    void techCorpsCanaryMovesTenPercentForThirtyMinutesAndKeepsTheOldVersionADay() {
        Template t = WorkloadStacks.template(CANARY);
        RecordedResource config = t.single("aws:codedeploy/deploymentConfig:DeploymentConfig", "api-canary");
        assertThat(config.inputValues()).containsEntry("deploymentConfigName", "platform-staging-api-canary-10pct-30m")
                .containsEntry("computePlatform", "ECS")
                .containsEntry("trafficRoutingConfig", Map.of("type", "TimeBasedCanary",
                        "timeBasedCanary", Map.of("percentage", 10L, "interval", 30L)));
        RecordedResource group = t.single("aws:codedeploy/deploymentGroup:DeploymentGroup", "api-deploy");
        assertThat(group.inputValues()).containsEntry("deploymentConfigName", "platform-staging-api-canary-10pct-30m");
        assertThat(map(map(group.inputValues().get("blueGreenDeploymentConfig"))
                .get("terminateBlueInstancesOnDeploymentSuccess")).get("terminationWaitTimeInMinutes")).isEqualTo(1440L);
        assertThat(group.dependencies()).contains(config.urn());
        assertThat(CANARY.ofType("aws:codedeploy/deploymentGroup:DeploymentGroup")).hasSize(1);
        assertThat(parse(String.valueOf(t.inputs("aws:iam/rolePolicy:RolePolicy", "github-deploy-permissions").get("policy")))
                .toString()).contains("deploymentconfig:platform-staging-api-canary-10pct-30m");
    }

    @Test
    void rollingStacksDeclareNoCodeDeployResources() {
        PlanResult staging = StackFixture.plan("staging");
        assertThat(staging.resources()).noneMatch(r -> r.type().startsWith("aws:codedeploy/"));
        assertThat(staging.ofType(LISTENER)).hasSize(2);
    }
}
