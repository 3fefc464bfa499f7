package io.platform.policy.rules.rds;

import io.platform.policy.rules.Checks;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * Storage is encrypted with a customer-managed key. A read replica in the source's region inherits the
 * source's encryption (so only an explicit {@code false} is a finding); one in another region, named by
 * the source's ARN, needs its own {@code kmsKeyId}.
 */
public final class StorageEncrypted {
    private static final String WHY = "RDS storage must be encrypted with a customer-managed KMS key";

    private StorageEncrypted() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-storage-encrypted")
                .description("RDS and Aurora storage is encrypted with a customer-managed KMS key")
                .severity(Severity.HIGH).controls(SecurityHub.controls("RDS.3", "RDS.27"))
                .types(RDS_INSTANCE, RDS_CLUSTER)
                .fix("Set storageEncrypted to true and kmsKeyId to the data KMS key")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (RDS_INSTANCE.has(r.type()) && p.has("replicateSourceDb")) {
                        Checks.forbidFalse(p, "storageEncrypted", "storageEncrypted", ctx, WHY);
                        ctx.isolated(() -> {
                            if (p.string("replicateSourceDb").orElse("").startsWith("arn:")) {
                                Checks.requireSet(p, "kmsKeyId", ctx, " (a cross-region replica needs a key of its region)", WHY);
                            }
                        });
                        return;
                    }
                    Checks.requireTrue(p, "storageEncrypted", ctx, WHY);
                    ctx.isolated(() -> {
                        if (p.bool("storageEncrypted", false)) {
                            Checks.requireSet(p, "kmsKeyId", ctx, " (AWS managed key aws/rds)", WHY);
                        }
                    });
                })
                .build();
    }
}
