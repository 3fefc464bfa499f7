package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.UnknownValueException;
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
                .check((r, ctx) -> {
                    // CloudFront.1 applies to distributions with an S3 origin.
                    boolean s3 = false;
                    UnknownValueException unknown = null;
                    for (PropertyMap origin : r.properties().maps("origins")) {
                        try {
                            s3 |= Origins.isS3(origin);
                        } catch (UnknownValueException e) {
                            unknown = e;
                        }
                    }
                    if (!s3 && unknown != null && r.properties().nonBlank("defaultRootObject").isEmpty()) {
                        throw unknown; // an origin not known yet may be a bucket
                    }
                    if (s3) {
                        Checks.requireSet(r.properties(), "defaultRootObject", ctx, "",
                                "requests for / must get a named object, not a listing of the S3 origin");
                    }
                })
                .build();
    }
}
