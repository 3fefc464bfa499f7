package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS;
import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_PERMISSION;

/**
 * EBS snapshots are never shared with everyone: no create-volume permission for the group "all", and
 * the account's snapshot block-public-access setting, when declared, blocks sharing.
 */
public final class EbsSnapshotNotPublic {
    private EbsSnapshotNotPublic() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-ebs-snapshot-not-public")
                .description("EBS snapshots are not publicly restorable")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("EC2.1"))
                .types(EBS_SNAPSHOT_PERMISSION, EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS)
                .fix("Share snapshots with named account ids only; set snapshot block public access to block-all-sharing")
                .check((r, ctx) -> {
                    if (EBS_SNAPSHOT_PERMISSION.has(r.type())) {
                        if (r.properties().string("accountId").filter("all"::equalsIgnoreCase).isPresent()) {
                            ctx.report("accountId is all; snapshots must not be restorable by anyone");
                        }
                        return;
                    }
                    String state = r.properties().string("state").orElse(null);
                    if (!"block-all-sharing".equals(state) && !"block-new-sharing".equals(state)) {
                        ctx.report("state is " + (state == null ? "not set" : state)
                                + "; snapshot block public access must block public sharing");
                    }
                })
                .build();
    }
}
