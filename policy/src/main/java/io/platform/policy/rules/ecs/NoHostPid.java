package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/** Task definitions do not share the host's process namespace. */
public final class NoHostPid {
    private NoHostPid() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-no-host-pid")
                .description("Task definitions do not share the host's process namespace")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ECS.3"))
                .types(ECS_TASK_DEFINITION)
                .fix("Remove pidMode host (use task)")
                .check((r, ctx) -> r.properties().string("pidMode").filter("host"::equals).ifPresent(m ->
                        ctx.report("pidMode is host; containers must not see the host's processes")))
                .build();
    }
}
