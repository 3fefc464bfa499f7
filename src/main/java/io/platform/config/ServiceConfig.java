package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ECS service from {@code platform:compute.services}. Adding a service is a config change:
 * the compute tier turns each entry into its log group, task definition, service and scaling.
 *
 * @param endpoints  interface endpoints (short names, e.g. {@code email-smtp}) the service calls AWS through;
 *                   each must be in {@code platform:network.interfaceEndpoints}
 */
public record ServiceConfig(
        String name,
        Optional<String> image,
        Optional<String> repository,
        String tag,
        int port,
        int cpu,
        int memory,
        int desiredCount,
        int min,
        int max,
        String healthCheckPath,
        Optional<List<String>> healthCheckCommand,
        Optional<Route> route,
        List<String> command,
        Map<String, String> environment,
        Map<String, String> secrets,
        List<String> endpoints) {

    public ServiceConfig {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        secrets = Map.copyOf(secrets);
        endpoints = List.copyOf(endpoints);
    }

    /** A service that calls no AWS service through an endpoint of its own. */
    public ServiceConfig(String name, Optional<String> image, Optional<String> repository, String tag, int port, int cpu,
                         int memory, int desiredCount, int min, int max, String healthCheckPath,
                         Optional<List<String>> healthCheckCommand, Optional<Route> route, List<String> command,
                         Map<String, String> environment, Map<String, String> secrets) {
        this(name, image, repository, tag, port, cpu, memory, desiredCount, min, max, healthCheckPath,
                healthCheckCommand, route, command, environment, secrets, List.of());
    }

    /** Behind the ALB, matched by host and/or path; a service without a route is a worker. */
    public record Route(List<String> hosts, List<String> paths) {
        public Route {
            hosts = List.copyOf(hosts);
            paths = List.copyOf(paths);
        }
    }

    public boolean isPublic() {
        return route.isPresent();
    }
}
