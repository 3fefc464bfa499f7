package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:instances}, a list of EC2 hosts. */
final class InstanceConfigReader {
    /** Amazon Linux 2023, the latest x86-64 image, as AWS publishes it in SSM. */
    static final String DEFAULT_AMI_PARAMETER = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    static final String DEFAULT_INSTANCE_TYPE = "t3.medium";
    /** EC2 accepts at most 16 KB of user data. */
    static final int MAX_USER_DATA_BYTES = 16 * 1024;
    /** Remote shells go through Session Manager; these ports never open to a CIDR. */
    static final List<Integer> SHELL_PORTS = List.of(22, 3389);
    private static final Pattern PUBLIC_PARAMETER = Pattern.compile("/aws/service/[A-Za-z0-9_./-]+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9*]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/*?-]*");

    private InstanceConfigReader() {
    }

    static List<InstanceConfig> read(ConfigSection root, String key, Environment env, NetworkConfig network,
                                     List<String> secretNames) {
        List<InstanceConfig> instances = root.sections(key, i -> instance(i, env, network, secretNames));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < instances.size(); i++) {
            if (!names.add(instances.get(i).name())) {
                throw new ConfigException(root.keyOf(key) + "[" + i + "].name", "'" + instances.get(i).name()
                        + "' is used by another instance; instance names must be unique");
            }
        }
        return instances;
    }

    private static InstanceConfig instance(ConfigSection s, Environment env, NetworkConfig network,
                                           List<String> secretNames) {
        String name = s.requiredString("name", "the instance's name (lower-case letters, digits, '-')");
        if (!FunctionConfigReader.NAME.matcher(name).matches()) {
            throw new ConfigException(s.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-31 lower-case "
                    + "letters, digits and '-', starting with a letter");
        }
        String type = s.fromCatalogue("instanceType", DEFAULT_INSTANCE_TYPE, InstanceClasses.EC2);
        String ami = s.string("amiParameter", DEFAULT_AMI_PARAMETER);
        if (!PUBLIC_PARAMETER.matcher(ami).matches()) {
            throw new ConfigException(s.keyOf("amiParameter"), "'" + ami + "' is not an AWS public SSM parameter; allowed: "
                    + "/aws/service/..., e.g. " + DEFAULT_AMI_PARAMETER);
        }
        int rootGb = s.integer("rootVolumeGb", 30, 8, 16384);
        int subnet = s.integer("subnet", 1, 1, network.azCount());
        Optional<String> userData = userData(s);
        OptionalInt port = s.has("port") ? OptionalInt.of(port(s)) : OptionalInt.empty();
        Optional<InstanceConfig.LoadBalancerRoute> route = loadBalancer(s, port);
        List<String> admin = adminCidrs(s, port);
        List<String> calls = s.strings("calls", List.of());
        for (int i = 0; i < calls.size(); i++) {
            if (!FunctionConfigReader.CALL_TARGETS.contains(calls.get(i))) {
                throw new ConfigException(s.keyOf("calls") + "[" + i + "]", "'" + calls.get(i) + "' is not allowed; "
                        + "allowed: " + String.join(", ", FunctionConfigReader.CALL_TARGETS));
            }
        }
        List<String> secrets = s.stringsFrom("secrets", List.of(), secretNames);
        List<IamStatementConfig> statements = IamStatementsReader.read(s, "statements");
        boolean protection = s.bool("terminationProtection", env.isProduction());
        return new InstanceConfig(name, type, ami, rootGb, subnet, userData, port, route, admin,
                calls, secrets, statements, protection);
    }

    private static Optional<String> userData(ConfigSection s) {
        Optional<String> userData = s.optionalString("userData");
        userData.ifPresent(u -> {
            int bytes = u.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_USER_DATA_BYTES) {
                throw new ConfigException(s.keyOf("userData"), "is " + bytes + " bytes; EC2 accepts at most "
                        + MAX_USER_DATA_BYTES + " (fetch the rest from S3 at boot)");
            }
        });
        return userData;
    }

    private static int port(ConfigSection s) {
        int port = s.integer("port", 8080, 1, 65535);
        if (SHELL_PORTS.contains(port)) {
            throw new ConfigException(s.keyOf("port"), port + " is a remote-shell port; hosts are reached through "
                    + "Session Manager (no SSH or RDP), so serve the application on another port");
        }
        return port;
    }

    private static Optional<InstanceConfig.LoadBalancerRoute> loadBalancer(ConfigSection s, OptionalInt port) {
        if (!s.has("loadBalancer")) {
            return Optional.empty();
        }
        if (port.isEmpty()) {
            throw new ConfigException(s.keyOf("port"), "is required with loadBalancer: the port the target group "
                    + "forwards to");
        }
        ConfigSection lb = s.section("loadBalancer");
        List<String> hosts = ComputeConfigReader.patterned(lb, "hosts", HOST, "host names such as airflow.example.com");
        List<String> paths = ComputeConfigReader.patterned(lb, "paths", PATH, "URL paths starting with /, e.g. /airflow/*");
        if (hosts.isEmpty() && paths.isEmpty()) {
            throw new ConfigException(lb.keyOf("hosts"), "is required when paths is empty: the ALB needs a host or "
                    + "path to route on");
        }
        String health = lb.string("healthCheckPath", "/health");
        if (!PATH.matcher(health).matches()) {
            throw new ConfigException(lb.keyOf("healthCheckPath"), "'" + health + "' is not a URL path starting with /");
        }
        lb.rejectUnknownKeys();
        return Optional.of(new InstanceConfig.LoadBalancerRoute(new ServiceConfig.Route(hosts, paths), health));
    }

    private static List<String> adminCidrs(ConfigSection s, OptionalInt port) {
        List<String> cidrs = s.strings("adminCidrs", List.of());
        for (int i = 0; i < cidrs.size(); i++) {
            String key = s.keyOf("adminCidrs") + "[" + i + "]";
            // Admins come from known networks (VPN, office): never the internet, at most a /8.
            Cidr.parseBlock(key, cidrs.get(i), 8, 32);
        }
        if (!cidrs.isEmpty() && port.isEmpty()) {
            throw new ConfigException(s.keyOf("port"), "is required with adminCidrs: the port admins reach");
        }
        return cidrs;
    }
}
