package io.platform.config;

import java.util.List;

/** The compute tier's settings (SPEC §3.4). */
public record ComputeConfig(List<ServiceConfig> services, int ecrKeepImages, int logRetentionDays,
                            boolean execEnabled, boolean deletionProtection,
                            java.util.Optional<String> certificateArn, TestListener testListener) {
    public ComputeConfig {
        services = List.copyOf(services);
    }

    /** The HTTPS listener CodeDeploy routes test traffic through, and who may reach it. */
    public record TestListener(int port, List<String> allowedCidrs) {
        public TestListener {
            allowedCidrs = List.copyOf(allowedCidrs);
        }
    }

    /** Services whose deployments CodeDeploy runs (blue/green or canary). */
    public List<ServiceConfig> codeDeployServices() {
        return services.stream().filter(s -> s.deployment().strategy().usesCodeDeploy()).toList();
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
