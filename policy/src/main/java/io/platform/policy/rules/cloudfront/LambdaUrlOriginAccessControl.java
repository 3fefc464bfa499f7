package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Lambda function URL origins are reached through Origin Access Control. */
public final class LambdaUrlOriginAccessControl {
    private LambdaUrlOriginAccessControl() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-lambda-url-origin-access-control")
                .description("Lambda function URL origins are reached through Origin Access Control")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudFront.16"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Create an OriginAccessControl of type lambda and set originAccessControlId on the origin")
                .check((r, ctx) -> Origins.each(r, ctx, (origin, label) -> {
                    if (Origins.isLambdaUrl(origin) && origin.nonBlank("originAccessControlId").isEmpty()) {
                        ctx.report(label + ".originAccessControlId is not set for a Lambda function URL origin; "
                                + "function URLs must only accept CloudFront's signed requests");
                    }
                }))
                .build();
    }
}
