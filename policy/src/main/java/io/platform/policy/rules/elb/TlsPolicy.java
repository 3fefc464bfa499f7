package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.LISTENER;

/**
 * HTTPS and TLS listeners use one of the security policies Security Hub's ELB.17 recommends today:
 * TLS 1.3-only, or TLS 1.3/1.2 restricted, with FIPS and the 2025 post-quantum (ML-KEM) variants.
 */
public final class TlsPolicy {
    /** ELB.17's list (AWS Security Hub control reference, 2025). */
    static final List<String> RECOMMENDED = List.of(
            "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
            "ELBSecurityPolicy-TLS13-1-3-2021-06",
            "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
            "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04");
    static final Set<String> TLS_PROTOCOLS = Set.of("HTTPS", "TLS");

    private TlsPolicy() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("lb-tls-policy")
                .description("HTTPS/TLS listeners use a security policy ELB.17 recommends (TLS 1.3, restricted 1.2, PQ)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ELB.17"))
                .types(LISTENER)
                .setting(Setting.strings("allowedSslPolicies", "Security policies HTTPS/TLS listeners may use", RECOMMENDED)
                        .nonEmpty().matching("each a predefined ELBSecurityPolicy-* name",
                                v -> ((List<?>) v).stream().allMatch(p -> String.valueOf(p).startsWith("ELBSecurityPolicy-"))))
                .fix("Set sslPolicy to ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String protocol = p.string("protocol").orElse(p.has("certificateArn") ? "HTTPS" : "");
                    if (!TLS_PROTOCOLS.contains(protocol)) {
                        return;
                    }
                    String why = "; " + protocol + " listeners must use a recommended policy such as "
                            + "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";
                    String policy = p.nonBlank("sslPolicy").orElse(null);
                    if (policy == null) {
                        ctx.report("sslPolicy is not set (AWS default ELBSecurityPolicy-2016-08 allows TLS 1.0)" + why);
                    } else if (!ctx.settings().strings("allowedSslPolicies").contains(policy)) {
                        ctx.report("sslPolicy is " + policy + why);
                    }
                })
                .build();
    }
}
