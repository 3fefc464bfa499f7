package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Distributions name a default root object, so "/" never lists or exposes the origin. */
public final class DefaultRootObject {
    private DefaultRootObject() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-default-root-object")
                .description("Distributions have a default root object")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudFront.1"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set defaultRootObject (index.html for a static site)")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "defaultRootObject", ctx, "",
                        "requests for / must get a named object, not the origin's root"))
                .build();
    }
}
