package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;

/**
 * A security group's rules are managed one way only: inline ingress/egress blocks and separate rule
 * resources for the same group overwrite each other on every update.
 */
public final class RuleManagementConflicts {
    private RuleManagementConflicts() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("sg-rule-management-conflicts")
                .description("Security groups with inline rules have no separate rule resources")
                .severity(Severity.MEDIUM)
                .noPublicControl("a correctness rule of the provider (inline and separate rules fight); awsguard "
                        + "security-group-no-rule-management-conflicts checks the same")
                .inspects(SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE, VPC_EGRESS_RULE)
                .fix("Move the inline ingress/egress blocks into SecurityGroupIngressRule/EgressRule resources")
                .check((stack, ctx) -> ctx.forEach(stack.of(SECURITY_GROUP), group -> {
                    PropertyMap p = group.properties();
                    boolean inline = !p.maps("ingress").isEmpty() || !p.maps("egress").isEmpty();
                    List<PolicyResource> separate = stack.referrers(group, Joins.RULE_GROUP);
                    if (inline && !separate.isEmpty()) {
                        ctx.report(group, "security group has inline rules and " + separate.size() + " separate rule "
                                + (separate.size() == 1 ? "resource" : "resources") + " (" + separate.get(0).name()
                                + "); manage a group's rules one way only");
                    }
                }))
                .build();
    }
}
