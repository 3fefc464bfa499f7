package io.platform.policy.rules;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.ECR_LIFECYCLE_POLICY;
import static io.platform.policy.rules.AwsTypes.ECR_REPOSITORY;

/** ECR repository rules. */
public final class EcrRules {
    private static final Reference LIFECYCLE_REPOSITORY = Reference.of(ECR_LIFECYCLE_POLICY.set(), "repository",
            ECR_REPOSITORY.set(), "name", "id");

    private EcrRules() {
    }

    public static List<Policy> all() {
        return List.of(scanOnPush(), immutableTags(), kmsEncryption(), lifecyclePolicy());
    }

    public static ResourcePolicy scanOnPush() {
        return ResourcePolicy.builder("ecr-scan-on-push")
                .description("Images are scanned for vulnerabilities on push")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECR.1"))
                .types(ECR_REPOSITORY)
                .fix("Set imageScanningConfiguration.scanOnPush to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties().map("imageScanningConfiguration"), "scanOnPush",
                        "imageScanningConfiguration.scanOnPush", ctx, "images must be scanned for vulnerabilities on push"))
                .build();
    }

    public static ResourcePolicy immutableTags() {
        return ResourcePolicy.builder("ecr-immutable-tags")
                .description("Image tags are immutable")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECR.2"))
                .types(ECR_REPOSITORY)
                .fix("Set imageTagMutability to IMMUTABLE")
                .check((r, ctx) -> {
                    String mutability = r.properties().string("imageTagMutability").orElse(null);
                    if (mutability == null || !mutability.startsWith("IMMUTABLE")) {
                        ctx.report("imageTagMutability is " + (mutability == null ? "not set (MUTABLE)" : mutability)
                                + "; image tags must be immutable so a deployed tag always means the same image");
                    }
                })
                .build();
    }

    public static ResourcePolicy kmsEncryption() {
        return ResourcePolicy.builder("ecr-kms-encryption")
                .description("Images are encrypted with a customer-managed KMS key")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW).controls(SecurityHub.controls("ECR.5"))
                .types(ECR_REPOSITORY)
                .fix("Set encryptionConfigurations to encryptionType KMS with the platform's KMS key")
                .check((r, ctx) -> {
                    List<PropertyMap> configs = r.properties().maps("encryptionConfigurations");
                    String why = "; encrypt images with a customer-managed KMS key";
                    if (configs.isEmpty()) {
                        ctx.report("encryptionConfigurations is not set (AES256)" + why);
                        return;
                    }
                    String type = configs.get(0).string("encryptionType").orElse("AES256");
                    if (!type.equals("KMS")) {
                        ctx.report("encryptionConfigurations[0].encryptionType is " + type + why);
                    } else if (configs.get(0).nonBlank("kmsKey").isEmpty()) {
                        ctx.report("encryptionConfigurations[0].kmsKey is not set (AWS managed key aws/ecr)" + why);
                    }
                })
                .build();
    }

    public static StackPolicy lifecyclePolicy() {
        return StackPolicy.builder("ecr-lifecycle-policy")
                .description("Every ECR repository has a lifecycle policy")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECR.3"))
                .inspects(ECR_REPOSITORY, ECR_LIFECYCLE_POLICY)
                .fix("Declare an ecr.LifecyclePolicy that expires old images (the platform keeps the last N)")
                .check((stack, ctx) -> ctx.forEach(stack.of(ECR_REPOSITORY), repository -> {
                    if (stack.referrers(repository, LIFECYCLE_REPOSITORY).isEmpty()) {
                        ctx.report(repository, "repository has no " + ECR_LIFECYCLE_POLICY.current()
                                + "; old images must expire");
                    }
                }))
                .build();
    }
}
