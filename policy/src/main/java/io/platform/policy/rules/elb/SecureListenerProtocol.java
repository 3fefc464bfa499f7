package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.LISTENER;

/**
 * Listeners use HTTPS or TLS. With {@code allowHttpRedirect} (the default) an HTTP listener whose every
 * default action redirects to HTTPS passes, as ELB.1 recommends; Security Hub's ELB.18 flags any HTTP
 * listener, so set it false for ELB.18 exactly (and for compliance-policies' disallow-unencrypted-traffic).
 */
public final class SecureListenerProtocol {
    private SecureListenerProtocol() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-listener-secure-protocol")
                .description("Load balancer listeners use HTTPS or TLS (HTTP only to redirect to HTTPS)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.18"))
                .types(LISTENER)
                .setting(Setting.bool("allowHttpRedirect",
                        "Accept HTTP listeners whose only default actions redirect to HTTPS (ELB.18 itself does not)", true))
                .fix("Use protocol HTTPS (ALB) or TLS (NLB); keep HTTP only as a redirect to HTTPS")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String protocol = p.string("protocol").orElse(p.has("certificateArn") ? "HTTPS" : "HTTP");
                    if (!protocol.equals("HTTP") && !protocol.equals("TCP") && !protocol.equals("UDP") && !protocol.equals("TCP_UDP")) {
                        return;
                    }
                    if (protocol.equals("HTTP") && ctx.settings().bool("allowHttpRedirect") && redirectsOnly(p)) {
                        return;
                    }
                    ctx.report("protocol is " + protocol + (p.has("protocol") ? "" : " (the default)")
                            + "; listeners must encrypt traffic with HTTPS or TLS");
                })
                .build();
    }

    private static boolean redirectsOnly(PropertyMap listener) {
        List<PropertyMap> actions = listener.maps("defaultActions");
        return !actions.isEmpty() && actions.stream().allMatch(a -> "redirect".equals(a.string("type").orElse(null))
                && "HTTPS".equals(a.map("redirect").string("protocol").orElse(null)));
    }
}
