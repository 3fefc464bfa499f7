package io.platform.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks across config sections that concern the workloads (services, functions, instances): only
 * {@link StackConfigLoader} calls them, after every section has been read on its own.
 */
final class WorkloadChecks {
    /** What Session Manager needs to reach a host that has no NAT route. */
    static final List<String> SESSION_MANAGER_ENDPOINTS = List.of("ssm", "ssmmessages", "ec2messages");

    private WorkloadChecks() {
    }

    static void check(ConfigSection root, NetworkConfig network, SecurityConfig security, DataConfig data,
                      ComputeConfig compute, List<FunctionConfig> functions, List<InstanceConfig> instances,
                      EdgeConfig edge) {
        Set<String> functionNames = Set.copyOf(functions.stream().map(FunctionConfig::name).toList());
        StackBuckets buckets = new StackBuckets(data, edge);
        for (int i = 0; i < compute.services().size(); i++) {
            String key = root.keyOf("compute") + ".services[" + i + "].statements";
            functionReferences(key, compute.services().get(i).statements(), functionNames);
            buckets.checkStatements(key, compute.services().get(i).statements());
        }
        for (int i = 0; i < functions.size(); i++) {
            String key = root.keyOf("functions") + "[" + i + "]";
            functionReferences(key + ".statements", functions.get(i).statements(), functionNames);
            buckets.checkStatements(key + ".statements", functions.get(i).statements());
            buckets.checkTriggers(key + ".triggers", functions.get(i).triggers());
            redisCalls(key + ".calls", functions.get(i).calls(), data);
        }
        for (int i = 0; i < instances.size(); i++) {
            String key = root.keyOf("instances") + "[" + i + "]";
            functionReferences(key + ".statements", instances.get(i).statements(), functionNames);
            buckets.checkStatements(key + ".statements", instances.get(i).statements());
            redisCalls(key + ".calls", instances.get(i).calls(), data);
        }
        routes(root, compute, instances);
        if (security.albIngress() == AlbIngress.CLOUDFRONT && !edge.frontsAlb()) {
            throw new ConfigException(root.keyOf("security") + ".albIngress", "'cloudFront' leaves the ALB unreachable: "
                    + "no front end of platform:edge.frontEnds forwards apiPaths to it; allowed: internet");
        }
        if (!instances.isEmpty() && network.natStrategy() == NatStrategy.NONE) {
            List<String> missing = SESSION_MANAGER_ENDPOINTS.stream()
                    .filter(e -> !network.interfaceEndpoints().contains(e)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigException(root.keyOf("network") + ".interfaceEndpoints", "lacks " + String.join(", ",
                        missing) + ", which Session Manager needs to reach the instances without a NAT gateway");
            }
        }
    }

    /** Without Redis (platform:data.redis.enabled: false) nothing can call it. */
    private static void redisCalls(String key, List<String> calls, DataConfig data) {
        int at = calls.indexOf("redis");
        if (at >= 0 && data.redis().isEmpty()) {
            throw new ConfigException(key + "[" + at + "]", "'redis' is not allowed: this stack has no Redis "
                    + "(platform:data.redis.enabled: false); allowed: database");
        }
    }

    private static void functionReferences(String key, List<IamStatementConfig> statements, Set<String> functions) {
        for (int s = 0; s < statements.size(); s++) {
            for (String name : statements.get(s).functionReferences()) {
                if (!functions.contains(name)) {
                    throw new ConfigException(key + "[" + s + "].resources", "'function:" + name + "' is not a function "
                            + "of platform:functions" + Suggestions.didYouMean(name, functions) + "; allowed: "
                            + (functions.isEmpty() ? "none defined"
                            : String.join(", ", functions.stream().sorted().toList())));
                }
            }
        }
    }

    /** An instance behind the ALB may not answer a host and path a service already serves. */
    private static void routes(ConfigSection root, ComputeConfig compute, List<InstanceConfig> instances) {
        Map<String, String> served = new HashMap<>();
        compute.publicServices().forEach(s -> AlbRoutes.keys(s.route().orElseThrow())
                .forEach(k -> served.put(k, "service '" + s.name() + "'")));
        for (int i = 0; i < instances.size(); i++) {
            InstanceConfig instance = instances.get(i);
            if (instance.loadBalancer().isEmpty()) {
                continue;
            }
            for (String route : AlbRoutes.keys(instance.loadBalancer().get().route())) {
                String other = served.putIfAbsent(route, "instance '" + instance.name() + "'");
                if (other != null) {
                    throw new ConfigException(root.keyOf("instances") + "[" + i + "].loadBalancer", "route " + route
                            + " is already served by " + other + "; two targets cannot share a host and path");
                }
            }
        }
    }
}
