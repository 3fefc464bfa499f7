package io.platform.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The X-Ray daemon sidecar of a service with {@code xray: true}: AWS's image pinned by version, listening on
 * 2000/udp inside the task (awsvpc: the app reaches it on the loopback), non-essential so a daemon crash never
 * stops the app, with a small CPU share and memory reservation taken from the task's size, logging to the
 * service's log group under its own stream prefix, as locked down as the app container.
 */
final class XRayDaemon {
    static final String NAME = "xray-daemon";
    /** AWS's X-Ray daemon image, pinned (3.6.0, 2025-09): never a moving tag. */
    static final String IMAGE = "public.ecr.aws/xray/aws-xray-daemon:3.6.0";
    static final int PORT = 2000;
    static final String ADDRESS = "127.0.0.1:" + PORT;
    /** CPU units (of the task's 1024 per vCPU) and MiB reserved for the daemon within the task size. */
    static final int CPU = 32;
    static final int MEMORY_RESERVATION_MB = 64;

    private XRayDaemon() {
    }

    static Map<String, Object> container(String logGroup, String region) {
        Map<String, Object> daemon = new LinkedHashMap<>();
        daemon.put("name", NAME);
        daemon.put("image", IMAGE);
        daemon.put("essential", false);
        daemon.put("cpu", CPU);
        daemon.put("memoryReservation", MEMORY_RESERVATION_MB);
        daemon.put("user", ContainerDefinitions.USER);
        daemon.put("privileged", false);
        daemon.put("readonlyRootFilesystem", true);
        daemon.put("portMappings", List.of(Map.of("containerPort", PORT, "protocol", "udp")));
        daemon.put("logConfiguration", Map.of("logDriver", "awslogs", "options", Map.of(
                "awslogs-group", logGroup,
                "awslogs-region", region,
                "awslogs-stream-prefix", NAME)));
        return daemon;
    }
}
