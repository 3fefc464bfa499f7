package io.platform.operations;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.encryption.KeyPolicies;
import io.platform.encryption.KeyPurpose;
import io.platform.iam.PolicyDocument;
import io.platform.iam.TrustPolicies;
import io.platform.iam.PolicyDocument.Statement;
import io.platform.storage.LogDelivery;
import io.platform.storage.SecureBucket;
import io.platform.storage.SecureBucketArgs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DR tier, present when {@code platform:operations.drRegion} is set: in the DR region, a KMS key,
 * a backup vault, and the replica of the documents bucket (with its own access-log bucket); here,
 * the role S3 replication runs as. It comes before the data tier, whose documents bucket replicates here.
 */
public final class DisasterRecovery extends ComponentResource {
    private final Provider provider;
    private final Key key;
    private final Vault vault;
    private final SecureBucketArgs.Replication documentsReplication;

    public DisasterRecovery(String name, DisasterRecoveryArgs args, ComponentResourceOptions options) {
        super("platform:operations:DisasterRecovery", name, options);
        Naming naming = args.naming();
        AwsAccount account = args.account();
        String region = args.drRegion();
        this.provider = new Provider(naming.name("dr-" + region), ProviderArgs.builder().region(region).build(),
                CustomResourceOptions.builder().parent(this).build());
        var inDr = CustomResourceOptions.builder().parent(this).provider(provider).build();
        var componentsInDr = ComponentResourceOptions.builder().parent(this).providers(provider).build();

        this.key = new Key(naming.name("dr-data"), KeyArgs.builder()
                .description("Encrypts DR copies (backups, database backups, documents) of "
                        + naming.project() + "-" + naming.environment() + " in " + region)
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                        KeyPolicies.render(KeyPurpose.DATA, t.t1, region, t.t2, false)))
                .tags(naming.tags("dr-data"))
                .build(), inDr);
        this.vault = new Vault(naming.name("dr-backup-vault"), VaultArgs.builder()
                .name(naming.globalName("dr-backup-vault"))
                .kmsKeyArn(key.arn())
                .tags(naming.tags("dr-backup-vault"))
                .build(), inDr);

        String replicaLogsPurpose = "dr-access-logs";
        SecureBucket replicaLogs = new SecureBucket(naming.name(replicaLogsPurpose + "-bucket"), SecureBucketArgs.of(naming,
                        replicaLogsPurpose, account.accountId().applyValue(id -> naming.bucketName(replicaLogsPurpose, id)),
                        SecureBucketArgs.Encryption.s3Managed(), Optional.empty())
                .withLifecycle(SecureBucketArgs.Lifecycle.DEFAULT.withExpiration(90))
                .withExtraStatements(Output.tuple(account.partition(), account.accountId()).applyValue(t -> List.of(
                        LogDelivery.s3ServerAccessLogs("arn:" + t.t1 + ":s3:::"
                                + naming.bucketName(replicaLogsPurpose, t.t2), t.t2)))), componentsInDr);
        SecureBucket replica = new SecureBucket(naming.name("dr-documents-bucket"), SecureBucketArgs.of(naming,
                "dr-documents", account.accountId().applyValue(id -> naming.bucketName("dr-documents", id)),
                SecureBucketArgs.Encryption.kms(key.arn()), Optional.of(replicaLogs.bucketNameOncePolicyApplies())),
                componentsInDr);

        Role role = new Role(naming.name("s3-replication-role"), RoleArgs.builder()
                .description("S3 replication of the documents bucket to " + region)
                .assumeRolePolicy(TrustPolicies.service("S3ReplicationAssume", "s3.amazonaws.com", account.accountId()))
                .tags(naming.tags("s3-replication-role"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        Output<String> source = Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                "arn:" + t.t1 + ":s3:::" + naming.bucketName("documents", t.t2));
        new RolePolicy(naming.name("s3-replication"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(Output.tuple(source, replica.arn(), args.sourceS3KeyArn(), key.arn()).applyValue(t ->
                        PolicyDocument.create()
                                .statement(Statement.allow("ReadSourceConfiguration")
                                        .actions("s3:GetReplicationConfiguration", "s3:ListBucket").resources(t.t1))
                                .statement(Statement.allow("ReadSourceVersions")
                                        .actions("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                                                "s3:GetObjectVersionTagging")
                                        .resources(t.t1 + "/*"))
                                .statement(Statement.allow("WriteReplicas")
                                        .actions("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags")
                                        .resources(t.t2 + "/*"))
                                .statement(Statement.allow("DecryptSource").actions("kms:Decrypt").resources(t.t3))
                                .statement(Statement.allow("EncryptReplica").actions("kms:Encrypt", "kms:GenerateDataKey")
                                        .resources(t.t4))
                                .toJson()))
                .build(), CustomResourceOptions.builder().parent(this).build());

        this.documentsReplication = new SecureBucketArgs.Replication(role.arn(), replica.arn(), key.arn());
        registerOutputs(Map.of("drVaultArn", vault.arn(), "drDocumentsBucket", replica.bucketName()));
    }

    public Provider provider() {
        return provider;
    }

    public Output<String> keyArn() {
        return key.arn();
    }

    public Output<String> vaultArn() {
        return vault.arn();
    }

    /** What the documents bucket needs to replicate here. */
    public SecureBucketArgs.Replication documentsReplication() {
        return documentsReplication;
    }
}
