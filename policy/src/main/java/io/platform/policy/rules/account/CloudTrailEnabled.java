package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;

/** The account baseline has a multi-region trail (the cloudtrail-* rules judge its settings). */
public final class CloudTrailEnabled {
    private CloudTrailEnabled() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-cloudtrail", (stack, ctx, anchor) -> {
                    boolean multiRegion = stack.of(CLOUDTRAIL).stream()
                            .anyMatch(t -> t.properties().isUnknown("isMultiRegionTrail")
                                    || t.properties().bool("isMultiRegionTrail", false));
                    if (!multiRegion) {
                        ctx.report(anchor, "the account baseline declares no multi-region " + CLOUDTRAIL.current()
                                + "; record the account's API activity in every region");
                    }
                })
                .description("The account baseline has a multi-region CloudTrail trail")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudTrail.1"))
                .inspects(CLOUDTRAIL)
                .fix("Declare a cloudtrail.Trail with isMultiRegionTrail true in the baseline stack")
                .build();
    }
}
