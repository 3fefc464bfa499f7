package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.FIREHOSE_STREAM;

/** Amazon Data Firehose delivery stream rules. */
public final class FirehoseRules {
    private FirehoseRules() {
    }

    public static List<Policy> all() {
        return List.of(encrypted());
    }

    /**
     * A stream that takes records directly (CloudWatch Logs subscriptions, PutRecord) encrypts them at rest with
     * a customer-managed key. A stream reading a Kinesis stream keeps the source stream's encryption instead.
     */
    public static ResourcePolicy encrypted() {
        return ResourcePolicy.builder("firehose-encrypted")
                .description("Firehose delivery streams encrypt records at rest with a customer-managed KMS key")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("DataFirehose.1"))
                .types(FIREHOSE_STREAM)
                .fix("Set serverSideEncryption to enabled true, keyType CUSTOMER_MANAGED_CMK and keyArn the platform's key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!p.map("kinesisSourceConfiguration").isEmpty()) {
                        return;
                    }
                    PropertyMap sse = p.map("serverSideEncryption");
                    if (!sse.bool("enabled", false)) {
                        ctx.report("serverSideEncryption.enabled is " + sse.bool("enabled", false)
                                + "; delivery streams must encrypt records at rest");
                        return;
                    }
                    String keyType = sse.string("keyType").orElse("AWS_OWNED_CMK");
                    if (!keyType.equals("CUSTOMER_MANAGED_CMK")) {
                        ctx.report("serverSideEncryption.keyType is " + keyType + "; use CUSTOMER_MANAGED_CMK so the "
                                + "key policy decides who reads the records");
                    } else if (sse.nonBlank("keyArn").isEmpty()) {
                        ctx.report("serverSideEncryption.keyArn is not set; name the customer-managed key");
                    }
                })
                .build();
    }
}
