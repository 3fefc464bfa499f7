package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.ArrayList;
import java.util.List;

import static io.platform.policy.rules.AwsTypes.INSPECTOR_ENABLER;

/** Amazon Inspector scans EC2, ECR images and Lambda functions (standard and code scanning). */
public final class Inspector {
    static final List<String> RESOURCE_TYPES = List.of("EC2", "ECR", "LAMBDA", "LAMBDA_CODE");

    private Inspector() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-inspector", (stack, ctx, anchor) -> {
                    List<PolicyResource> enablers = stack.of(INSPECTOR_ENABLER);
                    List<String> enabled = new ArrayList<>();
                    ctx.forEach(enablers, e -> enabled.addAll(e.properties().strings("resourceTypes")));
                    if (enablers.stream().anyMatch(e -> e.properties().isUnknown("resourceTypes"))) {
                        return;
                    }
                    List<String> missing = ctx.settings().strings("requiredResourceTypes").stream()
                            .filter(t -> !enabled.contains(t)).toList();
                    if (!missing.isEmpty()) {
                        ctx.report(enablers.isEmpty() ? anchor : enablers.get(0), "Inspector scanning of "
                                + String.join(", ", missing) + " is not enabled; scan every workload type for vulnerabilities");
                    }
                })
                .description("Inspector scans EC2 instances, ECR images and Lambda functions and code")
                .severity(Severity.HIGH).controls(SecurityHub.controls("Inspector.1", "Inspector.2", "Inspector.3", "Inspector.4"))
                .inspects(INSPECTOR_ENABLER)
                .setting(Setting.strings("requiredResourceTypes", "Resource types an inspector2 Enabler must cover",
                        RESOURCE_TYPES).oneOf(RESOURCE_TYPES))
                .fix("List EC2, ECR, LAMBDA and LAMBDA_CODE in the inspector2.Enabler's resourceTypes")
                .build();
    }
}
