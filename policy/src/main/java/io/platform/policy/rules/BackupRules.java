package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.BACKUP_VAULT;

/** AWS Backup rules. */
public final class BackupRules {
    private BackupRules() {
    }

    public static List<Policy> all() {
        return List.of(vaultCustomerKey());
    }

    public static ResourcePolicy vaultCustomerKey() {
        return ResourcePolicy.builder("backup-vault-customer-key")
                .description("Backup vaults encrypt recovery points with a customer-managed KMS key")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Backup.1"))
                .types(BACKUP_VAULT)
                .fix("Set kmsKeyArn to the data KMS key")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsKeyArn", ctx, " (AWS managed key aws/backup)",
                        "recovery points must be encrypted with a customer-managed KMS key"))
                .build();
    }
}
