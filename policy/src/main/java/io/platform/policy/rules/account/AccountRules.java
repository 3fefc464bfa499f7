package io.platform.policy.rules.account;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** Account-baseline rules (one stack per account declares the account services), one class each. */
public final class AccountRules {
    private AccountRules() {
    }

    public static List<Policy> all() {
        return List.of(S3AccountPublicAccessBlock.policy(), ConfigRecorder.policy(), GuardDuty.policy(), Inspector.policy(),
                EbsEncryptionByDefault.policy(), PasswordPolicy.policy(), SsmSettings.policy(), VpcBlockPublicAccess.policy(),
                CloudTrailEnabled.policy(), SecurityHubStandards.policy(), AccessAnalyzer.policy(), SecurityContact.policy(),
                SupportRole.policy(), CloudTrailS3DataEvents.policy(), EbsSnapshotBlockPublicAccess.policy());
    }
}
