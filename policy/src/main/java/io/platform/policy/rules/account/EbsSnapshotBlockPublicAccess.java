package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS;

/**
 * No EBS snapshot of the region can be shared with everyone: the account's snapshot block public access is
 * {@code block-all-sharing} (EC2.182; {@code block-new-sharing} leaves snapshots shared earlier public).
 */
public final class EbsSnapshotBlockPublicAccess {
    static final String BLOCK_ALL = "block-all-sharing";

    private EbsSnapshotBlockPublicAccess() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-ebs-snapshot-block-public-access", (stack, ctx, anchor) -> {
                    List<PolicyResource> settings = stack.of(EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS);
                    if (settings.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS.current()
                                + "; block public sharing of EBS snapshots for the account");
                    }
                    ctx.forEach(settings, s -> {
                        String state = s.properties().string("state").orElse(null);
                        if (!BLOCK_ALL.equals(state)) {
                            ctx.report(s, "state is " + (state == null ? "not set" : state)
                                    + "; snapshot block public access must be " + BLOCK_ALL);
                        }
                    });
                })
                .inspects(EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS)
                .description("EBS snapshot block public access blocks all public sharing in the account")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.182"))
                .fix("Declare ebs.SnapshotBlockPublicAccess with state block-all-sharing in the baseline stack")
                .build();
    }
}
