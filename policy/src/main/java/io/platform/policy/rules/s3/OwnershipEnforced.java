package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.S3_OWNERSHIP_CONTROLS;

/** Object ownership is BucketOwnerEnforced: ACLs are disabled. */
public final class OwnershipEnforced {
    private OwnershipEnforced() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-ownership-enforced")
                .description("S3 object ownership is BucketOwnerEnforced (ACLs disabled)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("S3.12"))
                .types(S3_OWNERSHIP_CONTROLS)
                .fix("Set rule.objectOwnership to BucketOwnerEnforced")
                .check((r, ctx) -> {
                    String ownership = r.properties().map("rule").string("objectOwnership").orElse(null);
                    if (!"BucketOwnerEnforced".equals(ownership)) {
                        ctx.report("rule.objectOwnership is " + (ownership == null ? "not set" : ownership)
                                + "; S3 buckets must disable ACLs with BucketOwnerEnforced");
                    }
                })
                .build();
    }
}
