package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.SECRET;

/** Secrets Manager rules. */
public final class SecretsManagerRules {
    /** What Secrets Manager uses when recoveryWindowInDays is not set. */
    private static final int AWS_DEFAULT_RECOVERY_WINDOW = 30;

    private SecretsManagerRules() {
    }

    public static List<Policy> all() {
        return List.of(customerKey(), recoveryWindow());
    }

    public static ResourcePolicy customerKey() {
        return ResourcePolicy.builder("secretsmanager-customer-key")
                .description("Secrets are encrypted with a customer-managed KMS key")
                .severity(Severity.MEDIUM)
                .types(SECRET)
                .fix("Set kmsKeyId to the secrets KMS key")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsKeyId", ctx, " (AWS managed key aws/secretsmanager)",
                        "secrets must be encrypted with a customer-managed KMS key"))
                .build();
    }

    public static ResourcePolicy recoveryWindow() {
        return ResourcePolicy.builder("secretsmanager-recovery-window")
                .description("Deleted secrets stay recoverable for at least 7 days")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .types(SECRET)
                .setting(Setting.integer("minimumDays", "Minimum recoveryWindowInDays", 7, 7))
                .fix("Set recoveryWindowInDays to 7 or more")
                .check((r, ctx) -> {
                    int minimum = ctx.settings().integer("minimumDays");
                    Optional<Integer> days = r.properties().integer("recoveryWindowInDays");
                    if (days.orElse(AWS_DEFAULT_RECOVERY_WINDOW) < minimum) {
                        ctx.report("recoveryWindowInDays is " + days.get() + (days.get() == 0 ? " (deleted at once)" : "")
                                + "; keep deleted secrets recoverable for at least " + minimum + " days");
                    }
                })
                .build();
    }
}
