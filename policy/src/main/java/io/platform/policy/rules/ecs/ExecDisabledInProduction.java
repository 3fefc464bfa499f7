package io.platform.policy.rules.ecs;

import io.platform.policy.rules.Checks;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;

/** ECS Exec (a shell into running tasks) is off in production. */
public final class ExecDisabledInProduction {
    private ExecDisabledInProduction() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-exec-disabled-in-production")
                .description("ECS Exec is off in production")
                .severity(Severity.MEDIUM)
                .noPublicControl("no control covers ECS Exec; the platform keeps shells out of production (SPEC §3.4)")
                .types(ECS_SERVICE)
                .productionOnly()
                .fix("Set enableExecuteCommand to false for production stacks")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "enableExecuteCommand", ctx,
                        "ECS Exec must be off in production"))
                .build();
    }
}
