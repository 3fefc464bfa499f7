package io.platform.compute;

import io.platform.json.StableJson;
import io.platform.config.ServiceConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The container definition of one service, rendered with Jackson: read-only root filesystem
 * (with a writable {@code /tmp} volume), user 1000:1000, not privileged, a container health
 * check, awslogs, and secrets injected from Secrets Manager by ARN — never as environment.
 */
final class ContainerDefinitions {
    static final String USER = "1000:1000";
    static final String TMP_VOLUME = "tmp";

    private ContainerDefinitions() {
    }

    /**
     * @param secretArns  environment-variable name → secret ARN
     * @param environment environment-variable name → plain value
     */
    static String render(ServiceConfig service, String image, String logGroup, String region,
                         Map<String, String> environment, Map<String, String> secretArns) {
        return render(service, image, logGroup, region, environment, secretArns, List.of());
    }

    /** A volume the container mounts besides {@code /tmp} (an EFS access point). */
    record Mount(String sourceVolume, String containerPath, boolean readOnly) {
    }

    static String render(ServiceConfig service, String image, String logGroup, String region,
                         Map<String, String> environment, Map<String, String> secretArns, List<Mount> mounts) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", service.name());
        container.put("image", image);
        container.put("essential", true);
        container.put("user", USER);
        container.put("privileged", false);
        container.put("readonlyRootFilesystem", true);
        if (!service.command().isEmpty()) {
            container.put("command", service.command());
        }
        container.put("portMappings", List.of(Map.of("containerPort", service.port(), "protocol", "tcp",
                "name", service.name() + "-" + service.port())));
        Map<String, String> appEnvironment = new java.util.TreeMap<>(environment);
        if (service.xray()) {
            appEnvironment.put(ServiceConfig.XRAY_DAEMON_ADDRESS, XRayDaemon.ADDRESS);
        }
        container.put("environment", nameValues(appEnvironment, "value"));
        container.put("secrets", nameValues(secretArns, "valueFrom"));
        List<Map<String, Object>> mountPoints = new ArrayList<>();
        mountPoints.add(mountPoint(TMP_VOLUME, "/tmp", false));
        mounts.forEach(m -> mountPoints.add(mountPoint(m.sourceVolume(), m.containerPath(), m.readOnly())));
        container.put("mountPoints", mountPoints);
        // An init process reaps zombies and is what ECS Exec attaches through.
        container.put("linuxParameters", Map.of("initProcessEnabled", true));
        container.put("healthCheck", Map.of(
                "command", service.healthCheckCommand().orElse(List.of("CMD-SHELL", "curl -fsS http://localhost:"
                        + service.port() + service.healthCheckPath() + " || exit 1")),
                "interval", 30, "timeout", 5, "retries", 3, "startPeriod", 60));
        container.put("logConfiguration", Map.of("logDriver", "awslogs", "options", Map.of(
                "awslogs-group", logGroup,
                "awslogs-region", region,
                "awslogs-stream-prefix", service.name())));
        return StableJson.write(service.xray()
                ? List.of(container, XRayDaemon.container(logGroup, region)) : List.of(container));
    }

    private static Map<String, Object> mountPoint(String volume, String path, boolean readOnly) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("sourceVolume", volume);
        point.put("containerPath", path);
        point.put("readOnly", readOnly);
        return point;
    }

    private static List<Map<String, String>> nameValues(Map<String, String> values, String valueKey) {
        List<Map<String, String>> out = new ArrayList<>();
        new TreeMap<>(values).forEach((name, value) -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put(valueKey, value);
            out.add(entry);
        });
        return out;
    }
}
