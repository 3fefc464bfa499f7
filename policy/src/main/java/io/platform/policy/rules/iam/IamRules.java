package io.platform.policy.rules.iam;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** IAM rules: identity policies, attachments, trust policies, OIDC providers. One class each. */
public final class IamRules {
    private IamRules() {
    }

    public static List<Policy> all() {
        return List.of(NoStarOnStar.policy(), NoAdministratorAccess.policy(), OidcTrustLimitedBySub.policy(),
                OidcTrustAudience.policy(), TrustPolicyScoped.policy(), ServiceTrustConfusedDeputy.policy(),
                OidcProviderAudience.policy(), NoWildcardActions.policy(), NoSensitiveActionsOnAllResources.policy(),
                NoUserPolicies.policy(), PolicyManagementConflicts.policy(), NoCloudShellFullAccess.policy(),
                HumanTrustRequiresMfa.policy());
    }
}
