package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_ASSOCIATION;

/** Every network ACL the stack declares is associated with a subnet (inline subnetIds or an association). */
public final class NaclUnused {
    private NaclUnused() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("nacl-unused")
                .description("Every network ACL is associated with at least one subnet")
                .severity(Severity.LOW).controls(SecurityHub.controls("EC2.16"))
                .inspects(NETWORK_ACL, NETWORK_ACL_ASSOCIATION)
                .fix("Associate the network ACL with its subnets (subnetIds), or remove it")
                .check((stack, ctx) -> ctx.forEach(stack.of(NETWORK_ACL), acl -> {
                    if (acl.type().equals("aws:ec2/defaultNetworkAcl:DefaultNetworkAcl")) {
                        return; // the VPC's default ACL serves every subnet without an explicit association
                    }
                    boolean inline = acl.properties().isUnknown("subnetIds") || !acl.properties().strings("subnetIds").isEmpty();
                    if (!inline && stack.referrers(acl, Joins.NETWORK_ACL_ASSOCIATION_ACL).isEmpty()) {
                        ctx.report(acl, "network ACL has no subnetIds and no " + NETWORK_ACL_ASSOCIATION.current()
                                + "; remove unused network ACLs");
                    }
                }))
                .build();
    }
}
