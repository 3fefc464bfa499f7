package io.platform.policy.rules.ecs;

import io.platform.policy.rules.Checks;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;

/** ECS rolling deployments stop and roll back failing releases (CodeDeploy has its own: codedeploy-auto-rollback). */
public final class CircuitBreaker {
    private CircuitBreaker() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-circuit-breaker")
                .description("ECS deployments stop and roll back failing releases")
                .severity(Severity.MEDIUM)
                .noPublicControl("release safety, not a posture control; the platform's deployment rule (SPEC §3.4)")
                .types(ECS_SERVICE)
                .fix("Set deploymentCircuitBreaker with enable true and rollback true")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String controller = p.map("deploymentController").string("type").orElse("ECS");
                    if (!controller.equals("ECS")) {
                        return; // CODE_DEPLOY and EXTERNAL controllers have their own rollback
                    }
                    String why = "ECS deployments must stop and roll back failing releases";
                    PropertyMap breaker = p.map("deploymentCircuitBreaker");
                    Checks.requireTrue(breaker, "enable", "deploymentCircuitBreaker.enable", ctx, why);
                    Checks.requireTrue(breaker, "rollback", "deploymentCircuitBreaker.rollback", ctx, why);
                })
                .build();
    }
}
