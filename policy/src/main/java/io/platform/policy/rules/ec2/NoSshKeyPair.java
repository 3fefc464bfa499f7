package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_CONFIGURATION;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;

/** Instances carry no SSH key pair: operators reach them through Session Manager (advisory). */
public final class NoSshKeyPair {
    private NoSshKeyPair() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ec2-no-ssh-key-pair")
                .description("EC2 instances and launch templates carry no SSH key pair (Session Manager instead)")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM)
                .noPublicControl("no control forbids key pairs; the platform's access model (seed 000: SSM only)")
                .types(EC2_INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION)
                .fix("Remove keyName; attach AmazonSSMManagedInstanceCore to the instance profile's role")
                .check((r, ctx) -> r.properties().nonBlank("keyName").ifPresent(key ->
                        ctx.report("keyName is " + key + "; reach instances through Session Manager, not SSH keys")))
                .build();
    }
}
