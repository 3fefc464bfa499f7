package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ECS service from {@code platform:compute.services}. Adding a service is a config change:
 * the compute tier turns each entry into its log group, task definition, service and scaling.
 *
 * @param secrets     environment variable → secret reference ({@code name} or {@code name:jsonKey})
 * @param endpoints   interface endpoints (short names, e.g. {@code email-smtp}) the service calls AWS through;
 *                    each must be in {@code platform:network.interfaceEndpoints}; the service's own security
 *                    group gets the rules to reach them beyond HTTPS (SES SMTP on 587)
 * @param calls       other services this one calls through ECS Service Connect
 * @param statements  extra task-role statements; a service with any gets a task role of its own
 * @param xray        the task runs the X-Ray daemon beside the app (and its task role may send traces)
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
        List<String> endpoints,
        List<String> calls,
        List<IamStatementConfig> statements,
        Deployment deployment,
        boolean xray) {

    /** The X-Ray daemon address the app container gets when {@link #xray} is on (awsvpc: the task's loopback). */
    public static final String XRAY_DAEMON_ADDRESS = "AWS_XRAY_DAEMON_ADDRESS";

    /** A service without the X-Ray daemon. */
    public ServiceConfig(String name, Optional<String> image, Optional<String> repository, String tag, int port, int cpu,
                         int memory, int desiredCount, int min, int max, String healthCheckPath,
                         Optional<List<String>> healthCheckCommand, Optional<Route> route, List<String> command,
                         Map<String, String> environment, Map<String, String> secrets, List<String> endpoints,
                         List<String> calls, List<IamStatementConfig> statements, Deployment deployment) {
        this(name, image, repository, tag, port, cpu, memory, desiredCount, min, max, healthCheckPath, healthCheckCommand,
                route, command, environment, secrets, endpoints, calls, statements, deployment, false);
    }

    public ServiceConfig {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        secrets = Map.copyOf(secrets);
        endpoints = List.copyOf(endpoints);
        calls = List.copyOf(calls);
        statements = List.copyOf(statements);
    }

    /**
     * How new versions roll out; for CodeDeploy strategies, the canary (share, minutes), how long
     * the old task set is kept, and the per-target-group 5XX count per minute that rolls back.
     */
    public record Deployment(DeploymentStrategy strategy, int canaryPercent, int canaryMinutes,
                             int keepOldVersionMinutes, int rollbackOn5xxPerMinute) {
        public static final Deployment ROLLING = new Deployment(DeploymentStrategy.ROLLING, 10, 30, 60, 10);
        /** CodeDeploy's predefined configuration that moves all traffic at once. */
        public static final String ALL_AT_ONCE = "CodeDeployDefault.ECSAllAtOnce";

        /**
         * The CodeDeploy deployment configuration: AWS's all-at-once for blue/green; for a canary one
         * of the stack's own, named {@code <service>-canary-<percent>pct-<minutes>m}, since AWS predefines
         * only 5- and 15-minute canaries.
         */
        public String codeDeployConfigName(String qualifiedServiceName) {
            return strategy == DeploymentStrategy.CANARY
                    ? qualifiedServiceName + "-canary-" + canaryPercent + "pct-" + canaryMinutes + "m" : ALL_AT_ONCE;
        }
    }

    /** Behind the ALB, matched by host and/or path; a service without a route is a worker. */
    public record Route(List<String> hosts, List<String> paths) {
        public Route {
            hosts = List.copyOf(hosts);
            paths = List.copyOf(paths);
        }
    }

    /** The variable a caller finds {@code http://<service>:<port>} in: {@code BILLING_API_URL} for {@code billing-api}. */
    public static String urlVariable(String service) {
        return service.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_URL";
    }

    public boolean isPublic() {
        return route.isPresent();
    }
}
