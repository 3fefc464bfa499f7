package io.platform.policy.rules.iam;

import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * A role that people assume (its trust names an AWS account, its root, or an IAM user) requires MFA:
 * {@code Bool aws:MultiFactorAuthPresent "true"} or a {@code NumericLessThan(Equals) aws:MultiFactorAuthAge}
 * limit. {@code BoolIfExists} does not count: it lets long-term access keys, which carry no MFA key at all,
 * through. Roles trusted by other roles (workloads, CI) and by services are not human access.
 */
public final class HumanTrustRequiresMfa {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern HUMAN_ARN = Pattern.compile("arn:[a-z-]+:iam::\\d{12}:(root|user/.+)");

    private HumanTrustRequiresMfa() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-human-trust-requires-mfa")
                .description("Roles trusting an AWS account or IAM user require MFA (aws:MultiFactorAuthPresent)")
                .severity(Severity.HIGH)
                .noPublicControl("Security Hub's IAM.5/IAM.6 check users' MFA devices, not the roles they assume; "
                        + "CIS AWS Foundations 1.x and seed 001 §11.1 (mandatory MFA for human access)")
                .types(IAM_ROLE)
                .fix("Add Condition Bool aws:MultiFactorAuthPresent \"true\" (and NumericLessThan aws:MultiFactorAuthAge)")
                .check((r, ctx) -> Trust.eachStatement(r, ctx, s -> {
                    if (!s.allow() || requiresMfa(s)) {
                        return;
                    }
                    List<String> humans = s.principals().getOrDefault("AWS", List.of()).stream()
                            .filter(HumanTrustRequiresMfa::human).toList();
                    if (!humans.isEmpty()) {
                        ctx.report(s.label() + " trusts AWS " + String.join(", ", humans) + " without "
                                + "Bool aws:MultiFactorAuthPresent true or an aws:MultiFactorAuthAge limit; "
                                + "human access to a role must require MFA");
                    }
                }))
                .build();
    }

    /** An account id, an account's root or an IAM user: the principal is a person's credentials. */
    static boolean human(String principal) {
        return principal.equals("*") || ACCOUNT.matcher(principal).matches() || HUMAN_ARN.matcher(principal).matches();
    }

    static boolean requiresMfa(PolicyDocument.Statement s) {
        // "Bool" matches "BoolIfExists" as a prefix too: a true under Bool itself is one more than under IfExists.
        long bool = s.conditionValues("Bool", "aws:MultiFactorAuthPresent").stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).equals("true")).count();
        long ifExists = s.conditionValues("BoolIfExists", "aws:MultiFactorAuthPresent").stream()
                .filter(v -> v.toLowerCase(Locale.ROOT).equals("true")).count();
        boolean present = bool > ifExists;
        boolean aged = !s.conditionValues("NumericLessThan", "aws:MultiFactorAuthAge").isEmpty();
        return present || aged;
    }
}
