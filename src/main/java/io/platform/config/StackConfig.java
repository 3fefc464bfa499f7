package io.platform.config;

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
        EdgeConfig edge,
        ObservabilityConfig observability,
        OperationsConfig operations,
        java.util.Optional<SecretString> redisAuthToken) {

    public Naming naming() {
        return new Naming(names.prefix(), environment.configName(), owner, costCenter,
                names.regionInNames() ? java.util.Optional.of(region) : java.util.Optional.empty());
    }
}
