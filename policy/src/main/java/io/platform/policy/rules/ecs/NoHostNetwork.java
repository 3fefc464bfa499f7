package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/**
 * Task definitions do not share the host's network namespace (ECS.17): a host-network container reaches the
 * host's loopback services and can impersonate the host. Fargate only takes awsvpc.
 */
public final class NoHostNetwork {
    private NoHostNetwork() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-no-host-network")
                .description("Task definitions do not use host network mode")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.17"))
                .types(ECS_TASK_DEFINITION)
                .fix("Use networkMode awsvpc")
                .check((r, ctx) -> {
                    if (r.properties().string("networkMode").filter("host"::equals).isPresent()) {
                        ctx.report("networkMode is host; task definitions must not share the host's network namespace");
                    }
                })
                .build();
    }
}
