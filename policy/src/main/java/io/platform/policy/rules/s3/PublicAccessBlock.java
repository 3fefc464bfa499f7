package io.platform.policy.rules.s3;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.S3_PUBLIC_ACCESS_BLOCK;

/** All four S3 public access block settings are true, on a bucket's block and on the account's. */
public final class PublicAccessBlock {
    static final List<String> FLAGS = List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets");

    private PublicAccessBlock() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-public-access-block")
                .description("All four S3 public access block settings are true (bucket and account level)")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("S3.8", "S3.1"))
                .types(S3_PUBLIC_ACCESS_BLOCK, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK)
                .fix("Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true")
                .check((r, ctx) -> {
                    for (String flag : FLAGS) {
                        Checks.requireTrue(r.properties(), flag, ctx, "all four public access block settings must be true");
                    }
                })
                .build();
    }
}
