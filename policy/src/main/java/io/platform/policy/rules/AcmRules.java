package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.ACM_CERTIFICATE;

/** ACM certificate rules (expiry, ACM.1, is run-time state: ACM renews DNS-validated certificates itself). */
public final class AcmRules {
    private AcmRules() {
    }

    public static List<Policy> all() {
        return List.of(keyLength());
    }

    public static ResourcePolicy keyLength() {
        return ResourcePolicy.builder("acm-key-length")
                .description("ACM certificates use RSA 2048 or stronger (or ECDSA) keys")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ACM.2"))
                .types(ACM_CERTIFICATE)
                .fix("Request the certificate with keyAlgorithm RSA_2048 (the default) or EC_prime256v1")
                .check((r, ctx) -> r.properties().string("keyAlgorithm").filter("RSA_1024"::equals).ifPresent(a ->
                        ctx.report("keyAlgorithm is RSA_1024; certificates need RSA keys of at least 2,048 bits")))
                .build();
    }
}
