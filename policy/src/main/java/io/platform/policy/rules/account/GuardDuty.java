package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.GUARDDUTY_DETECTOR;
import static io.platform.policy.rules.AwsTypes.GUARDDUTY_FEATURE;

/**
 * GuardDuty is on with every protection plan: S3, EKS audit logs, EBS malware scanning, RDS logins,
 * Lambda network activity, and Runtime Monitoring with managed agents for ECS Fargate, EC2 and EKS.
 * Plans of services an account does not use cost nothing.
 */
public final class GuardDuty {
    /** Feature → the Security Hub control that asks for it. */
    static final Map<String, String> FEATURES = features();
    /** Runtime Monitoring's managed agents → control. */
    static final Map<String, String> RUNTIME_AGENTS = Map.of("ECS_FARGATE_AGENT_MANAGEMENT", "GuardDuty.12",
            "EC2_AGENT_MANAGEMENT", "GuardDuty.13", "EKS_ADDON_MANAGEMENT", "GuardDuty.7");

    private GuardDuty() {
    }

    private static Map<String, String> features() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("S3_DATA_EVENTS", "GuardDuty.10");
        m.put("EKS_AUDIT_LOGS", "GuardDuty.5");
        m.put("EBS_MALWARE_PROTECTION", "GuardDuty.8");
        m.put("RDS_LOGIN_EVENTS", "GuardDuty.9");
        m.put("LAMBDA_NETWORK_LOGS", "GuardDuty.6");
        m.put("RUNTIME_MONITORING", "GuardDuty.11");
        return m;
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-guardduty", (stack, ctx, anchor) -> {
                    List<PolicyResource> detectors = stack.of(GUARDDUTY_DETECTOR);
                    if (detectors.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + GUARDDUTY_DETECTOR.current()
                                + "; GuardDuty must watch the account");
                        return;
                    }
                    PolicyResource detector = detectors.get(0);
                    ctx.forEach(detectors, d -> {
                        if (!d.properties().bool("enable", true)) {
                            ctx.report(d, "enable is false; the GuardDuty detector must be switched on");
                        }
                    });
                    List<String> requiredFeatures = ctx.settings().strings("requiredFeatures");
                    List<String> requiredAgents = ctx.settings().strings("requiredRuntimeAgents");
                    ctx.forEach(List.of(detector), d -> {
                        Map<String, PropertyMap> enabled = new LinkedHashMap<>();
                        for (PolicyResource f : stack.of(GUARDDUTY_FEATURE)) {
                            PropertyMap p = f.properties();
                            if (p.string("status").orElse("").equals("ENABLED")) {
                                enabled.put(p.string("name").orElse(""), p);
                            }
                        }
                        for (String feature : requiredFeatures) {
                            if (!enabled.containsKey(feature)) {
                                ctx.report(d, "GuardDuty feature " + feature + " is not ENABLED (" + FEATURES.getOrDefault(feature, "")
                                        + "); turn on every protection plan");
                            }
                        }
                        PropertyMap runtime = enabled.get("RUNTIME_MONITORING");
                        if (runtime != null) {
                            List<String> agents = runtime.maps("additionalConfigurations").stream()
                                    .filter(c -> c.string("status").orElse("").equals("ENABLED"))
                                    .map(c -> c.string("name").orElse("")).toList();
                            for (String agent : requiredAgents) {
                                if (!agents.contains(agent)) {
                                    ctx.report(d, "RUNTIME_MONITORING has no ENABLED additional configuration " + agent + " ("
                                            + RUNTIME_AGENTS.getOrDefault(agent, "") + "); let GuardDuty manage the runtime agent");
                                }
                            }
                        }
                    });
                })
                .description("GuardDuty is on with every protection plan and managed runtime agents")
                .severity(Severity.HIGH)
                .controls(SecurityHub.controls("GuardDuty.1", "GuardDuty.5", "GuardDuty.6", "GuardDuty.7", "GuardDuty.8",
                        "GuardDuty.9", "GuardDuty.10", "GuardDuty.11", "GuardDuty.12", "GuardDuty.13"))
                .inspects(GUARDDUTY_FEATURE)
                .setting(Setting.strings("requiredFeatures", "GuardDuty detector features that must be ENABLED",
                        List.copyOf(FEATURES.keySet())).oneOf(FEATURES.keySet()))
                .setting(Setting.strings("requiredRuntimeAgents", "RUNTIME_MONITORING additional configurations that must be ENABLED",
                        List.copyOf(RUNTIME_AGENTS.keySet())).oneOf(RUNTIME_AGENTS.keySet()))
                .fix("Declare a guardduty.DetectorFeature (status ENABLED) per plan; RUNTIME_MONITORING with the agent configurations")
                .build();
    }
}
