package io.platform.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and validates {@code platform:compute}, including the list of services. */
final class ComputeConfigReader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/*?-]*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9*]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern ACM_ARN = Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]+");

    private ComputeConfigReader() {
    }

    /** Names whose resources would collide with the compute tier's own (log groups named {@code <name>-logs}). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("ecs-exec", "vpc-flow", "waf", "cloudtrail");

    /** @param buckets the catalogue buckets, whose {@code <NAME>_BUCKET} every container gets */
    static ComputeConfig read(ConfigSection compute, Environment env, int logRetentionDays, List<String> secretNames,
                              List<BucketConfig> buckets) {
        List<ServiceConfig> services = compute.sections("services", s -> service(s, env, secretNames, buckets));
        if (services.isEmpty()) {
            throw new ConfigException(compute.keyOf("services"), "is required: at least one service "
                    + "(name, image or repository, port, cpu, memory, desiredCount, min, max, public or worker)");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> routes = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceConfig service = services.get(i);
            String key = compute.keyOf("services") + "[" + i + "]";
            if (!names.add(service.name())) {
                throw new ConfigException(key + ".name", "'" + service.name() + "' is used by another service; "
                        + "service names must be unique");
            }
            for (String route : service.route().map(AlbRoutes::keys).orElse(List.of())) {
                String other = routes.putIfAbsent(route, service.name());
                if (other != null) {
                    throw new ConfigException(key + ".public", "route " + route + " is already served by '" + other
                            + "'; two public services cannot share a host and path");
                }
            }
        }
        int keepImages = compute.integer("ecrKeepImages", 30, 1, 1000);
        boolean exec = compute.bool("execEnabled", !env.isProduction());
        if (exec && env.isProduction()) {
            throw new ConfigException(compute.keyOf("execEnabled"), "true is not allowed in production "
                    + "(ECS Exec opens a shell in running tasks); allowed: false");
        }
        boolean deletionProtection = compute.bool("albDeletionProtection", env.isProduction());
        Optional<String> certificate = compute.optionalString("certificateArn");
        certificate.ifPresent(arn -> {
            if (!ACM_ARN.matcher(arn).matches()) {
                throw new ConfigException(compute.keyOf("certificateArn"), "'" + arn
                        + "' is not an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)");
            }
        });
        checkCalls(compute.keyOf("services"), services);
        ComputeConfig.TestListener testListener = testListener(compute);
        compute.rejectUnknownKeys();
        return new ComputeConfig(services, keepImages, logRetentionDays, exec, deletionProtection, certificate,
                testListener);
    }

    /**
     * {@code calls} name other services of the stack. Service Connect only runs under the ECS
     * deployment controller, so a service that calls or is called deploys rolling.
     */
    private static void checkCalls(String servicesKey, List<ServiceConfig> services) {
        Set<String> names = new HashSet<>();
        services.forEach(s -> names.add(s.name()));
        Set<String> connected = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceConfig service = services.get(i);
            for (int c = 0; c < service.calls().size(); c++) {
                String target = service.calls().get(c);
                String key = servicesKey + "[" + i + "].calls[" + c + "]";
                if (target.equals(service.name()) || !names.contains(target)) {
                    List<String> others = names.stream().filter(n -> !n.equals(service.name())).sorted().toList();
                    throw new ConfigException(key, "'" + target + "' is not another service of this stack"
                            + Suggestions.didYouMean(target, others) + "; allowed: " + String.join(", ", others)
                            + " (services reach the database and Redis through the app tier already)");
                }
                connected.add(service.name());
                connected.add(target);
            }
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceConfig service = services.get(i);
            if (connected.contains(service.name()) && service.deployment().strategy().usesCodeDeploy()) {
                throw new ConfigException(servicesKey + "[" + i + "].deployment.strategy", "'"
                        + service.deployment().strategy().configName() + "' is not allowed for '" + service.name()
                        + "', which takes part in service-to-service calls: ECS Service Connect needs the rolling "
                        + "(ECS) deployment controller; allowed: rolling");
            }
        }
    }

    /** The second HTTPS listener CodeDeploy tests a new task set on, reachable only from the given CIDRs. */
    private static ComputeConfig.TestListener testListener(ConfigSection compute) {
        int port = compute.integer("testListenerPort", 8443, 1, 65535);
        if (port == 80 || port == 443) {
            throw new ConfigException(compute.keyOf("testListenerPort"), port + " is used by the production "
                    + "listeners; allowed: another port, e.g. 8443");
        }
        List<String> cidrs = compute.strings("testListenerCidrs", List.of());
        for (int i = 0; i < cidrs.size(); i++) {
            Cidr.parseBlock(compute.keyOf("testListenerCidrs") + "[" + i + "]", cidrs.get(i), 8, 32);
        }
        return new ComputeConfig.TestListener(port, cidrs);
    }

    private static ServiceConfig service(ConfigSection s, Environment env, List<String> secretNames,
                                         List<BucketConfig> buckets) {
        String name = s.requiredString("name", "the service name (lower-case letters, digits, '-')");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(s.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-31 lower-case "
                    + "letters, digits and '-', starting with a letter");
        }
        if (RESERVED.contains(name)) {
            throw new ConfigException(s.keyOf("name"), "'" + name + "' is reserved (the platform's own resources use it); "
                    + "choose another name");
        }
        Optional<String> image = s.optionalString("image");
        Optional<String> repository = s.optionalString("repository");
        if (image.isPresent() == repository.isPresent()) {
            throw new ConfigException(s.keyOf("image"), "give exactly one of image (a full image reference) "
                    + "or repository (an ECR repository this stack creates)");
        }
        repository.ifPresent(r -> {
            if (!NAME.matcher(r).matches()) {
                throw new ConfigException(s.keyOf("repository"), "'" + r + "' is not allowed; allowed: lower-case "
                        + "letters, digits and '-'");
            }
        });
        String tag = s.string("tag", "latest");
        if (!TAG.matcher(tag).matches() || (repository.isPresent() && tag.equals("latest"))) {
            throw new ConfigException(s.keyOf("tag"), "'" + tag + "' is not allowed; ECR tags are immutable, so give "
                    + "a release tag such as 1.4.2 or a commit SHA");
        }
        int port = s.integer("port", 8000, 1, 65535);
        // SPEC §2 sizes per environment: dev 1 × 0.25 vCPU/0.5 GB, staging 2 × 0.5/1, production 3 × 1/2.
        int cpu = s.integer("cpu", switch (env) {
            case DEV -> 256;
            case STAGING -> 512;
            case PRODUCTION -> 1024;
        }, 1, 16384);
        if (!FargateSizes.cpuValues().contains(cpu)) {
            throw new ConfigException(s.keyOf("cpu"), cpu + " is not a Fargate CPU size; allowed: "
                    + join(FargateSizes.cpuValues()));
        }
        int memory = s.integer("memory", FargateSizes.memoryFor(cpu).get(0), 1, 122880);
        if (!FargateSizes.memoryFor(cpu).contains(memory)) {
            throw new ConfigException(s.keyOf("memory"), memory + " is not valid with cpu " + cpu + "; allowed: "
                    + join(FargateSizes.memoryFor(cpu)));
        }
        int desired = s.integer("desiredCount", switch (env) {
            case DEV -> 1;
            case STAGING -> 2;
            case PRODUCTION -> 3;
        }, 0, 1000);
        int min = s.integer("min", desired, 0, 1000);
        int max = s.integer("max", Math.max(desired, 1) * 2, 1, 1000);
        s.requireAtMost("min", min, "max", max);
        s.requireAtMost("min", min, "desiredCount", desired);
        s.requireAtMost("desiredCount", desired, "max", max);
        String health = s.string("healthCheckPath", "/health");
        if (!PATH.matcher(health).matches()) {
            throw new ConfigException(s.keyOf("healthCheckPath"), "'" + health + "' is not a URL path starting with /");
        }
        Optional<List<String>> healthCheckCommand = s.has("healthCheckCommand")
                ? Optional.of(s.orderedStrings("healthCheckCommand", List.of())) : Optional.empty();
        healthCheckCommand.ifPresent(command -> {
            if (command.isEmpty() || !List.of("CMD", "CMD-SHELL").contains(command.get(0))) {
                throw new ConfigException(s.keyOf("healthCheckCommand"), command + " is not allowed; allowed: a list "
                        + "starting with CMD or CMD-SHELL, e.g. [CMD-SHELL, \"pgrep -f worker || exit 1\"]");
            }
        });
        boolean worker = s.bool("worker", false);
        Optional<ServiceConfig.Route> route = Optional.empty();
        if (s.has("public")) {
            if (worker) {
                throw new ConfigException(s.keyOf("worker"), "true conflicts with public; a service is either "
                        + "public (behind the ALB) or a worker");
            }
            ConfigSection pub = s.section("public");
            List<String> hosts = patterned(pub, "hosts", HOST, "host names such as api.example.com");
            List<String> paths = patterned(pub, "paths", PATH, "URL paths starting with /, e.g. /api/*");
            if (hosts.isEmpty() && paths.isEmpty()) {
                throw new ConfigException(pub.keyOf("paths"), "is required when hosts is empty: a public service "
                        + "needs a host or path to route on");
            }
            pub.rejectUnknownKeys();
            route = Optional.of(new ServiceConfig.Route(hosts, paths));
        } else if (!worker) {
            throw new ConfigException(s.keyOf("public"), "is required unless worker is true: say how the ALB "
                    + "routes to '" + name + "' (public: {paths: [/api/*]}) or mark it worker: true");
        }
        List<String> command = s.orderedStrings("command", List.of());
        String unit = "service '" + name + "'";
        List<String> calls = patterned(s, "calls", NAME, "names of other services of this stack");
        Map<String, String> injected = InjectedVariable.forService(buckets, calls);
        ConfigSection environmentSection = s.section("environment");
        Map<String, String> environment = WorkloadEnvironment.variables(environmentSection);
        InjectedVariable.rejectRedefinition(environmentSection, unit, environment.keySet(), injected);
        Map<String, String> secrets = WorkloadEnvironment.secrets(s, unit, secretNames, environment, true);
        InjectedVariable.rejectRedefinition(s.section("secrets"), unit, secrets.keySet(), injected);
        List<String> endpoints = s.stringsFrom("endpoints", List.of(), NetworkConfig.SUPPORTED_INTERFACE_ENDPOINTS);
        List<IamStatementConfig> statements = IamStatementsReader.read(s, "statements");
        ServiceConfig.Deployment deployment = DeploymentConfigReader.read(s, route.isPresent());
        boolean xray = s.bool("xray", false);
        if (xray && (environment.containsKey(ServiceConfig.XRAY_DAEMON_ADDRESS)
                || secrets.containsKey(ServiceConfig.XRAY_DAEMON_ADDRESS))) {
            throw new ConfigException(s.keyOf("environment") + "." + ServiceConfig.XRAY_DAEMON_ADDRESS, "is set by the "
                    + "platform for " + unit + " (xray: true points it at the daemon sidecar); remove it");
        }
        return new ServiceConfig(name, image, repository, tag, port, cpu, memory, desired, min, max, health,
                healthCheckCommand, route, command, environment, secrets, endpoints, calls, statements, deployment, xray);
    }

    /** A list of strings each matching {@code pattern}; the error names the item and what is allowed. */
    static List<String> patterned(ConfigSection section, String key, Pattern pattern, String allowed) {
        List<String> values = section.strings(key, List.of());
        for (int i = 0; i < values.size(); i++) {
            if (!pattern.matcher(values.get(i)).matches()) {
                throw new ConfigException(section.keyOf(key) + "[" + i + "]", "'" + values.get(i)
                        + "' is not allowed; allowed: " + allowed);
            }
        }
        return values;
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
