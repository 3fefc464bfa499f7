package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.DEFAULT_SECURITY_GROUP;

/** A VPC's default security group, when the program adopts it, allows no traffic in or out. */
public final class DefaultSecurityGroupClosed {
    private DefaultSecurityGroupClosed() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("sg-default-closed")
                .description("The VPC's default security group allows no inbound or outbound traffic")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.2"))
                .types(DEFAULT_SECURITY_GROUP)
                .fix("Declare the DefaultSecurityGroup with no ingress and no egress; give workloads their own groups")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    for (String direction : new String[] {"ingress", "egress"}) {
                        ctx.isolated(() -> {
                            int rules = p.maps(direction).size();
                            if (rules > 0) {
                                ctx.report(direction + " has " + rules + (rules == 1 ? " rule" : " rules")
                                        + "; the default security group must allow no traffic");
                            }
                        });
                    }
                })
                .build();
    }
}
