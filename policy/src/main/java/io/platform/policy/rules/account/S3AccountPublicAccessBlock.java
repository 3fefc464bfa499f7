package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import static io.platform.policy.rules.AwsTypes.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK;

/** The baseline turns on S3 Block Public Access for the whole account (s3-public-access-block judges its settings). */
public final class S3AccountPublicAccessBlock {
    private S3AccountPublicAccessBlock() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-s3-public-access-block", (stack, ctx, anchor) -> {
                    if (stack.of(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK).isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + S3_ACCOUNT_PUBLIC_ACCESS_BLOCK.current()
                                + "; block public access for the whole account");
                    }
                })
                .description("The account baseline blocks S3 public access account-wide")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.1"))
                .fix("Declare an s3.AccountPublicAccessBlock with all four settings true in the baseline stack")
                .build();
    }
}
