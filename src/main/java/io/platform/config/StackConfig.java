package io.platform.config;

import java.util.List;
import java.util.Map;

/**
 * The whole stack configuration, parsed once and validated before any resource is
 * declared. Tiers receive the parts they need through their args records.
 */
public record StackConfig(
        String project,
        String stack,
        NamingConfig names,
        Environment environment,
        String region,
        String owner,
        String costCenter,
        int logRetentionDays,
        NetworkConfig network,
        SecurityConfig security,
        DataConfig data,
        ComputeConfig compute,
        List<FunctionConfig> functions,
        List<InstanceConfig> instances,
        SecretsConfig secrets,
        EdgeConfig edge,
        ObservabilityConfig observability,
        OperationsConfig operations,
        java.util.Optional<SecretString> redisAuthToken,
        AccessConfig access,
        java.util.Optional<FailoverConfig> failover,
        boolean dnssec) {

    public StackConfig {
        functions = List.copyOf(functions);
        instances = List.copyOf(instances);
    }

    /** Listener-rule priority of each route behind the ALB ({@code service:<name>}, {@code instance:<name>}). */
    public Map<String, Integer> albRoutePriorities() {
        return AlbRoutes.priorities(compute.services(), instances);
    }

    public Naming naming() {
        return new Naming(names.prefix(), environment.configName(), owner, costCenter,
                names.regionInNames() ? java.util.Optional.of(region) : java.util.Optional.empty());
    }
}
