package io.platform.policy.rules.ec2;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.StackResources;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.IAM_INLINE_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_INSTANCE_PROFILE;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * Instances can be managed by Systems Manager: their instance profile's role carries
 * AmazonSSMManagedInstanceCore (managed, attached or exclusive) or allows {@code ssm:UpdateInstanceInformation}.
 * An instance whose profile or role the stack does not declare is not judged.
 */
public final class SsmManaged {
    static final String SSM_CORE = "AmazonSSMManagedInstanceCore";
    private static final Reference ATTACHMENT_ROLE = Reference.of(IAM_POLICY_ATTACHMENT.set(), "role", IAM_ROLE.set(), "name", "id");
    private static final Reference EXCLUSIVE_ROLE = Reference.of(IAM_POLICY_ATTACHMENTS_EXCLUSIVE.set(), "roleName",
            IAM_ROLE.set(), "name", "id");
    private static final Reference INLINE_ROLE = Reference.of(IAM_INLINE_POLICY.set(), "role", IAM_ROLE.set(), "name", "id");

    private SsmManaged() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("ec2-ssm-managed")
                .description("EC2 instances are managed by Systems Manager (their role allows the SSM agent)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("SSM.1"))
                .inspects(TokenFamily.union(EC2_INSTANCE, IAM_INSTANCE_PROFILE, IAM_ROLE, IAM_POLICY_ATTACHMENT,
                        IAM_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_INLINE_POLICY))
                .fix("Give the instance an instance profile whose role has AmazonSSMManagedInstanceCore")
                .check((stack, ctx) -> ctx.forEach(stack.of(EC2_INSTANCE), instance -> {
                    if (!instance.properties().has("iamInstanceProfile")) {
                        ctx.report(instance, "iamInstanceProfile is not set; instances need a role that lets the SSM "
                                + "agent register (AmazonSSMManagedInstanceCore)");
                        return;
                    }
                    for (PolicyResource profile : stack.targets(instance, Joins.INSTANCE_PROFILE)) {
                        for (PolicyResource role : stack.targets(profile, Joins.PROFILE_ROLE)) {
                            if (!allowsSsm(stack, role)) {
                                ctx.report(instance, "role " + role.name() + " of instance profile " + profile.name()
                                        + " does not allow the SSM agent; attach " + SSM_CORE);
                            }
                        }
                    }
                }))
                .build();
    }

    private static boolean allowsSsm(StackResources stack, PolicyResource role) {
        if (role.properties().strings("managedPolicyArns").stream().anyMatch(a -> a.endsWith("/" + SSM_CORE))) {
            return true;
        }
        for (PolicyResource a : stack.referrers(role, ATTACHMENT_ROLE)) {
            if (a.properties().string("policyArn").orElse("").endsWith("/" + SSM_CORE)) {
                return true;
            }
        }
        for (PolicyResource a : stack.referrers(role, EXCLUSIVE_ROLE)) {
            if (a.properties().strings("policyArns").stream().anyMatch(arn -> arn.endsWith("/" + SSM_CORE))) {
                return true;
            }
        }
        List<PropertyMap> documents = new java.util.ArrayList<>(role.properties().maps("inlinePolicies"));
        stack.referrers(role, INLINE_ROLE).forEach(p -> documents.add(p.properties()));
        return documents.stream().anyMatch(d -> d.json("policy").map(doc -> PolicyDocument.statements(doc, "policy").stream()
                .anyMatch(s -> s.allowsAction("ssm:UpdateInstanceInformation"))).orElse(false));
    }
}
