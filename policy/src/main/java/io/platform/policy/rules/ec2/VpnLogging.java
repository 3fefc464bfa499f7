package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CLIENT_VPN_ENDPOINT;
import static io.platform.policy.rules.AwsTypes.VPN_CONNECTION;

/** Client VPN endpoints log client connections; Site-to-Site VPN connections log both tunnels. */
public final class VpnLogging {
    private static final String WHY = "VPN connections must be logged to CloudWatch Logs";

    private VpnLogging() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-vpn-logging")
                .description("Client VPN endpoints and Site-to-Site VPN tunnels log to CloudWatch Logs")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("EC2.51", "EC2.171"))
                .types(CLIENT_VPN_ENDPOINT, VPN_CONNECTION)
                .fix("Enable connectionLogOptions (Client VPN) or tunnel1/2LogOptions.cloudwatchLogOptions (Site-to-Site)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (CLIENT_VPN_ENDPOINT.has(r.type())) {
                        Checks.requireTrue(p.map("connectionLogOptions"), "enabled", "connectionLogOptions.enabled", ctx, WHY);
                        return;
                    }
                    for (String tunnel : new String[] {"tunnel1LogOptions", "tunnel2LogOptions"}) {
                        ctx.isolated(() -> Checks.requireTrue(p.map(tunnel).map("cloudwatchLogOptions"), "logEnabled",
                                tunnel + ".cloudwatchLogOptions.logEnabled", ctx, WHY));
                    }
                })
                .build();
    }
}
