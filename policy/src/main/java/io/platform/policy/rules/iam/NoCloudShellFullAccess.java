package io.platform.policy.rules.iam;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.CHATBOT_CHANNEL;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENTS_EXCLUSIVE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/**
 * AWSCloudShellFullAccess is never attached: it allows file upload and download through CloudShell,
 * a path for data to leave the account outside the platform's controls.
 */
public final class NoCloudShellFullAccess {
    static final String POLICY = "AWSCloudShellFullAccess";

    private NoCloudShellFullAccess() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("iam-no-cloudshell-full-access")
                .description("AWSCloudShellFullAccess is never attached")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("IAM.27"))
                .types(IAM_POLICY_ATTACHMENT, IAM_POLICY_ATTACHMENTS_EXCLUSIVE, IAM_ROLE, CHATBOT_CHANNEL)
                .fix("Grant the CloudShell actions the role needs without file transfer (cloudshell:GetFileUploadUrls, "
                        + "cloudshell:GetFileDownloadUrls denied)")
                .check((r, ctx) -> ManagedPolicyArns.each(r, (key, arn) -> {
                    if (arn.endsWith(":policy/" + POLICY)) {
                        ctx.report(key + (key.equals("policyArn") ? " is " : " includes ") + arn + "; never attach " + POLICY
                                + ", CloudShell file transfer bypasses the account's data controls");
                    }
                }))
                .build();
    }
}
