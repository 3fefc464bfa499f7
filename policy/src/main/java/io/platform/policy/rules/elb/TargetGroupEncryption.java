package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.Set;

import static io.platform.policy.rules.AwsTypes.TARGET_GROUP;

/**
 * Load balancers reach their targets over TLS: the target group's protocol (ELB.22) and its health checks
 * (ELB.21). Advisory by default: the platform terminates TLS at the load balancer and its tasks listen on
 * plain HTTP inside private subnets; encrypting that hop needs a certificate in every container.
 */
public final class TargetGroupEncryption {
    static final Set<String> ENCRYPTED = Set.of("HTTPS", "TLS", "QUIC", "TCP_QUIC");

    private TargetGroupEncryption() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-target-group-encrypted")
                .description("Target groups use HTTPS, TLS or QUIC for traffic and HTTPS for health checks")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.22", "ELB.21"))
                .types(TARGET_GROUP)
                .fix("Serve TLS in the targets and set protocol HTTPS (ALB) or TLS (NLB), with healthCheck.protocol HTTPS")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String targetType = p.string("targetType").orElse("instance");
                    if (targetType.equals("lambda")) {
                        return;
                    }
                    ctx.isolated(() -> {
                        String protocol = p.string("protocol").orElse(null);
                        if (!targetType.equals("alb") && !"GENEVE".equals(protocol) && !ENCRYPTED.contains(protocol)) {
                            ctx.report("protocol is " + (protocol == null ? "not set" : protocol)
                                    + "; the load balancer must reach its targets over TLS");
                        }
                    });
                    ctx.isolated(() -> {
                        String health = p.map("healthCheck").string("protocol").orElse(null);
                        if (health == null) {
                            String protocol = p.string("protocol").orElse("HTTP");
                            health = (protocol.startsWith("HTTP") ? protocol : "TCP") + " (the default)";
                        }
                        if (!health.equals("HTTPS") && !health.equals("HTTPS (the default)")) {
                            ctx.report("healthCheck.protocol is " + health + "; health checks must use HTTPS");
                        }
                    });
                })
                .build();
    }

    /** AWS's default health-check protocol: the target group's own for HTTP(S), TCP for the network protocols. */
    private static String defaultHealthCheck(String protocol) {
        return protocol.startsWith("HTTP") ? protocol + " (the default)" : "TCP (the default)";
    }
}
