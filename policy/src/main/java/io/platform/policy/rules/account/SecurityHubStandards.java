package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.ArrayList;
import java.util.List;

import static io.platform.policy.rules.AwsTypes.SECURITYHUB_ACCOUNT;
import static io.platform.policy.rules.AwsTypes.SECURITYHUB_STANDARD;

/** Security Hub is on and subscribed to the standards the pack's controls come from (FSBP and CIS v3.0.0). */
public final class SecurityHubStandards {
    private SecurityHubStandards() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-security-hub-standards", (stack, ctx, anchor) -> {
                    if (stack.of(SECURITYHUB_ACCOUNT).isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + SECURITYHUB_ACCOUNT.current()
                                + "; turn Security Hub on");
                        return;
                    }
                    List<String> subscribed = new ArrayList<>();
                    ctx.forEach(stack.of(SECURITYHUB_STANDARD), s -> subscribed.add(s.properties().string("standardsArn").orElse("")));
                    if (stack.of(SECURITYHUB_STANDARD).stream().anyMatch(s -> s.properties().isUnknown("standardsArn"))) {
                        return;
                    }
                    PolicyResource hub = stack.of(SECURITYHUB_ACCOUNT).get(0);
                    for (String standard : ctx.settings().strings("requiredStandards")) {
                        if (subscribed.stream().noneMatch(arn -> arn.contains("standards/" + standard))) {
                            ctx.report(hub, "no " + SECURITYHUB_STANDARD.current() + " for " + standard
                                    + "; subscribe to the standards the platform is measured against");
                        }
                    }
                })
                .description("Security Hub is on with the FSBP and CIS AWS Foundations v3.0.0 standards")
                .severity(Severity.HIGH)
                .controls(SecurityHub.cis("4.16"))
                .inspects(SECURITYHUB_STANDARD)
                .setting(Setting.strings("requiredStandards", "Standard path parts (after standards/) that must be subscribed",
                        List.of("aws-foundational-security-best-practices/v/1.0.0", "cis-aws-foundations-benchmark/v/3.0.0")))
                .fix("Declare securityhub.StandardsSubscription resources for the missing standards")
                .build();
    }
}
