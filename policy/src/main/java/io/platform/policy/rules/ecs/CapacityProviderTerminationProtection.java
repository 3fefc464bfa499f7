package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_CAPACITY_PROVIDER;

/**
 * Capacity providers on an Auto Scaling group let ECS protect instances that still run tasks (ECS.19), so
 * scaling in never kills a task. AWS requires managed scaling with it.
 */
public final class CapacityProviderTerminationProtection {
    private CapacityProviderTerminationProtection() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-capacity-provider-termination-protection")
                .description("ECS capacity providers have managed termination protection enabled")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.19"))
                .types(ECS_CAPACITY_PROVIDER)
                .fix("Set autoScalingGroupProvider.managedTerminationProtection ENABLED (with managedScaling ENABLED)")
                .check((r, ctx) -> {
                    String protection = r.properties().map("autoScalingGroupProvider")
                            .string("managedTerminationProtection").orElse("DISABLED (the default)");
                    if (!protection.equals("ENABLED")) {
                        ctx.report("autoScalingGroupProvider.managedTerminationProtection is " + protection
                                + "; scaling in must not terminate instances that run tasks");
                    }
                })
                .build();
    }
}
