package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.KMS_KEY;
import static io.platform.policy.rules.AwsTypes.KMS_KEY_POLICY;

/** KMS key rules: rotation, deletion window, and what key policies allow. */
public final class KmsRules {
    /** What KMS uses when deletionWindowInDays is not set. */
    private static final int AWS_DEFAULT_DELETION_WINDOW = 30;
    /** Read-only metadata a service may read without a condition (CloudTrail's documented key policy does). */
    private static final Set<String> METADATA_ACTIONS = Set.of("kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListAliases");

    private KmsRules() {
    }

    public static List<Policy> all() {
        return List.of(keyRotation(), deletionWindow(), keyPolicyNotPublic(), serviceGrantsScoped(), noLockoutBypass(),
                description());
    }

    public static ResourcePolicy keyRotation() {
        return ResourcePolicy.builder("kms-key-rotation")
                .description("Symmetric customer-managed keys rotate automatically")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("KMS.4"))
                .types(KMS_KEY)
                .fix("Set enableKeyRotation to true")
                .check((r, ctx) -> {
                    if (!r.type().equals(KMS_KEY.current())) {
                        return; // a replica key rotates with its primary
                    }
                    PropertyMap p = r.properties();
                    boolean symmetric = p.string("customerMasterKeySpec").orElse("SYMMETRIC_DEFAULT").equals("SYMMETRIC_DEFAULT")
                            && p.string("keyUsage").orElse("ENCRYPT_DECRYPT").equals("ENCRYPT_DECRYPT");
                    if (symmetric) { // AWS cannot rotate asymmetric or HMAC keys
                        Checks.requireTrue(p, "enableKeyRotation", ctx, "symmetric customer-managed keys must rotate automatically");
                    }
                })
                .build();
    }

    public static ResourcePolicy deletionWindow() {
        return ResourcePolicy.builder("kms-deletion-window")
                .description("Production keys wait at least 30 days before deletion")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("KMS.3"))
                .types(KMS_KEY)
                .productionOnly()
                .setting(Setting.integer("minimumDays", "Minimum deletionWindowInDays in production (KMS allows 7 to 30)",
                        30, 7, 30))
                .fix("Set deletionWindowInDays to 30")
                .check((r, ctx) -> {
                    int minimum = ctx.settings().integer("minimumDays");
                    Optional<Integer> days = r.properties().integer("deletionWindowInDays");
                    if (days.orElse(AWS_DEFAULT_DELETION_WINDOW) < minimum) {
                        ctx.report("deletionWindowInDays is " + days.get()
                                + "; production keys need a deletion window of at least " + minimum + " days");
                    }
                })
                .build();
    }

    public static ResourcePolicy keyPolicyNotPublic() {
        return ResourcePolicy.builder("kms-key-policy-not-public")
                .description("Key policies grant nothing to everyone (Principal \"*\" needs an account condition)")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("KMS.5"))
                .types(KMS_KEY, KMS_KEY_POLICY)
                .fix("Name the principals, or limit \"*\" with kms:CallerAccount / aws:PrincipalAccount / aws:SourceAccount")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PublicStatements.of(doc, "policy")) {
                        ctx.report(s.label() + " allows Principal \"*\" without an account condition; "
                                + "KMS keys must not be usable by other accounts");
                    }
                }))
                .build();
    }

    public static ResourcePolicy serviceGrantsScoped() {
        return ResourcePolicy.builder("kms-key-policy-service-grants-scoped")
                .description("Key policy grants to AWS services carry a condition (account, source or encryption context)")
                .severity(Severity.HIGH)
                .noPublicControl("KMS.5 only checks public principals; binding service grants to this account "
                        + "(the confused-deputy guard) is the platform's key-policy rule (SPEC §3.2)")
                .types(KMS_KEY, KMS_KEY_POLICY)
                .fix("Add a Condition such as aws:SourceAccount, aws:SourceArn or kms:EncryptionContext:<service> to the grant")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "policy")) {
                        List<String> services = s.principals().getOrDefault("Service", List.of());
                        boolean metadataOnly = !s.actions().isEmpty() && s.actions().stream().allMatch(METADATA_ACTIONS::contains);
                        if (s.allow() && !services.isEmpty() && !s.hasCondition() && !metadataOnly) {
                            ctx.report(s.label() + " grants " + String.join(", ", s.actions()) + " to "
                                    + String.join(", ", services) + " without a Condition; bind service grants to this "
                                    + "account's resources");
                        }
                    }
                }))
                .build();
    }

    public static ResourcePolicy noLockoutBypass() {
        return ResourcePolicy.builder("kms-no-lockout-bypass")
                .description("Key policies are not applied with the policy-lockout safety check bypassed")
                .severity(Severity.HIGH)
                .noPublicControl("an input of the API call, invisible after the fact; pulumi compliance-policies "
                        + "aws-kms-key-disallow-bypass-policy-lockout-safety-check checks the same")
                .types(KMS_KEY, KMS_KEY_POLICY)
                .fix("Remove bypassPolicyLockoutSafetyCheck (false)")
                .check((r, ctx) -> Checks.forbidTrue(r.properties(), "bypassPolicyLockoutSafetyCheck", ctx,
                        "a policy that locks everyone out would make the key unmanageable"))
                .build();
    }

    public static ResourcePolicy description() {
        return ResourcePolicy.builder("kms-key-description")
                .description("KMS keys say what they protect")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("an audit-trail practice; pulumi compliance-policies aws-kms-key-missing-description "
                        + "checks the same")
                .types(KMS_KEY)
                .fix("Set description (which data, which stack)")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "description", ctx, "",
                        "say which data the key protects"))
                .build();
    }
}
