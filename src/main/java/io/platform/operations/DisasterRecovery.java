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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DR tier, present when {@code platform:operations.drRegion} is set: in the DR region, a KMS key,
 * a backup vault, and the replicas of the documents bucket and of the catalogue buckets that ask for
 * it (with their own access-log bucket); here, the role S3 replication runs as. It comes before the
 * data tier, whose buckets replicate here.
 */
public final class DisasterRecovery extends ComponentResource {
    private final Provider provider;
    private final Key key;
    private final Vault vault;
    private final Map<String, SecureBucketArgs.Replication> replication = new LinkedHashMap<>();

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
        List<DisasterRecoveryArgs.ReplicatedBucket> buckets = new ArrayList<>();
        buckets.add(DisasterRecoveryArgs.ReplicatedBucket.DOCUMENTS);
        buckets.addAll(args.buckets());
        Map<String, SecureBucket> replicas = new LinkedHashMap<>();
        for (DisasterRecoveryArgs.ReplicatedBucket bucket : buckets) {
            String purpose = "dr-" + bucket.purpose();
            SecureBucketArgs replicaArgs = SecureBucketArgs.of(naming, purpose, account.accountId().applyValue(id ->
                            bucket.bucketName().map(n -> n + "-dr").orElseGet(() -> naming.bucketName(purpose, id))),
                    SecureBucketArgs.Encryption.kms(key.arn()), Optional.of(replicaLogs.bucketNameOncePolicyApplies()));
            if (bucket.objectLock().isPresent()) {
                replicaArgs = replicaArgs.withObjectLock(bucket.objectLock().get());
            }
            replicas.put(bucket.purpose(), new SecureBucket(naming.name(purpose + "-bucket"), replicaArgs, componentsInDr));
        }

        Role role = new Role(naming.name("s3-replication-role"), RoleArgs.builder()
                .description("S3 replication of " + String.join(", ", replicas.keySet()) + " to " + region)
                .assumeRolePolicy(TrustPolicies.service("S3ReplicationAssume", "s3.amazonaws.com", account.accountId()))
                .tags(naming.tags("s3-replication-role"))
                .build(), CustomResourceOptions.builder().parent(this).build());
        Output<List<String>> sources = Output.all(buckets.stream().map(b -> Output.tuple(account.partition(),
                account.accountId()).applyValue(t -> "arn:" + t.t1 + ":s3:::"
                + b.bucketName().orElseGet(() -> naming.bucketName(b.purpose(), t.t2)))).toList());
        Output<List<String>> replicaArns = Output.all(replicas.values().stream().map(SecureBucket::arn).toList());
        boolean locked = buckets.stream().anyMatch(b -> b.objectLock().isPresent());
        new RolePolicy(naming.name("s3-replication"), RolePolicyArgs.builder()
                .role(role.id())
                .policy(Output.tuple(sources, replicaArns, args.sourceS3KeyArn(), key.arn()).applyValue(t ->
                        replicationPolicy(t.t1, t.t2, t.t3, t.t4, locked)))
                .build(), CustomResourceOptions.builder().parent(this).build());

        replicas.forEach((purpose, replica) -> replication.put(purpose,
                new SecureBucketArgs.Replication(role.arn(), replica.arn(), key.arn())));
        registerOutputs(Map.of("drVaultArn", vault.arn(), "drDocumentsBucket", replicas.get("documents").bucketName()));
    }

    /** Read the sources' versions (and their locks), write the replicas, decrypt there and encrypt here. */
    private static String replicationPolicy(List<String> sources, List<String> replicas, String sourceKey,
                                            String replicaKey, boolean locked) {
        List<String> readVersions = new ArrayList<>(List.of("s3:GetObjectVersionForReplication",
                "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"));
        if (locked) {
            readVersions.addAll(List.of("s3:GetObjectRetention", "s3:GetObjectLegalHold"));
        }
        return PolicyDocument.create()
                .statement(Statement.allow("ReadSourceConfiguration")
                        .actions("s3:GetReplicationConfiguration", "s3:ListBucket").resources(sources))
                .statement(Statement.allow("ReadSourceVersions")
                        .actions(readVersions)
                        .resources(sources.stream().map(s -> s + "/*").toList()))
                .statement(Statement.allow("WriteReplicas")
                        .actions("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags")
                        .resources(replicas.stream().map(r -> r + "/*").toList()))
                .statement(Statement.allow("DecryptSource").actions("kms:Decrypt").resources(sourceKey))
                .statement(Statement.allow("EncryptReplica").actions("kms:Encrypt", "kms:GenerateDataKey")
                        .resources(replicaKey))
                .toJson();
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
        return replication.get("documents");
    }

    /** Bucket purpose ({@code documents}, catalogue names) → what it needs to replicate here. */
    public Map<String, SecureBucketArgs.Replication> replication() {
        return java.util.Collections.unmodifiableMap(replication);
    }
}
