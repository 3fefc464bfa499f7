package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SgPermissions;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;

/** No egress on all protocols to anywhere (advisory: least privilege outbound). */
public final class NoUnrestrictedEgress {
    private NoUnrestrictedEgress() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("sg-no-unrestricted-egress")
                .description("No egress on all protocols to 0.0.0.0/0 or ::/0")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("no Security Hub/CIS control restricts security-group egress; a least-privilege practice")
                .types(VPC_EGRESS_RULE, SECURITY_GROUP_RULE, SECURITY_GROUP)
                .fix("Allow only the ports and destinations the group needs (e.g. 443 to the VPC endpoints' group)")
                .check((r, ctx) -> SgPermissions.each(r, false, ctx, perm -> {
                    if (!perm.protocol().equals(SgPermissions.ALL_PROTOCOLS)) {
                        return;
                    }
                    for (SgPermissions.Cidr cidr : perm.cidrs()) {
                        if (cidr.anywhere()) {
                            ctx.report(cidr.label() + " allows egress to anywhere on all protocols; "
                                    + "allow only the ports and destinations the group needs");
                        }
                    }
                }))
                .build();
    }
}
