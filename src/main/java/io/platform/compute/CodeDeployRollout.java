package io.platform.compute;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.codedeploy.DeploymentConfig;
import com.pulumi.aws.codedeploy.DeploymentConfigArgs;
import com.pulumi.aws.codedeploy.DeploymentGroup;
import com.pulumi.aws.codedeploy.DeploymentGroupArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentConfigTrafficRoutingConfigArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentConfigTrafficRoutingConfigTimeBasedCanaryArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupAlarmConfigurationArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupAutoRollbackConfigurationArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupBlueGreenDeploymentConfigArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupBlueGreenDeploymentConfigDeploymentReadyOptionArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupBlueGreenDeploymentConfigTerminateBlueInstancesOnDeploymentSuccessArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupDeploymentStyleArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupEcsServiceArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupLoadBalancerInfoArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupLoadBalancerInfoTargetGroupPairInfoArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupLoadBalancerInfoTargetGroupPairInfoProdTrafficRouteArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupLoadBalancerInfoTargetGroupPairInfoTargetGroupArgs;
import com.pulumi.aws.codedeploy.inputs.DeploymentGroupLoadBalancerInfoTargetGroupPairInfoTestTrafficRouteArgs;
import com.pulumi.aws.ecs.Service;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.config.DeploymentStrategy;
import io.platform.config.Naming;
import io.platform.config.ServiceConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A blue/green or canary service's CodeDeploy deployment group (pulumi-aws 6.83.0's ECS service has
 * no native blue/green strategy): traffic moves from the blue to the green target group on the
 * production listener after the test listener served the new task set; a canary first sends
 * {@code canaryPercent} for {@code canaryMinutes}. A 5XX alarm on either target group, or a failed
 * deployment, rolls back; the old task set stays {@code keepOldVersionMinutes} for a fast rollback.
 */
final class CodeDeployRollout {
    static final String FIVE_XX_METRIC = "HTTPCode_Target_5XX_Count";
    static final List<String> ROLLBACK_EVENTS = List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM");

    private CodeDeployRollout() {
    }

    static DeploymentGroup declare(FargateServiceArgs args, Service service, Output<String> clusterName,
                                   CustomResourceOptions child) {
        Naming naming = args.naming();
        ServiceConfig config = args.config();
        String unit = config.name();
        ServiceConfig.Deployment deployment = config.deployment();
        FargateServiceArgs.LoadBalancing lb = args.loadBalancer().orElseThrow(() ->
                new IllegalStateException(unit + ": CodeDeploy needs the service behind the load balancer"));
        FargateServiceArgs.TargetGroupHandle green = lb.green().orElseThrow(() ->
                new IllegalStateException(unit + ": CodeDeploy needs a second target group"));
        FargateServiceArgs.Rollout rollout = args.rollout().orElseThrow(() ->
                new IllegalStateException(unit + ": CodeDeploy needs the stack's application and role"));

        String configName = deployment.codeDeployConfigName(naming.name(unit));
        List<Resource> groupDependsOn = new ArrayList<>();
        if (deployment.strategy() == DeploymentStrategy.CANARY) {
            DeploymentConfig canary = new DeploymentConfig(naming.name(unit + "-canary"), DeploymentConfigArgs.builder()
                    .deploymentConfigName(configName)
                    .computePlatform("ECS")
                    .trafficRoutingConfig(DeploymentConfigTrafficRoutingConfigArgs.builder()
                            .type("TimeBasedCanary")
                            .timeBasedCanary(DeploymentConfigTrafficRoutingConfigTimeBasedCanaryArgs.builder()
                                    .percentage(deployment.canaryPercent())
                                    .interval(deployment.canaryMinutes())
                                    .build())
                            .build())
                    .build(), child);
            groupDependsOn.add(canary);
        }
        List<MetricAlarm> rollbackAlarms = List.of(
                fiveXxAlarm(naming, unit + "-blue-5xx", lb.loadBalancerArnSuffix(), lb.blue().arnSuffix(), deployment, child),
                fiveXxAlarm(naming, unit + "-green-5xx", lb.loadBalancerArnSuffix(), green.arnSuffix(), deployment, child));
        // CodeDeploy checks that the alarms it watches exist.
        groupDependsOn.addAll(rollbackAlarms);
        List<String> alarms = List.of(naming.name(unit + "-blue-5xx"), naming.name(unit + "-green-5xx"));

        var pair = DeploymentGroupLoadBalancerInfoTargetGroupPairInfoArgs.builder()
                .prodTrafficRoute(DeploymentGroupLoadBalancerInfoTargetGroupPairInfoProdTrafficRouteArgs.builder()
                        .listenerArns(lb.productionListenerArn().applyValue(List::of)).build())
                .targetGroups(List.of(
                        DeploymentGroupLoadBalancerInfoTargetGroupPairInfoTargetGroupArgs.builder().name(lb.blue().name()).build(),
                        DeploymentGroupLoadBalancerInfoTargetGroupPairInfoTargetGroupArgs.builder().name(green.name()).build()));
        lb.testListener().ifPresent(test -> pair.testTrafficRoute(
                DeploymentGroupLoadBalancerInfoTargetGroupPairInfoTestTrafficRouteArgs.builder()
                        .listenerArns(test.applyValue(List::of)).build()));

        return new DeploymentGroup(naming.name(unit + "-deploy"), DeploymentGroupArgs.builder()
                .appName(rollout.applicationName())
                .deploymentGroupName(naming.name(unit))
                .serviceRoleArn(rollout.serviceRoleArn())
                .deploymentConfigName(configName)
                .deploymentStyle(DeploymentGroupDeploymentStyleArgs.builder()
                        .deploymentType("BLUE_GREEN").deploymentOption("WITH_TRAFFIC_CONTROL").build())
                .blueGreenDeploymentConfig(DeploymentGroupBlueGreenDeploymentConfigArgs.builder()
                        .deploymentReadyOption(DeploymentGroupBlueGreenDeploymentConfigDeploymentReadyOptionArgs.builder()
                                .actionOnTimeout("CONTINUE_DEPLOYMENT").build())
                        .terminateBlueInstancesOnDeploymentSuccess(
                                DeploymentGroupBlueGreenDeploymentConfigTerminateBlueInstancesOnDeploymentSuccessArgs.builder()
                                        .action("TERMINATE")
                                        .terminationWaitTimeInMinutes(deployment.keepOldVersionMinutes())
                                        .build())
                        .build())
                .ecsService(DeploymentGroupEcsServiceArgs.builder()
                        .clusterName(clusterName).serviceName(service.name()).build())
                .loadBalancerInfo(DeploymentGroupLoadBalancerInfoArgs.builder().targetGroupPairInfo(pair.build()).build())
                .autoRollbackConfiguration(DeploymentGroupAutoRollbackConfigurationArgs.builder()
                        .enabled(true).events(ROLLBACK_EVENTS).build())
                .alarmConfiguration(DeploymentGroupAlarmConfigurationArgs.builder()
                        .enabled(true).alarms(alarms).build())
                .tags(naming.tags(unit + "-deploy"))
                .build(), CustomResourceOptions.builder().parent(child.getParent().orElseThrow())
                .dependsOn(groupDependsOn).build());
    }

    /** 5XX answers of one target group per minute above the service's rollback threshold. */
    private static MetricAlarm fiveXxAlarm(Naming naming, String name, Output<String> loadBalancer,
                                      Output<String> targetGroup, ServiceConfig.Deployment deployment,
                                      CustomResourceOptions child) {
        return new MetricAlarm(naming.name(name), MetricAlarmArgs.builder()
                .name(naming.name(name))
                .alarmDescription("Rolls back a CodeDeploy deployment: more than " + deployment.rollbackOn5xxPerMinute()
                        + " 5XX answers a minute from one target group")
                .namespace("AWS/ApplicationELB")
                .metricName(FIVE_XX_METRIC)
                .dimensions(Output.tuple(loadBalancer, targetGroup).applyValue(t -> Map.of(
                        "LoadBalancer", t.t1, "TargetGroup", t.t2)))
                .statistic("Sum")
                .period(60)
                .evaluationPeriods(1)
                .datapointsToAlarm(1)
                .comparisonOperator("GreaterThanThreshold")
                .threshold((double) deployment.rollbackOn5xxPerMinute())
                .treatMissingData("notBreaching")
                .tags(naming.tags(name))
                .build(), child);
    }
}
