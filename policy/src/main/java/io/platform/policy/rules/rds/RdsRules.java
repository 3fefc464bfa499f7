package io.platform.policy.rules.rds;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** RDS instance, Aurora cluster, snapshot, proxy and event-subscription rules, one class each. */
public final class RdsRules {
    private RdsRules() {
    }

    public static List<Policy> all() {
        return List.of(NoPublicAccess.policy(), StorageEncrypted.policy(), BackupRetention.policy(),
                DeletionProtection.policy(), MultiAz.policy(), IamAuthentication.policy(),
                PerformanceInsightsEncrypted.policy(), PerformanceInsightsEnabled.policy(), ForceSsl.policy(),
                NoPlaintextPassword.policy(), FinalSnapshot.policy(), EnhancedMonitoring.policy(), LogExports.policy(),
                AutoMinorVersionUpgrade.policy(), CopyTagsToSnapshot.policy(), AuroraBacktracking.policy(),
                AuroraMysqlAuditLogging.policy(), SnapshotPrivate.policy(), SnapshotEncrypted.policy(),
                ProxyRequireTls.policy(), EventSubscriptionCategories.policy(), EventSubscriptions.policy(),
                NonDefaultPort.policy(), CustomAdminUsername.policy(), AutomatedBackupsRetained.policy(),
                AuroraMultiAz.policy(), NoInternetGatewayRoute.policy());
    }
}
