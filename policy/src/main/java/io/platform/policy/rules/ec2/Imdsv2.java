package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_CONFIGURATION;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;

/** Instances, launch templates and launch configurations require IMDSv2 (session tokens). */
public final class Imdsv2 {
    private Imdsv2() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-imdsv2")
                .description("EC2 instances, launch templates and launch configurations require IMDSv2")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.8", "EC2.170", "AutoScaling.3"))
                .types(EC2_INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION)
                .fix("Set metadataOptions.httpTokens to required (and httpEndpoint enabled)")
                .check((r, ctx) -> {
                    PropertyMap options = r.properties().map("metadataOptions");
                    if (options.string("httpEndpoint").filter("disabled"::equalsIgnoreCase).isPresent()) {
                        return; // no metadata service at all
                    }
                    String tokens = options.string("httpTokens").orElse(null);
                    if (!"required".equals(tokens)) {
                        ctx.report("metadataOptions.httpTokens is " + (tokens == null ? "not set (IMDSv1 allowed)" : tokens)
                                + "; instances must require IMDSv2 session tokens");
                    }
                })
                .build();
    }
}
