package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CODEDEPLOY_DEPLOYMENT_GROUP;

/** CodeDeploy rules: blue/green and canary deployments roll back on their own, like ECS's circuit breaker. */
public final class CodeDeployRules {
    private CodeDeployRules() {
    }

    public static List<Policy> all() {
        return List.of(autoRollback());
    }

    public static ResourcePolicy autoRollback() {
        return ResourcePolicy.builder("codedeploy-auto-rollback")
                .description("CodeDeploy deployment groups roll back failed deployments automatically")
                .severity(Severity.MEDIUM)
                .noPublicControl("no FSBP, awsguard or compliance-policies rule covers CodeDeploy; the platform's "
                        + "deployment rule (the CodeDeploy counterpart of ecs-circuit-breaker)")
                .types(CODEDEPLOY_DEPLOYMENT_GROUP)
                .fix("Set autoRollbackConfiguration with enabled true and events DEPLOYMENT_FAILURE (and DEPLOYMENT_STOP_ON_ALARM)")
                .check((r, ctx) -> {
                    PropertyMap rollback = r.properties().map("autoRollbackConfiguration");
                    Checks.requireTrue(rollback, "enabled", "autoRollbackConfiguration.enabled", ctx,
                            "failed deployments must roll back on their own");
                    ctx.isolated(() -> {
                        if (rollback.bool("enabled", false) && !rollback.strings("events").contains("DEPLOYMENT_FAILURE")) {
                            ctx.report("autoRollbackConfiguration.events does not include DEPLOYMENT_FAILURE; "
                                    + "failed deployments must roll back on their own");
                        }
                    });
                })
                .build();
    }
}
