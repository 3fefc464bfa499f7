package io.platform.policy.rules.elb;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLASSIC_LOAD_BALANCER;

/** Classic Load Balancer listeners terminate HTTPS/SSL with an ACM certificate. */
public final class ClassicListeners {
    private ClassicListeners() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("clb-secure-listeners")
                .description("Classic Load Balancer listeners use HTTPS/SSL with an ACM certificate")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ELB.3", "ELB.2"))
                .types(CLASSIC_LOAD_BALANCER)
                .fix("Set lbProtocol to HTTPS or SSL and sslCertificateId to an ACM certificate ARN")
                .check((r, ctx) -> {
                    List<PropertyMap> listeners = r.properties().maps("listeners");
                    for (int i = 0; i < listeners.size(); i++) {
                        PropertyMap l = listeners.get(i);
                        String label = "listeners[" + i + "]";
                        ctx.isolated(() -> {
                            String protocol = l.string("lbProtocol").orElse("").toUpperCase(java.util.Locale.ROOT);
                            if (!protocol.equals("HTTPS") && !protocol.equals("SSL")) {
                                ctx.report(label + ".lbProtocol is " + protocol + "; Classic Load Balancer listeners "
                                        + "must terminate HTTPS or SSL");
                                return;
                            }
                            String certificate = l.string("sslCertificateId").orElse("");
                            if (!certificate.contains(":acm:")) {
                                ctx.report(label + ".sslCertificateId is " + (certificate.isEmpty() ? "not set" : certificate)
                                        + "; use a certificate from AWS Certificate Manager");
                            }
                        });
                    }
                })
                .build();
    }
}
