package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.platform.policy.rules.AwsTypes.SECRET;
import static io.platform.policy.rules.AwsTypes.SECRET_ROTATION;

/** Secrets Manager rules: the key, the recovery window, rotation. */
public final class SecretsManagerRules {
    /** What Secrets Manager uses when recoveryWindowInDays is not set. */
    private static final int AWS_DEFAULT_RECOVERY_WINDOW = 30;
    private static final Pattern RATE_DAYS = Pattern.compile("rate\\((\\d+) days?\\)");
    private static final Reference ROTATION_SECRET = Reference.of(SECRET_ROTATION.set(), "secretId", SECRET.set(), "arn", "id", "name");

    private SecretsManagerRules() {
    }

    public static List<Policy> all() {
        return List.of(customerKey(), recoveryWindow(), rotationInterval(), description(), rotation());
    }

    public static ResourcePolicy customerKey() {
        return ResourcePolicy.builder("secretsmanager-customer-key")
                .description("Secrets are encrypted with a customer-managed KMS key")
                .severity(Severity.MEDIUM)
                .noPublicControl("Security Hub has no control for the secret's key; pulumi compliance-policies "
                        + "aws-secretsmanager-secret-configure-customer-managed-key checks the same")
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
                .noPublicControl("deletion protection of secrets has no Security Hub control; the platform keeps 7 days "
                        + "(seed 001 §5.5.1)")
                .types(SECRET)
                .setting(Setting.integer("minimumDays", "Minimum recoveryWindowInDays (Secrets Manager allows 7 to 30)", 7, 7, 30))
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

    public static ResourcePolicy rotationInterval() {
        return ResourcePolicy.builder("secretsmanager-rotation-interval")
                .description("Secrets rotate at least every 90 days")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("SecretsManager.4"))
                .types(SECRET_ROTATION)
                .setting(Setting.integer("maximumDays", "Longest allowed rotation interval in days", 90, 1, 1000))
                .fix("Set rotationRules.automaticallyAfterDays (or a rate(N days) scheduleExpression) to 90 or less")
                .check((r, ctx) -> {
                    PropertyMap rules = r.properties().map("rotationRules");
                    int maximum = ctx.settings().integer("maximumDays");
                    Optional<Integer> days = rules.integer("automaticallyAfterDays");
                    if (days.isEmpty()) {
                        Matcher rate = RATE_DAYS.matcher(rules.string("scheduleExpression").orElse(""));
                        days = rate.matches() ? Optional.of(Integer.parseInt(rate.group(1))) : Optional.empty();
                    }
                    if (days.isPresent() && days.get() > maximum) {
                        ctx.report("rotationRules rotate every " + days.get() + " days; rotate secrets at least every "
                                + maximum + " days");
                    }
                })
                .build();
    }

    public static ResourcePolicy description() {
        return ResourcePolicy.builder("secretsmanager-description")
                .description("Secrets say what they are for")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an audit-trail practice; pulumi compliance-policies aws-secretsmanager-secret-missing-"
                        + "description checks the same")
                .types(SECRET)
                .fix("Set description (which system uses it, who rotates it)")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "description", ctx, "", "say what the secret is for"))
                .build();
    }

    /**
     * Every secret rotates automatically. Advisory: rotation needs a rotation function per kind of
     * secret, and a secret RDS manages ({@code manageMasterUserPassword}) is not declared by the program
     * at all (RDS rotates it itself).
     */
    public static StackPolicy rotation() {
        return StackPolicy.builder("secretsmanager-rotation")
                .description("Every secret has automatic rotation")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM).controls(SecurityHub.controls("SecretsManager.1"))
                .inspects(SECRET, SECRET_ROTATION)
                .fix("Declare a SecretRotation with the secret's rotation function (or let the owning service manage it)")
                .check((stack, ctx) -> ctx.forEach(stack.of(SECRET), secret -> {
                    if (stack.referrers(secret, ROTATION_SECRET).isEmpty()) {
                        ctx.report(secret, "secret has no " + SECRET_ROTATION.current()
                                + "; secrets must rotate automatically");
                    }
                }))
                .build();
    }
}
