package io.platform.policy.rules.cloudfront;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** CloudFront distribution rules, one class each. */
public final class CloudFrontRules {
    private CloudFrontRules() {
    }

    public static List<Policy> all() {
        return List.of(HttpsOnly.policy(), MinimumTls.policy(), S3OriginAccessControl.policy(),
                LambdaUrlOriginAccessControl.policy(), CustomOriginTls.policy(), ViewerCertificate.policy(),
                DefaultRootObject.policy(), OriginFailover.policy(), Waf.policy(), Logging.policy());
    }
}
