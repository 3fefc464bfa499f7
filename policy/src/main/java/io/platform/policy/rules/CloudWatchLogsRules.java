package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.LOG_GROUP;

/** CloudWatch Logs log group rules. */
public final class CloudWatchLogsRules {
    private CloudWatchLogsRules() {
    }

    public static List<Policy> all() {
        return List.of(retention(), kmsKey());
    }

    public static ResourcePolicy retention() {
        return ResourcePolicy.builder("cloudwatch-log-retention")
                .description("Log groups have a retention period of at least minimumDays")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudWatch.16"))
                .types(LOG_GROUP)
                .setting(Setting.integer("minimumDays", "Minimum retentionInDays (Security Hub's CloudWatch.16 default is 365)",
                        1, 1, 3653))
                .fix("Set retentionInDays (30 days, 90 in production, in the platform's defaults)")
                .check((r, ctx) -> {
                    int minimum = ctx.settings().integer("minimumDays");
                    Optional<Integer> days = r.properties().integer("retentionInDays");
                    if (days.isEmpty() || days.get() == 0) {
                        ctx.report("retentionInDays is " + days.map(d -> "0").orElse("not set")
                                + " (logs never expire); log groups must have a retention period");
                    } else if (days.get() < minimum) {
                        ctx.report("retentionInDays is " + days.get() + "; keep logs for at least " + minimum + " days");
                    }
                })
                .build();
    }

    public static ResourcePolicy kmsKey() {
        return ResourcePolicy.builder("cloudwatch-log-kms")
                .description("Log groups are encrypted with a customer-managed KMS key")
                .severity(Severity.MEDIUM)
                .noPublicControl("no Security Hub control checks a log group's key (CloudWatch Logs always encrypts); "
                        + "the platform encrypts every log group with its logs key (SPEC §3.6)")
                .types(LOG_GROUP)
                .fix("Set kmsKeyId to the logs KMS key (its key policy must grant CloudWatch Logs)")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsKeyId", ctx, "",
                        "log groups must be encrypted with a customer-managed KMS key"))
                .build();
    }
}
