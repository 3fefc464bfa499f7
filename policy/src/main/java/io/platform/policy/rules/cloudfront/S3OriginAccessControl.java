package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** S3 origins are reached through Origin Access Control. */
public final class S3OriginAccessControl {
    private S3OriginAccessControl() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-s3-origin-access-control")
                .description("S3 origins are reached through Origin Access Control")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudFront.13"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Create an OriginAccessControl (sigv4, always) and set originAccessControlId on the S3 origin")
                .check((r, ctx) -> Origins.each(r, ctx, (origin, label) -> {
                    if (Origins.isS3(origin) && origin.nonBlank("originAccessControlId").isEmpty()) {
                        ctx.report(label + ".originAccessControlId is not set for an S3 origin; "
                                + "S3 origins must be reached through Origin Access Control");
                    }
                }))
                .build();
    }
}
