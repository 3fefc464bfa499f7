package io.platform.config;

/**
 * The whole stack configuration, parsed once and validated before any resource is
 * declared. Tiers receive the parts they need through their args records.
 */
public record StackConfig(
        String project,
        String stack,
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
        SecretString redisAuthToken) {

    public Naming naming() {
        return new Naming(project, environment.configName(), owner, costCenter);
    }
}
