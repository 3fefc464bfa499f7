package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Locale;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/**
 * Every container runs as a user that is not the default administrator: not root (or 0, or unset) in a Linux
 * task definition (ECS.20), not {@code containeradministrator} (or unset) in a Windows one (ECS.21). The
 * operating system is {@code runtimePlatform.operatingSystemFamily}; without one, the task runs Linux.
 */
public final class NonRootUser {
    static final String WINDOWS_ADMINISTRATOR = "containeradministrator";

    private NonRootUser() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-non-root-user")
                .description("Containers run as a non-root (Linux) or non-administrator (Windows) user")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ECS.20", "ECS.21"))
                .types(ECS_TASK_DEFINITION)
                .fix("Set user to 1000:1000 (a user the image defines); on Windows, a user other than ContainerAdministrator")
                .check((r, ctx) -> {
                    boolean windows = r.properties().map("runtimePlatform").string("operatingSystemFamily")
                            .map(os -> os.startsWith("WINDOWS")).orElse(false);
                    for (Containers.Container c : Containers.of(r)) {
                        String user = c.definition().path("user").asText("");
                        if (windows) {
                            String why = "; Windows containers must run as a user other than ContainerAdministrator";
                            if (user.isEmpty()) {
                                ctx.report(c.label() + ".user is not set (runs as ContainerAdministrator)" + why);
                            } else if (user.toLowerCase(Locale.ROOT).equals(WINDOWS_ADMINISTRATOR)) {
                                ctx.report(c.label() + ".user is " + user + why);
                            }
                            continue;
                        }
                        String why = "; containers must run as a non-root user such as 1000:1000";
                        if (user.isEmpty()) {
                            ctx.report(c.label() + ".user is not set (runs as root)" + why);
                        } else if (Containers.runsAsRoot(c.definition())) {
                            ctx.report(c.label() + ".user is " + user + why);
                        }
                    }
                })
                .build();
    }
}
