package io.platform.policy.rules.s3;

import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;

/** Bucket policies deny requests that do not use TLS ({@code aws:SecureTransport=false}). */
public final class TlsOnlyPolicy {
    private TlsOnlyPolicy() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-tls-only-policy")
                .description("S3 bucket policies deny requests without TLS (aws:SecureTransport=false)")
                .severity(Severity.HIGH).controls(SecurityHub.controls("S3.5"))
                .types(S3_BUCKET_POLICY, S3_BUCKET)
                .fix("Add a Deny statement for s3:* on the bucket and its objects with Condition Bool aws:SecureTransport false")
                .check((r, ctx) -> {
                    // On a bucket the inline policy is optional; s3-bucket-has-tls-policy requires one of the two.
                    if (S3_BUCKET.has(r.type()) && !r.properties().has("policy")) {
                        return;
                    }
                    boolean deniesPlainHttp = r.properties().json("policy")
                            .map(doc -> PolicyDocument.statements(doc, "policy").stream().anyMatch(TlsOnlyPolicy::deniesInsecureTransport))
                            .orElse(false);
                    if (!deniesPlainHttp) {
                        ctx.report("policy has no Deny statement for aws:SecureTransport=false; "
                                + "bucket policies must refuse requests that do not use TLS");
                    }
                })
                .build();
    }

    static boolean deniesInsecureTransport(PolicyDocument.Statement s) {
        return !s.allow() && s.conditionValues("Bool", "aws:SecureTransport").stream()
                .anyMatch(v -> v.equalsIgnoreCase("false"));
    }
}
