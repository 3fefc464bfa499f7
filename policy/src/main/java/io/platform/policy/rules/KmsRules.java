package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.KMS_KEY;

/** KMS key rules. */
public final class KmsRules {
    /** What KMS uses when deletionWindowInDays is not set. */
    private static final int AWS_DEFAULT_DELETION_WINDOW = 30;

    private KmsRules() {
    }

    public static List<Policy> all() {
        return List.of(keyRotation(), deletionWindow());
    }

    public static ResourcePolicy keyRotation() {
        return ResourcePolicy.builder("kms-key-rotation")
                .description("Symmetric customer-managed keys rotate automatically")
                .severity(Severity.MEDIUM).controls("KMS.4", "CIS 3.6")
                .types(KMS_KEY)
                .fix("Set enableKeyRotation to true")
                .check((r, ctx) -> {
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
                .severity(Severity.MEDIUM).controls("KMS.3")
                .types(KMS_KEY)
                .productionOnly()
                .setting(Setting.integer("minimumDays", "Minimum deletionWindowInDays in production", 30, 7))
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
}
