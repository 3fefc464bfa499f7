package io.platform.policy.rules.s3;

import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.S3_BUCKET;
import static io.platform.policy.rules.AwsTypes.S3_BUCKET_POLICY;

/**
 * Bucket policies do not let other AWS accounts' principals change the bucket's policy, ACLs or
 * encryption (the actions Security Hub's S3.6 checks). Service principals are not accounts.
 */
public final class NoCrossAccountAdminActions {
    /** The actions S3.6 blocks for other accounts. */
    static final List<String> ADMIN_ACTIONS = List.of("s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketPolicy",
            "s3:PutEncryptionConfiguration", "s3:PutObjectAcl");

    private NoCrossAccountAdminActions() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("s3-no-cross-account-admin-actions")
                .description("S3 bucket policies do not let other accounts change the bucket's policy, ACLs or encryption")
                .severity(Severity.HIGH).controls(SecurityHub.controls("S3.6"))
                .types(S3_BUCKET_POLICY, S3_BUCKET)
                .setting(Setting.strings("trustedAccounts", "Account ids whose principals may hold these actions "
                        + "(usually the bucket's own account)", List.of()).matching("each a 12-digit account id",
                        v -> ((List<?>) v).stream().allMatch(a -> String.valueOf(a).matches("[0-9]{12}"))))
                .fix("Grant other accounts only read/write actions, never s3:PutBucketPolicy, s3:PutBucketAcl, "
                        + "s3:PutObjectAcl, s3:DeleteBucketPolicy or s3:PutEncryptionConfiguration")
                .check((r, ctx) -> r.properties().json("policy").ifPresent(doc -> {
                    List<String> trusted = ctx.settings().strings("trustedAccounts");
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "policy")) {
                        List<String> principals = s.principals().getOrDefault("AWS", List.of());
                        List<String> foreign = principals.stream().filter(p -> trusted.stream().noneMatch(p::contains)).toList();
                        if (!s.allow() || (foreign.isEmpty() && !s.principals().containsKey("*"))) {
                            continue;
                        }
                        List<String> granted = ADMIN_ACTIONS.stream().filter(s::allowsAction).toList();
                        if (!granted.isEmpty()) {
                            ctx.report(s.label() + " allows " + String.join(", ", granted) + " to "
                                    + (foreign.isEmpty() ? "*" : String.join(", ", foreign))
                                    + "; other accounts must not change the bucket's policy, ACLs or encryption");
                        }
                    }
                }))
                .build();
    }
}
