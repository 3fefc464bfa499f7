package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_USER_POLICY;

/** IAM users get permissions only through groups (or better, roles): no policy is attached to a user. */
public final class NoUserPolicies {
    private NoUserPolicies() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-no-user-policies")
                .description("No IAM policy is attached to a user directly")
                .severity(Severity.LOW).controls(SecurityHub.controls("IAM.2"))
                .types(IAM_USER_POLICY, IAM_POLICY_ATTACHMENT)
                .fix("Attach the policy to a group (or a role) and put the user in it")
                .check((r, ctx) -> {
                    if (IAM_USER_POLICY.has(r.type())) {
                        ctx.report(r.type() + " attaches a policy to a user; grant users permissions through groups");
                        return;
                    }
                    if (r.type().equals("aws:iam/policyAttachment:PolicyAttachment")) {
                        int users = r.properties().strings("users").size();
                        if (users > 0) {
                            ctx.report("users lists " + users + (users == 1 ? " user" : " users")
                                    + "; grant users permissions through groups");
                        }
                    }
                })
                .build();
    }
}
