package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.CHATBOT_CHANNEL;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * AdministratorAccess (or another forbidden managed policy) is never attached: through a role's
 * {@code managedPolicyArns}, any policy attachment, the exclusive attachment resources, or a Chatbot
 * channel's guardrail policies.
 */
public final class NoAdministratorAccess {
    private NoAdministratorAccess() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-no-administrator-access")
                .description("AdministratorAccess is never attached")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("IAM.1"))
                .types(IAM_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_ROLE, CHATBOT_CHANNEL)
                .setting(Setting.strings("forbiddenPolicies", "Names of AWS managed policies that must never be attached",
                        List.of("AdministratorAccess")).nonEmpty())
                .fix("Attach a least-privilege policy written for the role instead")
                .check((r, ctx) -> {
                    List<String> forbidden = ctx.settings().strings("forbiddenPolicies");
                    ManagedPolicyArns.each(r, (key, arn) -> forbiddenName(arn, forbidden).ifPresent(name ->
                            ctx.report(key + (key.equals("policyArn") ? " is " : " includes ") + arn
                                    + "; never attach " + name + ", grant least privilege")));
                })
                .build();
    }

    private static Optional<String> forbiddenName(String arn, List<String> forbidden) {
        return forbidden.stream().filter(name -> arn.endsWith(":policy/" + name)).findFirst();
    }
}
