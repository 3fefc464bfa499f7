package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Distributions are protected by a web ACL. */
public final class Waf {
    private Waf() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-waf")
                .description("Distributions are protected by a WAF web ACL")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudFront.6"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set webAclId to the ARN of a CLOUDFRONT-scope WAFv2 web ACL")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "webAclId", ctx, "",
                        "distributions must be protected by a CLOUDFRONT-scope WAF web ACL"))
                .build();
    }
}
