package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/**
 * Task definitions on the host's network namespace run no container as root (Security Hub's ECS.1: a
 * root container in host mode reaches the host's interfaces and metadata).
 */
public final class HostNetworkSecure {
    private HostNetworkSecure() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-host-network-secure")
                .description("Task definitions in host network mode run no container as root")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ECS.1"))
                .types(ECS_TASK_DEFINITION)
                .fix("Use networkMode awsvpc, or give every container a non-root user")
                .check((r, ctx) -> {
                    if (!r.properties().string("networkMode").orElse("").equals("host")) {
                        return;
                    }
                    for (Containers.Container c : Containers.of(r)) {
                        if (Containers.runsAsRoot(c.definition()) && !c.definition().path("privileged").asBoolean(false)) {
                            ctx.report(c.label() + ".user is " + c.definition().path("user").asText("not set (root)")
                                    + " in networkMode host; host-network containers must run as a non-root user");
                        }
                    }
                })
                .build();
    }
}
