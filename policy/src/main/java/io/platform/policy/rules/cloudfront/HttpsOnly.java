package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;

/** Viewers must use HTTPS on every cache behavior. */
public final class HttpsOnly {
    private static final Set<String> HTTPS_VIEWER_POLICIES = Set.of("redirect-to-https", "https-only");

    private HttpsOnly() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("cloudfront-https-only")
                .description("Viewers must use HTTPS (redirect-to-https or https-only)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudFront.3"))
                .types(CLOUDFRONT_DISTRIBUTION)
                .fix("Set viewerProtocolPolicy to redirect-to-https on every cache behavior")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    ctx.isolated(() -> {
                        if (p.has("defaultCacheBehavior")) {
                            check(p.map("defaultCacheBehavior"), "defaultCacheBehavior", ctx);
                        }
                    });
                    ctx.isolated(() -> {
                        List<PropertyMap> ordered = p.maps("orderedCacheBehaviors");
                        for (int i = 0; i < ordered.size(); i++) {
                            PropertyMap behavior = ordered.get(i);
                            String label = "orderedCacheBehaviors[" + i + "]";
                            ctx.isolated(() -> check(behavior, label, ctx));
                        }
                    });
                })
                .build();
    }

    private static void check(PropertyMap behavior, String label, ResourceCheckContext ctx) {
        String policy = behavior.string("viewerProtocolPolicy").orElse(null);
        if (policy == null || !HTTPS_VIEWER_POLICIES.contains(policy)) {
            ctx.report(label + ".viewerProtocolPolicy is " + (policy == null ? "not set" : policy)
                    + "; viewers must use HTTPS (redirect-to-https or https-only)");
        }
    }
}
