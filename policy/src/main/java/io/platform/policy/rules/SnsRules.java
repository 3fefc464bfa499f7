package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SNS_TOPIC;
import static io.platform.policy.rules.AwsTypes.SNS_TOPIC_POLICY;

/** SNS topic rules. */
public final class SnsRules {
    private SnsRules() {
    }

    public static List<Policy> all() {
        return List.of(encrypted(), policyNotPublic());
    }

    public static ResourcePolicy encrypted() {
        return ResourcePolicy.builder("sns-encrypted")
                .description("SNS topics are encrypted with KMS")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("SNS.1"))
                .types(SNS_TOPIC)
                .fix("Set kmsMasterKeyId to a KMS key that CloudWatch alarms may use")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsMasterKeyId", ctx, "",
                        "SNS topics must be encrypted with a KMS key"))
                .build();
    }

    public static ResourcePolicy policyNotPublic() {
        return ResourcePolicy.builder("sns-topic-policy-not-public")
                .description("SNS topic policies grant nothing to everyone")
                .severity(Severity.HIGH).controls(SecurityHub.controls("SNS.4"))
                .types(SNS_TOPIC, SNS_TOPIC_POLICY)
                .fix("Name the publishing services or accounts, or add an aws:SourceAccount / aws:SourceArn condition")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PublicStatements.of(doc, "policy")) {
                        ctx.report(s.label() + " allows Principal \"*\" without a limiting condition; "
                                + "topics must not be open to everyone");
                    }
                }))
                .build();
    }
}
