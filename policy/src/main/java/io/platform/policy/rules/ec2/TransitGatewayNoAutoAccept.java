package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.TRANSIT_GATEWAY;

/** Transit gateways accept shared VPC attachments only after review. */
public final class TransitGatewayNoAutoAccept {
    private TransitGatewayNoAutoAccept() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-transit-gateway-no-auto-accept")
                .description("Transit gateways do not accept VPC attachments automatically")
                .severity(Severity.HIGH).controls(SecurityHub.controls("EC2.23"))
                .types(TRANSIT_GATEWAY)
                .fix("Set autoAcceptSharedAttachments to disable")
                .check((r, ctx) -> {
                    if (r.properties().string("autoAcceptSharedAttachments").orElse("disable").equalsIgnoreCase("enable")) {
                        ctx.report("autoAcceptSharedAttachments is enable; attachments from other accounts must be accepted explicitly");
                    }
                })
                .build();
    }
}
