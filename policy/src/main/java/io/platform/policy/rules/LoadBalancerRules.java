package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.LISTENERS;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCERS;

/** Load balancer and listener rules, for both the {@code aws:lb} and {@code aws:alb} tokens. */
public final class LoadBalancerRules {
    private static final Set<String> TLS_PROTOCOLS = Set.of("HTTPS", "TLS");
    /** Predefined ELB policies that allow TLS 1.2 or later only. */
    private static final List<String> TLS12_POLICIES = List.of(
            "ELBSecurityPolicy-TLS13-1-2-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
            "ELBSecurityPolicy-TLS13-1-3-2021-06",
            "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
            "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
            "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
            "ELBSecurityPolicy-TLS-1-2-2017-01",
            "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
            "ELBSecurityPolicy-FS-1-2-2019-08",
            "ELBSecurityPolicy-FS-1-2-Res-2019-08",
            "ELBSecurityPolicy-FS-1-2-Res-2020-10");

    private LoadBalancerRules() {
    }

    public static List<Policy> all() {
        return List.of(tlsPolicy(), httpRedirectsOnly(), dropInvalidHeaders(), accessLogs(), deletionProtection());
    }

    /** Application load balancers: {@code loadBalancerType} unset or {@code application}. */
    static boolean isApplication(PolicyResource lb) {
        return lb.properties().string("loadBalancerType").orElse("application").equals("application");
    }

    public static ResourcePolicy tlsPolicy() {
        return ResourcePolicy.builder("lb-tls-policy")
                .description("HTTPS/TLS listeners use a TLS 1.2+ security policy")
                .severity(Severity.HIGH).controls("ELB.17")
                .types(LISTENERS)
                .setting(Setting.strings("allowedSslPolicies", "Security policies HTTPS/TLS listeners may use", TLS12_POLICIES))
                .fix("Set sslPolicy to ELBSecurityPolicy-TLS13-1-2-2021-06")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String protocol = p.string("protocol").orElse(p.has("certificateArn") ? "HTTPS" : "");
                    if (!TLS_PROTOCOLS.contains(protocol)) {
                        return;
                    }
                    String why = "; " + protocol + " listeners must use a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06";
                    String policy = p.nonBlank("sslPolicy").orElse(null);
                    if (policy == null) {
                        ctx.report("sslPolicy is not set (AWS default ELBSecurityPolicy-2016-08 allows TLS 1.0)" + why);
                    } else if (!ctx.settings().strings("allowedSslPolicies").contains(policy)) {
                        ctx.report("sslPolicy is " + policy + why);
                    }
                })
                .build();
    }

    public static ResourcePolicy httpRedirectsOnly() {
        return ResourcePolicy.builder("lb-http-redirects-only")
                .description("HTTP listeners only redirect to HTTPS")
                .severity(Severity.HIGH).controls("ELB.1")
                .types(LISTENERS)
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
                        String type = action.string("type").orElse(null);
                        if (!"redirect".equals(type)) {
                            ctx.report(label + ".type is " + (type == null ? "not set" : type) + why);
                            continue;
                        }
                        String target = action.map("redirect").string("protocol").orElse(null);
                        if (!"HTTPS".equals(target)) {
                            ctx.report(label + ".redirect.protocol is "
                                    + (target == null ? "not set (keeps HTTP)" : target) + why);
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy dropInvalidHeaders() {
        return ResourcePolicy.builder("lb-drop-invalid-headers")
                .description("Application load balancers drop invalid HTTP header fields")
                .severity(Severity.MEDIUM).controls("ELB.4")
                .types(LOAD_BALANCERS)
                .fix("Set dropInvalidHeaderFields to true")
                .check((r, ctx) -> {
                    if (isApplication(r)) {
                        Checks.requireTrue(r.properties(), "dropInvalidHeaderFields", ctx,
                                "application load balancers must drop invalid HTTP header fields");
                    }
                })
                .build();
    }

    public static ResourcePolicy accessLogs() {
        return ResourcePolicy.builder("lb-access-logs")
                .description("Load balancers write access logs to S3")
                .severity(Severity.MEDIUM).controls("ELB.5")
                .types(LOAD_BALANCERS)
                .fix("Set accessLogs with enabled true, the log bucket and a prefix such as alb/")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String why = "load balancers must write access logs to S3";
                    if (!p.has("accessLogs")) {
                        ctx.report("accessLogs is not set; " + why);
                        return;
                    }
                    PropertyMap logs = p.map("accessLogs");
                    Checks.requireTrue(logs, "enabled", "accessLogs.enabled", ctx, why);
                    if (logs.bool("enabled", false) && !logs.has("bucket")) {
                        ctx.report("accessLogs.bucket is not set; " + why);
                    }
                })
                .build();
    }

    public static ResourcePolicy deletionProtection() {
        return ResourcePolicy.builder("lb-deletion-protection")
                .description("Production load balancers have deletion protection on")
                .severity(Severity.MEDIUM).controls("ELB.6")
                .types(LOAD_BALANCERS)
                .productionOnly()
                .fix("Set enableDeletionProtection to true for production stacks")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "enableDeletionProtection", ctx,
                        "production load balancers must have deletion protection on"))
                .build();
    }
}
