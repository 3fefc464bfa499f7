package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.ECS_CLUSTER;

/** ECS clusters publish Container Insights (enabled or enhanced). */
public final class ContainerInsights {
    private ContainerInsights() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-container-insights")
                .description("ECS clusters have Container Insights on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.12"))
                .types(ECS_CLUSTER)
                .fix("Add the cluster setting containerInsights = enabled (or enhanced)")
                .check((r, ctx) -> {
                    Optional<String> value = r.properties().maps("settings").stream()
                            .filter(s -> s.string("name").orElse("").equals("containerInsights"))
                            .map(s -> s.string("value").orElse("")).findFirst();
                    if (value.isEmpty() || !(value.get().equals("enabled") || value.get().equals("enhanced"))) {
                        ctx.report("settings containerInsights is " + value.orElse("not set")
                                + "; clusters must publish Container Insights metrics");
                    }
                })
                .build();
    }
}
