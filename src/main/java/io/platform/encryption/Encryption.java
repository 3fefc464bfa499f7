package io.platform.encryption;

import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Encryption tier: the customer-managed KMS keys every other tier encrypts with. It comes
 * first because the network tier already needs the logs key for its flow logs.
 */
public final class Encryption extends ComponentResource {
    private final Map<KeyPurpose, Key> keys = new EnumMap<>(KeyPurpose.class);

    public Encryption(String name, EncryptionArgs args, ComponentResourceOptions options) {
        super("platform:encryption:Encryption", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        var account = args.account();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            String keyName = args.naming().name(purpose.suffix());
            Output<String> policy = Output.tuple(account.partition(), account.accountId()).applyValue(t ->
                    KeyPolicies.render(purpose, t.t1, account.region(), t.t2, args.auditTrail(),
                            moreServices(purpose, args)));
            Key key = new Key(keyName, KeyArgs.builder()
                    .description("Encrypts " + purpose.usedBy() + " of " + args.naming().project() + "-" + args.naming().environment())
                    .enableKeyRotation(true)
                    .deletionWindowInDays(args.deletionWindowDays())
                    .policy(policy)
                    .tags(args.naming().tags(purpose.suffix()))
                    .build(), child);
            new Alias(keyName + "-alias", AliasArgs.builder()
                    .name("alias/" + keyName)
                    .targetKeyId(key.keyId())
                    .build(), child);
            keys.put(purpose, key);
        }
        registerOutputs(Map.of(
                "dataKeyArn", keyArn(KeyPurpose.DATA),
                "s3KeyArn", keyArn(KeyPurpose.S3),
                "secretsKeyArn", keyArn(KeyPurpose.SECRETS),
                "logsKeyArn", keyArn(KeyPurpose.LOGS)));
    }

    public Output<String> keyArn(KeyPurpose purpose) {
        return keys.get(purpose).arn();
    }

    public Output<String> logsKeyArn() {
        return keyArn(KeyPurpose.LOGS);
    }

    /** Services that join a key's intended ones because this stack uses them: EFS (data key), Firehose (logs key). */
    private static List<String> moreServices(KeyPurpose purpose, EncryptionArgs args) {
        if (purpose == KeyPurpose.DATA && args.fileSystems()) {
            return List.of("elasticfilesystem");
        }
        if (purpose == KeyPurpose.LOGS && args.logArchive()) {
            return List.of("firehose");
        }
        return List.of();
    }
}
