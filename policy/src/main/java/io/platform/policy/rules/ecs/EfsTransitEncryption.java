package io.platform.policy.rules.ecs;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/** EFS volumes of a task definition are mounted over TLS (ECS.18; AWS's default is DISABLED). */
public final class EfsTransitEncryption {
    private EfsTransitEncryption() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-efs-transit-encryption")
                .description("Task definitions mount EFS volumes with in-transit encryption")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.18"))
                .types(ECS_TASK_DEFINITION)
                .fix("Set efsVolumeConfiguration.transitEncryption to ENABLED on every EFS volume")
                .check((r, ctx) -> ctx.forEachIsolated(r.properties().maps("volumes"), volume -> {
                    if (!volume.has("efsVolumeConfiguration")) {
                        return;
                    }
                    PropertyMap efs = volume.map("efsVolumeConfiguration");
                    String encryption = efs.string("transitEncryption").orElse("DISABLED (the default)");
                    if (!encryption.equals("ENABLED")) {
                        ctx.report("volumes[" + volume.string("name").orElse("?") + "].efsVolumeConfiguration.transitEncryption is "
                                + encryption + "; EFS volumes must be mounted over TLS");
                    }
                }))
                .build();
    }
}
