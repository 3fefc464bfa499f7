package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER_POLICY;

/** Classic Load Balancer SSL negotiation policies reference a strong predefined policy. */
public final class ClassicTlsPolicy {
    private ClassicTlsPolicy() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("clb-tls-policy")
                .description("Classic Load Balancer SSL negotiation policies reference ELBSecurityPolicy-TLS-1-2-2017-01")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.8"))
                .types(CLASSIC_LOAD_BALANCER_POLICY)
                .setting(Setting.strings("allowedPolicies", "Predefined policies an SSL negotiation policy may reference",
                        List.of("ELBSecurityPolicy-TLS-1-2-2017-01")).nonEmpty())
                .fix("Set the Reference-Security-Policy attribute to ELBSecurityPolicy-TLS-1-2-2017-01")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!p.string("policyTypeName").orElse("").equals("SSLNegotiationPolicyType")) {
                        return;
                    }
                    Optional<String> reference = p.maps("policyAttributes").stream()
                            .filter(a -> a.string("name").orElse("").equals("Reference-Security-Policy"))
                            .map(a -> a.string("value").orElse("")).findFirst();
                    if (reference.isEmpty() || !ctx.settings().strings("allowedPolicies").contains(reference.get())) {
                        ctx.report("policyAttributes Reference-Security-Policy is " + reference.orElse("not set")
                                + "; SSL listeners must use ELBSecurityPolicy-TLS-1-2-2017-01");
                    }
                })
                .build();
    }
}
