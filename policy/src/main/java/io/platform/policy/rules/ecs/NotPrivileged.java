package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

/** Containers are not privileged. */
public final class NotPrivileged {
    private NotPrivileged() {
    }

    public static ResourcePolicy policy() {
        return Containers.rule("ecs-not-privileged", (c, ctx) -> {
                    if (c.definition().path("privileged").asBoolean(false)) {
                        ctx.report(c.label() + ".privileged is true; containers must not run privileged");
                    }
                })
                .description("Containers are not privileged")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("ECS.4"))
                .fix("Remove privileged or set it to false")
                .build();
    }
}
