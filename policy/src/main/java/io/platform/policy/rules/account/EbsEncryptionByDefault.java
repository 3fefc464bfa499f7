package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EBS_ENCRYPTION_BY_DEFAULT;

/** New EBS volumes in the account are encrypted even when their creator forgets to ask. */
public final class EbsEncryptionByDefault {
    private EbsEncryptionByDefault() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-ebs-encryption-by-default", (stack, ctx, anchor) -> {
                    List<PolicyResource> settings = stack.of(EBS_ENCRYPTION_BY_DEFAULT);
                    if (settings.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + EBS_ENCRYPTION_BY_DEFAULT.current()
                                + "; encrypt new EBS volumes by default");
                    }
                    ctx.forEach(settings, s -> {
                        if (!s.properties().bool("enabled", true)) {
                            ctx.report(s, "enabled is false; EBS encryption by default must be on");
                        }
                    });
                })
                .description("EBS encryption by default is on for the account")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.7"))
                .fix("Declare ebs.EncryptionByDefault with enabled true in the baseline stack")
                .build();
    }
}
