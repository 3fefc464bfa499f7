package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SNS_TOPIC;

/** SNS topic rules. */
public final class SnsRules {
    private SnsRules() {
    }

    public static List<Policy> all() {
        return List.of(encrypted());
    }

    public static ResourcePolicy encrypted() {
        return ResourcePolicy.builder("sns-encrypted")
                .description("SNS topics are encrypted with KMS")
                .severity(Severity.MEDIUM).controls("SNS.1")
                .types(SNS_TOPIC)
                .fix("Set kmsMasterKeyId to a KMS key that CloudWatch alarms may use")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsMasterKeyId", ctx, "",
                        "SNS topics must be encrypted with a KMS key"))
                .build();
    }
}
