package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.IAM_PASSWORD_POLICY;

/**
 * The account's IAM password policy is strong: Security Hub's IAM.7 parameters (upper, lower, number,
 * symbol, 90-day age, 24 remembered) and CIS 1.8/1.9 (length 14, reuse 24). Declared even when the
 * platform has no IAM users, so that none can be given a weak password later.
 */
public final class PasswordPolicy {
    private PasswordPolicy() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-password-policy", (stack, ctx, anchor) -> {
                    List<PolicyResource> policies = stack.of(IAM_PASSWORD_POLICY);
                    if (policies.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + IAM_PASSWORD_POLICY.current()
                                + "; set a strong password policy for IAM users");
                    }
                    int length = ctx.settings().integer("minimumLength");
                    int reuse = ctx.settings().integer("reusePrevention");
                    int age = ctx.settings().integer("maximumAgeDays");
                    ctx.forEach(policies, policy -> {
                        PropertyMap p = policy.properties();
                        for (String flag : List.of("requireUppercaseCharacters", "requireLowercaseCharacters", "requireNumbers",
                                "requireSymbols")) {
                            if (!p.bool(flag, false)) {
                                ctx.report(policy, flag + " is " + p.display(flag) + "; passwords must mix character classes");
                            }
                        }
                        Optional<Integer> min = p.integer("minimumPasswordLength");
                        if (min.orElse(6) < length) {
                            ctx.report(policy, "minimumPasswordLength is " + min.map(String::valueOf).orElse("not set (6)")
                                    + "; passwords need at least " + length + " characters");
                        }
                        Optional<Integer> remembered = p.integer("passwordReusePrevention");
                        if (remembered.orElse(0) < reuse) {
                            ctx.report(policy, "passwordReusePrevention is " + remembered.map(String::valueOf).orElse("not set")
                                    + "; remember at least the last " + reuse + " passwords");
                        }
                        Optional<Integer> maxAge = p.integer("maxPasswordAge");
                        if (maxAge.orElse(0) <= 0 || maxAge.get() > age) {
                            ctx.report(policy, "maxPasswordAge is " + maxAge.map(String::valueOf).orElse("not set (never expires)")
                                    + "; passwords must expire within " + age + " days");
                        }
                    });
                })
                .description("The account's IAM password policy is strong (IAM.7, CIS 1.8 and 1.9)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("IAM.7", "IAM.15", "IAM.16"))
                .setting(Setting.integer("minimumLength", "Minimum password length (CIS 1.8: 14)", 14, 8, 128))
                .setting(Setting.integer("reusePrevention", "Passwords remembered (CIS 1.9 and IAM.7: 24)", 24, 1, 24))
                .setting(Setting.integer("maximumAgeDays", "Longest password age in days (IAM.7: 90)", 90, 1, 1095))
                .fix("Declare iam.AccountPasswordPolicy: length 14, all four character classes, reuse 24, max age 90")
                .build();
    }
}
