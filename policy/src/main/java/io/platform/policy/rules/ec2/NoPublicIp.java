package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_CONFIGURATION;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;

/** Instances (directly, or through a launch template or configuration) get no public IPv4 address. */
public final class NoPublicIp {
    private static final String WHY = "; instances must not get a public IP address (reach them through SSM)";

    private NoPublicIp() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-no-public-ip")
                .description("EC2 instances, launch templates and launch configurations assign no public IP address")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.9", "EC2.25", "AutoScaling.5"))
                .types(EC2_INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION)
                .fix("Set associatePublicIpAddress to false and launch into private subnets")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!LAUNCH_TEMPLATE.has(r.type())) {
                        ctx.isolated(() -> {
                            if (p.bool("associatePublicIpAddress", false)) {
                                ctx.report("associatePublicIpAddress is true" + WHY);
                            }
                        });
                    }
                    if (!LAUNCH_TEMPLATE.has(r.type())) {
                        return;
                    }
                    ctx.isolated(() -> {
                        List<PropertyMap> interfaces = p.maps("networkInterfaces");
                        for (int i = 0; i < interfaces.size(); i++) {
                            PropertyMap ni = interfaces.get(i);
                            String label = "networkInterfaces[" + i + "].associatePublicIpAddress";
                            ctx.isolated(() -> {
                                if (ni.bool("associatePublicIpAddress", false)) {
                                    ctx.report(label + " is true" + WHY);
                                }
                            });
                        }
                    });
                })
                .build();
    }
}
