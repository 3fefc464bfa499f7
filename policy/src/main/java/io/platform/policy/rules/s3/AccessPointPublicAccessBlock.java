package io.platform.policy.rules.s3;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.S3_ACCESS_POINT;
import static io.platform.policy.rules.AwsTypes.S3_MULTI_REGION_ACCESS_POINT;

/**
 * Access points and Multi-Region Access Points keep their public access block on. AWS turns all four
 * settings on when the block is omitted, so only an explicit {@code false} is a finding.
 */
public final class AccessPointPublicAccessBlock {
    private static final String WHY = "access points must block public access";

    private AccessPointPublicAccessBlock() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-access-point-public-access-block")
                .description("S3 access points and Multi-Region Access Points block public access")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("S3.19", "S3.24"))
                .types(S3_ACCESS_POINT, S3_MULTI_REGION_ACCESS_POINT)
                .fix("Remove the publicAccessBlockConfiguration overrides or set all four settings to true")
                .check((r, ctx) -> {
                    boolean multiRegion = S3_MULTI_REGION_ACCESS_POINT.has(r.type());
                    String path = multiRegion ? "details.publicAccessBlock" : "publicAccessBlockConfiguration";
                    ctx.isolated(() -> {
                        PropertyMap block = multiRegion ? r.properties().map("details").map("publicAccessBlock")
                                : r.properties().map("publicAccessBlockConfiguration");
                        for (String flag : PublicAccessBlock.FLAGS) {
                            Checks.forbidFalse(block, flag, path + "." + flag, ctx, WHY);
                        }
                    });
                })
                .build();
    }
}
