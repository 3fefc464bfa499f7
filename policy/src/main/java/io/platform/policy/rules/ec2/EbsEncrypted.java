package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EBS_VOLUME;
import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_CONFIGURATION;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;
import static io.platform.policy.rules.AwsTypes.SPOT_FLEET_REQUEST;

/**
 * Every EBS volume is encrypted, wherever it is declared: a volume, an instance's root and extra block
 * devices, a launch template's or launch configuration's mappings, a Spot Fleet's launch specifications.
 */
public final class EbsEncrypted {
    private static final String WHY = "; EBS volumes must be encrypted at rest";

    private EbsEncrypted() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-ebs-encrypted")
                .description("EBS volumes are encrypted (volumes, instances, launch templates and configurations, Spot Fleets)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.3", "EC2.181", "EC2.173"))
                .types(EBS_VOLUME, EC2_INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION, SPOT_FLEET_REQUEST)
                .fix("Set encrypted to true (and kmsKeyId to the data key) on every volume and block device")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (EBS_VOLUME.has(r.type())) {
                        requireEncrypted(p, "encrypted", ctx);
                    } else if (LAUNCH_TEMPLATE.has(r.type())) {
                        each(p, "blockDeviceMappings", ctx, (m, label) -> {
                            if (m.has("ebs")) {
                                requireEncrypted(m.map("ebs"), label + ".ebs.encrypted", "encrypted", ctx);
                            }
                        });
                    } else if (SPOT_FLEET_REQUEST.has(r.type())) {
                        each(p, "launchSpecifications", ctx, (spec, label) -> {
                            each(spec, "rootBlockDevices", ctx, (d, l) -> requireEncrypted(d, label + "." + l + ".encrypted", "encrypted", ctx));
                            each(spec, "ebsBlockDevices", ctx, (d, l) -> requireEncrypted(d, label + "." + l + ".encrypted", "encrypted", ctx));
                        });
                    } else {
                        ctx.isolated(() -> {
                            if (p.has("rootBlockDevice")) {
                                requireEncrypted(p.map("rootBlockDevice"), "rootBlockDevice.encrypted", "encrypted", ctx);
                            } else {
                                ctx.report("rootBlockDevice is not set (the root volume is encrypted only if the AMI's "
                                        + "snapshot or the account default is)" + WHY);
                            }
                        });
                        each(p, "ebsBlockDevices", ctx, (d, label) -> requireEncrypted(d, label + ".encrypted", "encrypted", ctx));
                    }
                })
                .build();
    }

    private static void requireEncrypted(PropertyMap p, String key, ResourceCheckContext ctx) {
        requireEncrypted(p, key, key, ctx);
    }

    private static void requireEncrypted(PropertyMap p, String label, String key, ResourceCheckContext ctx) {
        ctx.isolated(() -> {
            if (!p.bool(key, false)) {
                ctx.report(label + " is " + (p.has(key) ? p.display(key) : "not set") + WHY);
            }
        });
    }

    /** Each element of a list input, isolated, with its label. */
    static void each(PropertyMap p, String key, ResourceCheckContext ctx, java.util.function.BiConsumer<PropertyMap, String> action) {
        ctx.isolated(() -> {
            List<PropertyMap> items = p.maps(key);
            for (int i = 0; i < items.size(); i++) {
                PropertyMap item = items.get(i);
                String label = key + "[" + i + "]";
                ctx.isolated(() -> action.accept(item, label));
            }
        });
    }
}
