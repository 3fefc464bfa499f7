package io.platform.policy.rules.account;

import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.StackCheckContext;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.ACCESS_ANALYZER;
import static io.platform.policy.rules.AwsTypes.CONFIG_RECORDER;
import static io.platform.policy.rules.AwsTypes.EBS_ENCRYPTION_BY_DEFAULT;
import static io.platform.policy.rules.AwsTypes.GUARDDUTY_DETECTOR;
import static io.platform.policy.rules.AwsTypes.IAM_PASSWORD_POLICY;
import static io.platform.policy.rules.AwsTypes.INSPECTOR_ENABLER;
import static io.platform.policy.rules.AwsTypes.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK;
import static io.platform.policy.rules.AwsTypes.SECURITYHUB_ACCOUNT;

/**
 * Account-wide settings live in one stack per account (the platform's {@code accountBaseline} switch).
 * The account rules judge the stack that declares the baseline — any of the account services below —
 * and skip the others, unless {@code requireInEveryStack} says every stack owns its account.
 */
final class Baseline {
    static final String REQUIRE_IN_EVERY_STACK = "requireInEveryStack";
    static final List<TokenFamily> MARKERS = List.of(SECURITYHUB_ACCOUNT, GUARDDUTY_DETECTOR, CONFIG_RECORDER,
            ACCESS_ANALYZER, INSPECTOR_ENABLER, S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, EBS_ENCRYPTION_BY_DEFAULT, IAM_PASSWORD_POLICY);

    private Baseline() {
    }

    /** A stack rule over the baseline: {@code check} runs only where the baseline is declared (or required). */
    static StackPolicy.Builder rule(String id, Check check) {
        return StackPolicy.builder(id)
                .inspects(TokenFamily.union(MARKERS))
                .setting(Setting.bool(REQUIRE_IN_EVERY_STACK, "Judge every stack as owning its account's baseline "
                        + "(by default only a stack that declares account services is judged)", false))
                .check((stack, ctx) -> anchor(stack, ctx).ifPresent(anchor -> check.check(stack, ctx, anchor)));
    }

    /** The check of a baseline rule; {@code anchor} is the resource missing pieces are reported on. */
    @FunctionalInterface
    interface Check {
        void check(StackResources stack, StackCheckContext ctx, PolicyResource anchor);
    }

    private static Optional<PolicyResource> anchor(StackResources stack, StackCheckContext ctx) {
        for (TokenFamily marker : MARKERS) {
            List<PolicyResource> found = stack.of(marker);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return ctx.settings().bool(REQUIRE_IN_EVERY_STACK) && !stack.all().isEmpty()
                ? Optional.of(stack.all().get(0)) : Optional.empty();
    }
}
