package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_SERVICE;
import static io.platform.policy.rules.AwsTypes.ECS_TASK_SET;

/** ECS services and task sets get no public IP. */
public final class NoPublicIp {
    private NoPublicIp() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-no-public-ip")
                .description("ECS services and task sets get no public IP")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ECS.2", "ECS.16"))
                .types(ECS_SERVICE, ECS_TASK_SET)
                .fix("Set networkConfiguration.assignPublicIp to false and use the private subnets")
                .check((r, ctx) -> {
                    if (r.properties().map("networkConfiguration").bool("assignPublicIp", false)) {
                        ctx.report("networkConfiguration.assignPublicIp is true; "
                                + "ECS services must run in private subnets without public IPs");
                    }
                })
                .build();
    }
}
