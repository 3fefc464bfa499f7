package io.platform.operations;

import com.pulumi.aws.backup.Plan;
import com.pulumi.aws.backup.PlanArgs;
import com.pulumi.aws.backup.Selection;
import com.pulumi.aws.backup.SelectionArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.backup.inputs.PlanRuleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionLifecycleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleLifecycleArgs;
import com.pulumi.aws.backup.inputs.SelectionConditionArgs;
import com.pulumi.aws.backup.inputs.SelectionConditionStringEqualArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.rds.InstanceAutomatedBackupsReplication;
import com.pulumi.aws.rds.InstanceAutomatedBackupsReplicationArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.iam.TrustPolicies;

import java.util.List;

/**
 * AWS Backup (SPEC §3.6): a KMS vault, a daily 03:00 UTC plan with the stack's retention, a
 * selection of this stack's resources tagged {@code Backup=daily}, and — with a DR region — a
 * copy of every recovery point there plus RDS automated-backup replication.
 */
final class Backups {
    static final String SCHEDULE = "cron(0 3 * * ? *)";
    private static final List<String> MANAGED_POLICIES = List.of(
            "service-role/AWSBackupServiceRolePolicyForBackup", "service-role/AWSBackupServiceRolePolicyForRestores",
            "AWSBackupServiceRolePolicyForS3Backup", "AWSBackupServiceRolePolicyForS3Restore");

    private Backups() {
    }

    static Plan declare(OperationsArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        var account = args.account();
        int retention = args.config().backupRetentionDays();
        Vault vault = new Vault(naming.name("backup-vault"), VaultArgs.builder()
                .name(naming.name("backup-vault"))
                .kmsKeyArn(args.dataKeyArn())
                .tags(naming.tags("backup-vault"))
                .build(), child);

        var rule = PlanRuleArgs.builder()
                .ruleName("daily-0300-utc")
                .targetVaultName(vault.name())
                .schedule(SCHEDULE)
                .startWindow(60)
                .completionWindow(360)
                .lifecycle(PlanRuleLifecycleArgs.builder().deleteAfter(retention).build())
                .recoveryPointTags(naming.tags("recovery-point"));
        args.disasterRecovery().ifPresent(dr -> rule.copyActions(PlanRuleCopyActionArgs.builder()
                .destinationVaultArn(dr.vaultArn())
                .lifecycle(PlanRuleCopyActionLifecycleArgs.builder().deleteAfter(retention).build())
                .build()));
        Plan plan = new Plan(naming.name("backup-plan"), PlanArgs.builder()
                .name(naming.name("backup-plan"))
                .rules(rule.build())
                .tags(naming.tags("backup-plan"))
                .build(), child);

        Role role = new Role(naming.name("backup-role"), RoleArgs.builder()
                .description("AWS Backup for " + naming.project() + "-" + naming.environment())
                .assumeRolePolicy(TrustPolicies.service("BackupAssume", "backup.amazonaws.com", account.accountId()))
                .tags(naming.tags("backup-role"))
                .build(), child);
        for (String policy : MANAGED_POLICIES) {
            String suffix = policy.substring(policy.lastIndexOf("PolicyFor") + "PolicyFor".length()).toLowerCase();
            new RolePolicyAttachment(naming.name("backup-role-" + suffix), RolePolicyAttachmentArgs.builder()
                    .role(role.name())
                    .policyArn(account.partition().applyValue(p -> "arn:" + p + ":iam::aws:policy/" + policy))
                    .build(), child);
        }
        new Selection(naming.name("backup-selection"), SelectionArgs.builder()
                .name(naming.name("backup-selection"))
                .planId(plan.id())
                .iamRoleArn(role.arn())
                // Conditions AND together over "all resources"; tag lists would OR with them and could take
                // another stack's Backup=daily resources. So: every resource, narrowed by all three tags.
                .resources("*")
                .conditions(SelectionConditionArgs.builder().stringEquals(
                        SelectionConditionStringEqualArgs.builder()
                                .key("aws:ResourceTag/" + Naming.BACKUP_TAG).value(Naming.BACKUP_DAILY).build(),
                        SelectionConditionStringEqualArgs.builder()
                                .key("aws:ResourceTag/Project").value(naming.project()).build(),
                        SelectionConditionStringEqualArgs.builder()
                                .key("aws:ResourceTag/Environment").value(naming.environment()).build())
                        .build())
                .build(), child);

        args.disasterRecovery().ifPresent(dr -> {
            if (!args.database().cluster()) {
                new InstanceAutomatedBackupsReplication(naming.name("db-backup-replication"),
                        InstanceAutomatedBackupsReplicationArgs.builder()
                                .sourceDbInstanceArn(args.database().arn())
                                .kmsKeyId(dr.keyArn())
                                .retentionPeriod(args.database().backupRetentionDays())
                                .build(), CustomResourceOptions.merge(child,
                                CustomResourceOptions.builder().provider(dr.provider()).build()));
            }
        });
        return plan;
    }
}
