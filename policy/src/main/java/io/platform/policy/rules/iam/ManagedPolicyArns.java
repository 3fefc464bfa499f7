package io.platform.policy.rules.iam;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;

import java.util.function.BiConsumer;

import static io.platform.policy.rules.AwsTypes.CHATBOT_CHANNEL;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/** Every managed policy ARN a resource attaches, with the property that holds it. */
final class ManagedPolicyArns {
    private ManagedPolicyArns() {
    }

    /** Calls {@code each(property, arn)} for the role, attachment, exclusive-attachment or Chatbot channel. */
    static void each(PolicyResource r, BiConsumer<String, String> each) {
        PropertyMap p = r.properties();
        String key = IAM_ROLE.has(r.type()) ? "managedPolicyArns"
                : IAM_POLICY_ATTACHMENTS_EXCLUSIVE.has(r.type()) ? "policyArns"
                : CHATBOT_CHANNEL.has(r.type()) ? "guardrailPolicyArns"
                : "policyArn";
        if (key.equals("policyArn")) {
            p.string(key).ifPresent(arn -> each.accept(key, arn));
        } else {
            p.strings(key).forEach(arn -> each.accept(key, arn));
        }
    }
}
