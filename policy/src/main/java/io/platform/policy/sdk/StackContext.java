package io.platform.policy.sdk;

import java.util.Map;
import java.util.Objects;

/**
 * The stack being checked.
 *
 * @param stackName    e.g. {@code staging}
 * @param project      the Pulumi project name, e.g. {@code platform}
 * @param organization the Pulumi organization (may be empty offline)
 * @param config       the stack's configuration, keys as {@code <namespace>:<key>}
 * @param dryRun       true during preview, when many outputs are still unknown
 */
public record StackContext(String stackName, String project, String organization,
                           Map<String, String> config, boolean dryRun) {

    public StackContext {
        Objects.requireNonNull(stackName, "stackName");
        project = project == null ? "" : project;
        organization = organization == null ? "" : organization;
        config = config == null ? Map.of() : Map.copyOf(config);
    }

    public static StackContext of(String stackName, String project) {
        return new StackContext(stackName, project, "", Map.of(), false);
    }

    /**
     * The environment name: the stack config value {@code <project>:environment} when present,
     * else the stack name. Environment-aware policies compare it with their
     * {@code productionEnvironments} setting.
     */
    public String environment() {
        String configured = config.get(project + ":environment");
        return configured == null || configured.isBlank() ? stackName : configured;
    }
}
