package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

/**
 * Actions that hand over data or privilege are scoped to named resources, never {@code "*"}: KMS
 * decryption (KMS.1/KMS.2), reading secrets and parameters, and passing roles.
 */
public final class NoSensitiveActionsOnAllResources {
    static final List<String> DEFAULT_ACTIONS = List.of("kms:Decrypt", "kms:ReEncryptFrom", "secretsmanager:GetSecretValue",
            "ssm:GetParameter", "ssm:GetParameters", "iam:PassRole");

    private NoSensitiveActionsOnAllResources() {
    }

    public static ResourcePolicy policy() {
        return IdentityPolicies.rule("iam-no-sensitive-actions-on-all-resources")
                .description("Decryption, secret reads and iam:PassRole are scoped to named resources, never \"*\" or a type wildcard")
                .severity(Severity.HIGH).controls(SecurityHub.controls("KMS.1", "KMS.2"))
                .setting(Setting.strings("actions", "Actions that must never be allowed on Resource \"*\"", DEFAULT_ACTIONS)
                        .nonEmpty().matching("each service:Action", v -> ((List<?>) v).stream()
                                .allMatch(a -> String.valueOf(a).matches("[a-z0-9-]+:[A-Za-z0-9*]+"))))
                .fix("Name the keys, secrets, parameters or roles in Resource (their ARNs)")
                .check((r, ctx) -> IdentityPolicies.eachStatement(r, ctx, (s, doc) -> {
                    List<String> broad = s.broadResources();
                    if (broad.isEmpty() || IdentityPolicies.allowsStarOnStar(s)) {
                        return;
                    }
                    List<String> allowed = ctx.settings().strings("actions").stream().filter(s::allowsAction).toList();
                    if (!allowed.isEmpty()) {
                        ctx.report(s.label() + " allows " + String.join(", ", allowed) + " on " + String.join(", ", broad)
                                + "; scope these actions to the resources the principal needs");
                    }
                }))
                .build();
    }
}
