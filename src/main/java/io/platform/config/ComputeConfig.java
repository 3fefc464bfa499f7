package io.platform.config;

import java.util.List;

/** The compute tier's settings (SPEC §3.4). */
public record ComputeConfig(List<ServiceConfig> services, int ecrKeepImages, int logRetentionDays,
                            boolean execEnabled, boolean deletionProtection,
                            java.util.Optional<String> certificateArn) {
    public ComputeConfig {
        services = List.copyOf(services);
    }

    public List<ServiceConfig> publicServices() {
        return services.stream().filter(ServiceConfig::isPublic).toList();
    }

    /** Ports the ALB must reach in the app tier. */
    public List<Integer> publicPorts() {
        return publicServices().stream().map(ServiceConfig::port).distinct().sorted().toList();
    }

    /** Services whose image is built here and pushed to an ECR repository of this stack. */
    public List<String> ecrRepositories() {
        return services.stream().flatMap(s -> s.repository().stream()).distinct().sorted().toList();
    }
}
