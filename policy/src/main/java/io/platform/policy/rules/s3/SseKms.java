package io.platform.policy.rules.s3;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Set;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_SSE;

/**
 * Default encryption is SSE-KMS with a customer-managed key, judged where it is declared: inline on a
 * bucket (either shape) or on its default-encryption companion (6.x {@code …V2} or 7.x).
 */
public final class SseKms {
    private static final Set<String> KMS_ALGORITHMS = Set.of("aws:kms", "aws:kms:dsse");

    private SseKms() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-sse-kms")
                .description("S3 default encryption is SSE-KMS with a customer-managed key")
                .severity(Severity.HIGH).controls(SecurityHub.controls("S3.17"))
                .types(S3_BUCKET, S3_BUCKET_SSE)
                .setting(Setting.bool("requireCustomerKey",
                        "Also require kmsMasterKeyId (a customer-managed key, not aws/s3)", true))
                .fix("Set sseAlgorithm to aws:kms with kmsMasterKeyId of the S3 KMS key (and bucketKeyEnabled true)")
                .check((r, ctx) -> {
                    if (S3_BUCKET.has(r.type())) {
                        S3Inline.eachEncryptionDefault(r, ctx, (d, label) -> checkDefault(d, label, ctx));
                        return;
                    }
                    List<PropertyMap> rules = r.properties().maps("rules");
                    for (int i = 0; i < rules.size(); i++) {
                        PropertyMap rule = rules.get(i);
                        String label = "rules[" + i + "].applyServerSideEncryptionByDefault";
                        ctx.isolated(() -> checkDefault(rule.map("applyServerSideEncryptionByDefault"), label, ctx));
                    }
                })
                .build();
    }

    private static void checkDefault(PropertyMap byDefault, String label, ResourceCheckContext ctx) {
        String algorithm = byDefault.string("sseAlgorithm").orElse(null);
        if (algorithm == null || !KMS_ALGORITHMS.contains(algorithm)) {
            ctx.report(label + ".sseAlgorithm is " + (algorithm == null ? "not set" : algorithm)
                    + "; S3 buckets must use SSE-KMS (aws:kms) default encryption");
        } else if (ctx.settings().bool("requireCustomerKey") && byDefault.nonBlank("kmsMasterKeyId").isEmpty()) {
            ctx.report(label + ".kmsMasterKeyId is not set (AWS managed key aws/s3); "
                    + "S3 buckets must use a customer-managed KMS key");
        }
    }
}
