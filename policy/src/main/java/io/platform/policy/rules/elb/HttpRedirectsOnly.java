package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.LISTENER;

/** HTTP listeners only redirect to HTTPS. */
public final class HttpRedirectsOnly {
    private HttpRedirectsOnly() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-http-redirects-only")
                .description("HTTP listeners only redirect to HTTPS")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ELB.1"))
                .types(LISTENER)
                .fix("Make the HTTP listener's only default action a redirect with protocol HTTPS, port 443, status HTTP_301")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!p.string("protocol").orElse("").equals("HTTP")) {
                        return;
                    }
                    String why = "; HTTP listeners must only redirect to HTTPS";
                    List<PropertyMap> actions = p.maps("defaultActions");
                    for (int i = 0; i < actions.size(); i++) {
                        PropertyMap action = actions.get(i);
                        String label = "defaultActions[" + i + "]";
                        ctx.isolated(() -> {
                            String type = action.string("type").orElse(null);
                            if (!"redirect".equals(type)) {
                                ctx.report(label + ".type is " + (type == null ? "not set" : type) + why);
                                return;
                            }
                            String target = action.map("redirect").string("protocol").orElse(null);
                            if (!"HTTPS".equals(target)) {
                                ctx.report(label + ".redirect.protocol is "
                                        + (target == null ? "not set (keeps HTTP)" : target) + why);
                            }
                        });
                    }
                })
                .build();
    }
}
