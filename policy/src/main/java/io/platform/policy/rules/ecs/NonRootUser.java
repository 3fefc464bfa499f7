package io.platform.policy.rules.ecs;

import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

/** Every container runs as a non-root user (ECS.1 asks it only of host-network tasks: ecs-host-network-secure). */
public final class NonRootUser {
    private NonRootUser() {
    }

    public static ResourcePolicy policy() {
        return Containers.rule("ecs-non-root-user", (c, ctx) -> {
                    String user = c.definition().path("user").asText("");
                    String why = "; containers must run as a non-root user such as 1000:1000";
                    if (user.isEmpty()) {
                        ctx.report(c.label() + ".user is not set (runs as root)" + why);
                    } else if (Containers.runsAsRoot(c.definition())) {
                        ctx.report(c.label() + ".user is " + user + why);
                    }
                })
                .description("Containers run as a non-root user")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub's ECS.1 checks the user only for host-network task definitions "
                        + "(ecs-host-network-secure); the platform asks it of every container (SPEC §3.4)")
                .fix("Set user to 1000:1000 (a user the image defines)")
                .build();
    }
}
