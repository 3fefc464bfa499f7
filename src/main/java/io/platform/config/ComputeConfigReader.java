package io.platform.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and validates {@code platform:compute}, including the list of services. */
final class ComputeConfigReader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern ENV_VAR = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/*?-]*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9*]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern ACM_ARN = Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]+");

    private ComputeConfigReader() {
    }

    /** Names whose resources would collide with the compute tier's own (log groups named {@code <name>-logs}). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("ecs-exec", "vpc-flow", "waf", "cloudtrail");

    static ComputeConfig read(ConfigSection compute, Environment env, int logRetentionDays, List<String> secretNames) {
        List<ServiceConfig> services = compute.sections("services", s -> service(s, env, secretNames));
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
            for (String route : routeKeys(service)) {
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
        compute.rejectUnknownKeys();
        return new ComputeConfig(services, keepImages, logRetentionDays, exec, deletionProtection, certificate);
    }

    private static ServiceConfig service(ConfigSection s, Environment env, List<String> secretNames) {
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
                ? Optional.of(s.strings("healthCheckCommand", List.of())) : Optional.empty();
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
        ConfigSection environmentSection = s.section("environment");
        ConfigSection secretsSection = s.section("secrets");
        Map<String, String> environment = stringMap(environmentSection, "environment");
        Map<String, String> secrets = stringMap(secretsSection, "secrets");
        InjectedVariable.rejectRedefinition(environmentSection, "service '" + name + "'", environment.keySet());
        InjectedVariable.rejectRedefinition(secretsSection, "service '" + name + "'", secrets.keySet());
        secrets.forEach((variable, secret) -> {
            if (environment.containsKey(variable)) {
                throw new ConfigException(secretsSection.keyOf(variable), "service '" + name + "' sets " + variable
                        + " here and in " + environmentSection.keyOf(variable) + "; a variable is either plain "
                        + "environment or injected from Secrets Manager");
            }
            if (!secretNames.contains(secret)) {
                throw new ConfigException(secretsSection.keyOf(variable), "'" + secret + "' is not a secret this "
                        + "stack defines" + Suggestions.didYouMean(secret, secretNames) + "; allowed: "
                        + String.join(", ", secretNames));
            }
        });
        return new ServiceConfig(name, image, repository, tag, port, cpu, memory, desired, min, max, health,
                healthCheckCommand, route, command, environment, secrets);
    }

    /** A flat map of environment-variable names to strings. */
    private static Map<String, String> stringMap(ConfigSection section, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : section.keys()) {
            if (!ENV_VAR.matcher(key).matches()) {
                throw new ConfigException(section.keyOf(key), "is not an environment variable name; allowed: "
                        + "upper-case letters, digits and _");
            }
            values.put(key, section.string(key, ""));
        }
        return values;
    }

    private static List<String> patterned(ConfigSection section, String key, Pattern pattern, String allowed) {
        List<String> values = section.strings(key, List.of());
        for (int i = 0; i < values.size(); i++) {
            if (!pattern.matcher(values.get(i)).matches()) {
                throw new ConfigException(section.keyOf(key) + "[" + i + "]", "'" + values.get(i)
                        + "' is not allowed; allowed: " + allowed);
            }
        }
        return values;
    }

    /** Every host × path pair a public service answers; a missing side matches anything. */
    private static List<String> routeKeys(ServiceConfig service) {
        if (service.route().isEmpty()) {
            return List.of();
        }
        var route = service.route().get();
        List<String> hosts = route.hosts().isEmpty() ? List.of("*") : route.hosts();
        List<String> paths = route.paths().isEmpty() ? List.of("/*") : route.paths();
        List<String> keys = new ArrayList<>();
        hosts.forEach(h -> paths.forEach(p -> keys.add(h + p)));
        return keys;
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
