package io.platform.policy.rules.cases;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.ECS_CAPACITY_PROVIDER;
import static io.platform.policy.rules.AwsTypes.ECS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;
import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;
import static io.platform.policy.rules.AwsTypes.ECS_TASK_SET;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.set;

/** ECS rules: task definitions (container definitions are one JSON string), services, task sets, clusters. */
final class EcsCases {
    static final String API = """
            {"name": "api", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.0.0", "essential": true,
             "user": "1000:1000", "readonlyRootFilesystem": true, "privileged": false,
             "environment": [{"name": "PORT", "value": "8000"}],
             "secrets": [{"name": "DATABASE_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"}],
             "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/api"}}}""";

    private EcsCases() {
    }

    static Map<String, Object> task(String... containers) {
        return m("family", "api", "networkMode", "awsvpc", "requiresCompatibilities", l("FARGATE"), "cpu", "512",
                "memory", "1024", "containerDefinitions", "[" + String.join(",", containers) + "]");
    }

    static Map<String, Object> withVolumes(Map<String, Object> task, Object... volumes) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(task);
        out.put("volumes", l(volumes));
        return out;
    }

    static Map<String, Object> service() {
        return m("cluster", "arn:cluster", "taskDefinition", "arn:task", "launchType", "FARGATE", "desiredCount", 2,
                "platformVersion", "LATEST", "enableExecuteCommand", false,
                "deploymentCircuitBreaker", m("enable", true, "rollback", true),
                "networkConfiguration", m("assignPublicIp", false, "subnets", l("subnet-a")));
    }

    static void define(Cases c) {
        String task = ECS_TASK_DEFINITION.current();
        c.resource("ecs-read-only-root-filesystem", task, task(API))
                .pass()
                .fail(set("containerDefinitions", "[" + API.replace("\"readonlyRootFilesystem\": true", "\"readonlyRootFilesystem\": false") + "]"),
                        "containerDefinitions[api].readonlyRootFilesystem is false;")
                .fail(set("containerDefinitions", "[" + API.replace("\"readonlyRootFilesystem\": true,", "") + "]"),
                        "containerDefinitions[api].readonlyRootFilesystem is not set;")
                .unknown("containerDefinitions");

        c.resource("ecs-non-root-user", task, task(API))
                .pass()
                .fail(set("containerDefinitions", "[" + API.replace("\"user\": \"1000:1000\"", "\"user\": \"0:0\"") + "]"),
                        "containerDefinitions[api].user is 0:0;")
                .fail(set("containerDefinitions", "[" + API.replace("\"user\": \"1000:1000\",", "") + "]"),
                        "containerDefinitions[api].user is not set (runs as root);")
                .unknown("containerDefinitions")
                // ECS.21: Windows containers judged against ContainerAdministrator, not root
                .pass(set("runtimePlatform", m("operatingSystemFamily", "WINDOWS_SERVER_2022_CORE")))
                .fail(List.of(set("runtimePlatform", m("operatingSystemFamily", "WINDOWS_SERVER_2022_CORE")),
                        set("containerDefinitions", "[" + API.replace("\"1000:1000\"", "\"ContainerAdministrator\"") + "]")),
                        "containerDefinitions[api].user is ContainerAdministrator;")
                .fail(List.of(set("runtimePlatform", m("operatingSystemFamily", "WINDOWS_SERVER_2019_FULL")),
                        set("containerDefinitions", "[" + API.replace("\"user\": \"1000:1000\",", "") + "]")),
                        "containerDefinitions[api].user is not set (runs as ContainerAdministrator);")
                .pass(set("runtimePlatform", m("operatingSystemFamily", "LINUX", "cpuArchitecture", "ARM64")))
                .unknown("runtimePlatform.operatingSystemFamily");

        c.resource("ecs-no-host-network", task, task(API))
                .pass()
                .pass(set("networkMode", "bridge"))
                .pass(del("networkMode"))
                .fail(set("networkMode", "host"), "networkMode is host;")
                .unknown("networkMode");

        Map<String, Object> efsVolume = m("name", "shared", "efsVolumeConfiguration",
                m("fileSystemId", "fs-123", "transitEncryption", "ENABLED", "rootDirectory", "/shared"));
        c.resource("ecs-efs-transit-encryption", task, withVolumes(task(API), efsVolume, m("name", "scratch")))
                .pass()
                .pass(del("volumes"))
                .fail(set("volumes[0].efsVolumeConfiguration.transitEncryption", "DISABLED"),
                        "volumes[shared].efsVolumeConfiguration.transitEncryption is DISABLED;")
                .fail(del("volumes[0].efsVolumeConfiguration.transitEncryption"),
                        "volumes[shared].efsVolumeConfiguration.transitEncryption is DISABLED (the default);")
                .unknown("volumes[0].efsVolumeConfiguration.transitEncryption")
                .unknown("volumes[0].efsVolumeConfiguration.transitEncryption",
                        set("volumes[1].efsVolumeConfiguration", m("fileSystemId", "fs-456")),
                        "volumes[scratch].efsVolumeConfiguration.transitEncryption is DISABLED (the default);");

        c.resource("ecs-capacity-provider-termination-protection", ECS_CAPACITY_PROVIDER.current(), m("name", "ec2",
                        "autoScalingGroupProvider", m("autoScalingGroupArn", "arn:aws:autoscaling:us-east-1:123456789012:"
                                + "autoScalingGroup:1:autoScalingGroupName/ecs", "managedTerminationProtection", "ENABLED",
                                "managedScaling", m("status", "ENABLED", "targetCapacity", 100))))
                .pass()
                .fail(set("autoScalingGroupProvider.managedTerminationProtection", "DISABLED"),
                        "autoScalingGroupProvider.managedTerminationProtection is DISABLED;")
                .fail(del("autoScalingGroupProvider.managedTerminationProtection"),
                        "autoScalingGroupProvider.managedTerminationProtection is DISABLED (the default);")
                .unknown("autoScalingGroupProvider.managedTerminationProtection");

        c.resource("ecs-not-privileged", task, task(API))
                .pass()
                .fail(set("containerDefinitions", "[" + API.replace("\"privileged\": false", "\"privileged\": true") + "]"),
                        "containerDefinitions[api].privileged is true;")
                .unknown("containerDefinitions");

        c.resource("ecs-awslogs", task, task(API))
                .pass()
                .fail(set("containerDefinitions", "[" + API.replace("\"awslogs\"", "\"json-file\"") + "]"),
                        "containerDefinitions[api].logConfiguration.logDriver is json-file;")
                .setting("allowedLogDrivers", l("awslogs", "awsfirelens"))
                .pass(set("containerDefinitions", "[" + API.replace("\"awslogs\"", "\"awsfirelens\"") + "]"))
                .fail(set("containerDefinitions", "[" + API.replace(",\n \"logConfiguration\": {\"logDriver\": \"awslogs\", "
                        + "\"options\": {\"awslogs-group\": \"/ecs/api\"}}", "") + "]"), "containerDefinitions[api].logConfiguration is not set;")
                .unknown("containerDefinitions");

        c.resource("ecs-no-plain-secrets", task, task(API))
                .pass()
                .fail(set("containerDefinitions", "[" + API.replace("{\"name\": \"PORT\", \"value\": \"8000\"}",
                        "{\"name\": \"STRIPE_API_KEY\", \"value\": \"sk_live_x\"}") + "]"),
                        "containerDefinitions[api].environment has STRIPE_API_KEY as a plain value;")
                .pass(set("containerDefinitions", "[" + API.replace("\"PORT\"", "\"KEYBOARD_LAYOUT\"") + "]"))
                .unknown("containerDefinitions");

        c.resource("ecs-host-network-secure", task, task(API))
                .pass()
                .pass(set("networkMode", "host"))
                .fail(List.of(set("networkMode", "host"), set("containerDefinitions", "[" + API.replace("\"user\": \"1000:1000\",", "") + "]")),
                        "containerDefinitions[api].user is not set (root) in networkMode host;")
                .unknown("networkMode");

        c.resource("ecs-no-host-pid", task, task(API))
                .pass()
                .pass(set("pidMode", "task"))
                .fail(set("pidMode", "host"), "pidMode is host;")
                .unknown("pidMode");

        String service = ECS_SERVICE.current();
        c.resource("ecs-no-public-ip", service, service())
                .pass()
                .fail(set("networkConfiguration.assignPublicIp", true), "networkConfiguration.assignPublicIp is true;")
                .unknown("networkConfiguration.assignPublicIp")
                .as(ECS_TASK_SET.current(), m("cluster", "c", "service", "s", "taskDefinition", "t",
                        "networkConfiguration", m("assignPublicIp", false, "subnets", l("subnet-a"))))
                .pass()
                .fail(set("networkConfiguration.assignPublicIp", true), "networkConfiguration.assignPublicIp is true;");

        c.resource("ecs-circuit-breaker", service, service())
                .pass()
                .pass(del("deploymentCircuitBreaker"), set("deploymentController", m("type", "CODE_DEPLOY")))
                .fail(set("deploymentCircuitBreaker.rollback", false), "deploymentCircuitBreaker.rollback is false;")
                .fail(del("deploymentCircuitBreaker"), "deploymentCircuitBreaker.enable is not set", "deploymentCircuitBreaker.rollback is not set")
                .unknown("deploymentCircuitBreaker.enable")
                .unknown("deploymentCircuitBreaker.enable", set("deploymentCircuitBreaker.rollback", false),
                        "deploymentCircuitBreaker.rollback is false;");

        c.resource("ecs-exec-disabled-in-production", service, service())
                .inStack("production")
                .pass()
                .fail(set("enableExecuteCommand", true), "enableExecuteCommand is true;")
                .unknown("enableExecuteCommand")
                .inStack("staging")
                .pass(set("enableExecuteCommand", true));

        c.resource("ecs-fargate-platform-version", service, service())
                .pass()
                .pass(set("platformVersion", "1.4.0"))
                .pass(set("launchType", "EC2"), set("platformVersion", "1.3.0"))
                .fail(set("platformVersion", "1.3.0"), "platformVersion is 1.3.0;")
                .fail(List.of(del("launchType"), set("capacityProviderStrategies", l(m("capacityProvider", "FARGATE_SPOT", "weight", 1))),
                        set("platformVersion", "1.3.0")), "platformVersion is 1.3.0;")
                .unknown("platformVersion")
                .as(ECS_TASK_SET.current(), m("cluster", "c", "service", "s", "taskDefinition", "t", "launchType", "FARGATE",
                        "platformVersion", "1.4.0"))
                .fail(set("platformVersion", "1.2.0"), "platformVersion is 1.2.0;");

        c.resource("ecs-container-insights", ECS_CLUSTER.current(), m("name", "platform",
                        "settings", l(m("name", "containerInsights", "value", "enabled"))))
                .pass()
                .pass(set("settings[0].value", "enhanced"))
                .fail(set("settings[0].value", "disabled"), "settings containerInsights is disabled;")
                .fail(del("settings"), "settings containerInsights is not set;")
                .unknown("settings");
    }
}
