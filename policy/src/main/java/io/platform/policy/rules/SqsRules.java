package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.SQS_QUEUE;
import static io.platform.policy.rules.AwsTypes.SQS_QUEUE_POLICY;

/** SQS queue rules. */
public final class SqsRules {
    private SqsRules() {
    }

    public static List<Policy> all() {
        return List.of(encrypted(), policyNotPublic());
    }

    public static ResourcePolicy encrypted() {
        return ResourcePolicy.builder("sqs-encrypted")
                .description("SQS queues are encrypted at rest (KMS or SQS-managed keys)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("SQS.1"))
                .types(SQS_QUEUE)
                .fix("Set kmsMasterKeyId to the platform's key (or sqsManagedSseEnabled to true)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (p.nonBlank("kmsMasterKeyId").isEmpty() && !p.bool("sqsManagedSseEnabled", true)) {
                        ctx.report("sqsManagedSseEnabled is false and kmsMasterKeyId is not set; queues must be encrypted at rest");
                    }
                })
                .build();
    }

    public static ResourcePolicy policyNotPublic() {
        return ResourcePolicy.builder("sqs-queue-policy-not-public")
                .description("SQS queue policies grant nothing to everyone")
                .severity(Severity.HIGH).controls(SecurityHub.controls("SQS.3"))
                .types(SQS_QUEUE, SQS_QUEUE_POLICY)
                .fix("Name the sending services or accounts, or add an aws:SourceArn / aws:SourceAccount condition")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PublicStatements.of(doc, "policy")) {
                        ctx.report(s.label() + " allows Principal \"*\" without a limiting condition; "
                                + "queues must not be open to everyone");
                    }
                }))
                .build();
    }
}
