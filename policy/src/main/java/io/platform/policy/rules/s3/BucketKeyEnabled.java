package io.platform.policy.rules.s3;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET_SSE;

/** SSE-KMS rules use an S3 Bucket Key, so KMS is not called (and billed) per object. */
public final class BucketKeyEnabled {
    private BucketKeyEnabled() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-bucket-key-enabled")
                .description("SSE-KMS default encryption uses an S3 Bucket Key")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .noPublicControl("cost and KMS request limits, not a security control; pulumi compliance-policies "
                        + "aws-s3-bucket-enable-server-side-encryption-bucket-key checks the same")
                .types(S3_BUCKET_SSE)
                .fix("Set bucketKeyEnabled to true on the aws:kms rule")
                .check((r, ctx) -> {
                    List<PropertyMap> rules = r.properties().maps("rules");
                    for (int i = 0; i < rules.size(); i++) {
                        PropertyMap rule = rules.get(i);
                        String label = "rules[" + i + "]";
                        ctx.isolated(() -> {
                            String algorithm = rule.map("applyServerSideEncryptionByDefault").string("sseAlgorithm").orElse("");
                            if (algorithm.startsWith("aws:kms") && !rule.bool("bucketKeyEnabled", false)) {
                                ctx.report(label + ".bucketKeyEnabled is " + rule.display("bucketKeyEnabled")
                                        + "; SSE-KMS buckets should use an S3 Bucket Key");
                            }
                        });
                    }
                })
                .build();
    }
}
