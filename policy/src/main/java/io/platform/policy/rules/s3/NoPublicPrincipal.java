package io.platform.policy.rules.s3;

import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;

/** Bucket policies do not allow {@code Principal "*"} without a Condition. */
public final class NoPublicPrincipal {
    private NoPublicPrincipal() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-no-public-principal")
                .description("S3 bucket policies do not allow Principal \"*\" without a Condition")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("S3.2", "S3.3"))
                .types(S3_BUCKET_POLICY, S3_BUCKET)
                .fix("Name the principal (e.g. the CloudFront service with an AWS:SourceArn condition) instead of \"*\"")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "policy")) {
                        if (s.allow() && s.principalIsEveryone() && !s.hasCondition()) {
                            ctx.report(s.label() + " allows Principal \"*\" without a Condition; "
                                    + "bucket policies must not grant access to everyone");
                        }
                    }
                }))
                .build();
    }
}
