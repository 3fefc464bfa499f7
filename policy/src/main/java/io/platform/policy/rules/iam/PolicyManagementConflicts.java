package io.platform.policy.rules.iam;

import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.ArrayList;
import java.util.List;

import static io.platform.policy.rules.AwsTypes.IAM_INLINE_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * A role's policies are managed one way: a role that lists {@code inlinePolicies} or
 * {@code managedPolicyArns} has no separate RolePolicy or attachment resources (they overwrite each other).
 */
public final class PolicyManagementConflicts {
    private static final Reference INLINE_ROLE = Reference.of(IAM_INLINE_POLICY.set(), "role", IAM_ROLE.set(), "name", "id");
    private static final Reference ATTACHMENT_ROLE = Reference.of(IAM_POLICY_ATTACHMENT.set(), "role", IAM_ROLE.set(), "name", "id");

    private PolicyManagementConflicts() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("iam-role-policy-management-conflicts")
                .description("Roles with inline or managed policy lists have no separate policy resources")
                .severity(Severity.MEDIUM)
                .noPublicControl("a correctness rule of the provider; awsguard iam-role-no-policy-management-conflicts "
                        + "checks the same")
                .inspects(TokenFamily.union(IAM_ROLE, IAM_INLINE_POLICY, IAM_POLICY_ATTACHMENT))
                .fix("Manage the role's policies either on the Role or with RolePolicy/RolePolicyAttachment resources")
                .check((stack, ctx) -> ctx.forEach(stack.of(IAM_ROLE), role -> {
                    PropertyMap p = role.properties();
                    List<PolicyResource> separate = new ArrayList<>();
                    if (!p.maps("inlinePolicies").isEmpty()) {
                        separate.addAll(stack.referrers(role, INLINE_ROLE));
                    }
                    if (!p.strings("managedPolicyArns").isEmpty()) {
                        separate.addAll(stack.referrers(role, ATTACHMENT_ROLE));
                    }
                    if (!separate.isEmpty()) {
                        ctx.report(role, "role declares its policies inline and also has " + separate.get(0).type() + " "
                                + separate.get(0).name() + "; manage a role's policies one way only");
                    }
                }))
                .build();
    }
}
