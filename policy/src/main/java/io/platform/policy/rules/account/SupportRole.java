package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.UnknownValueException;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * Someone can open AWS Support cases during an incident: a role (or group) with the AWSSupportAccess
 * managed policy. Advisory: many organisations grant it from an identity account outside these stacks.
 */
public final class SupportRole {
    static final String SUPPORT_POLICY = ":policy/AWSSupportAccess";

    private SupportRole() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-support-role", (stack, ctx, anchor) -> {
                    UnknownValueException unknown = null;
                    for (PolicyResource r : stack.of(IAM_ROLE, IAM_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENTS_EXCLUSIVE)) {
                        try {
                            if (grantsSupport(r)) {
                                return;
                            }
                        } catch (UnknownValueException e) {
                            unknown = e;
                        }
                    }
                    if (unknown != null) {
                        throw unknown;
                    }
                    ctx.report(anchor, "no role or group of the account baseline has AWSSupportAccess attached; "
                            + "an incident responder must be able to open AWS Support cases");
                })
                .description("A role with AWSSupportAccess lets responders open AWS Support cases")
                .severity(Severity.LOW).level(EnforcementLevel.ADVISORY).controls(SecurityHub.controls("IAM.18"))
                .inspects(IAM_ROLE, IAM_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENTS_EXCLUSIVE)
                .fix("Attach arn:aws:iam::aws:policy/AWSSupportAccess to an incident-response role")
                .build();
    }

    private static boolean grantsSupport(PolicyResource r) {
        PropertyMap p = r.properties();
        List<String> arns = IAM_ROLE.has(r.type()) ? p.strings("managedPolicyArns")
                : IAM_POLICY_ATTACHMENTS_EXCLUSIVE.has(r.type()) ? p.strings("policyArns")
                : p.string("policyArn").map(List::of).orElse(List.of());
        return arns.stream().anyMatch(arn -> arn.endsWith(SUPPORT_POLICY));
    }
}
