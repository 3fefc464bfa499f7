package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EBS_VOLUME;
import static io.platform.policy.rules.AwsTypes.EBS_VOLUME_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;

/**
 * EBS volumes are in use and go with their instance: every volume the stack creates is attached, and
 * an instance's extra block devices are deleted with it (advisory; orphaned volumes keep data and cost).
 */
public final class VolumeInUse {
    private static final Reference ATTACHMENT_VOLUME = Reference.of(EBS_VOLUME_ATTACHMENT.set(), "volumeId",
            EBS_VOLUME.set(), "id");

    private VolumeInUse() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("ec2-volume-in-use")
                .description("EBS volumes are attached, and instances' extra volumes are deleted on termination")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("a hygiene practice; awsguard ec2-volume-inuse checks the same")
                .inspects(EBS_VOLUME, EC2_INSTANCE).inspects(EBS_VOLUME_ATTACHMENT)
                .fix("Attach the volume with a VolumeAttachment (or remove it); set deleteOnTermination on block devices")
                .check((stack, ctx) -> {
                    ctx.forEach(stack.of(EBS_VOLUME), volume -> {
                        if (stack.referrers(volume, ATTACHMENT_VOLUME).isEmpty()) {
                            ctx.report(volume, "volume has no " + EBS_VOLUME_ATTACHMENT.current() + "; remove volumes no instance uses");
                        }
                    });
                    ctx.forEach(stack.of(EC2_INSTANCE), instance -> {
                        List<PropertyMap> devices = instance.properties().maps("ebsBlockDevices");
                        for (int i = 0; i < devices.size(); i++) {
                            if (!devices.get(i).bool("deleteOnTermination", true)) {
                                ctx.report(instance, "ebsBlockDevices[" + i + "].deleteOnTermination is false; "
                                        + "volumes must go with their instance");
                            }
                        }
                    });
                })
                .build();
    }
}
