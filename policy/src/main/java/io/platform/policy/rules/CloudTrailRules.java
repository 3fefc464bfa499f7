package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;

/** CloudTrail trail rules. */
public final class CloudTrailRules {
    private CloudTrailRules() {
    }

    public static List<Policy> all() {
        return List.of(multiRegion(), logFileValidation(), kmsKey());
    }

    public static ResourcePolicy multiRegion() {
        return ResourcePolicy.builder("cloudtrail-multi-region")
                .description("Trails record every region")
                .severity(Severity.HIGH).controls("CloudTrail.1", "CIS 3.1")
                .types(CLOUDTRAIL)
                .fix("Set isMultiRegionTrail to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "isMultiRegionTrail", ctx,
                        "the trail must record events in every region"))
                .build();
    }

    public static ResourcePolicy logFileValidation() {
        return ResourcePolicy.builder("cloudtrail-log-file-validation")
                .description("Trail log files are validated (digest files)")
                .severity(Severity.MEDIUM).controls("CloudTrail.4", "CIS 3.2")
                .types(CLOUDTRAIL)
                .fix("Set enableLogFileValidation to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "enableLogFileValidation", ctx,
                        "log file validation must be on so tampering is detectable"))
                .build();
    }

    public static ResourcePolicy kmsKey() {
        return ResourcePolicy.builder("cloudtrail-kms")
                .description("Trail logs are encrypted with a customer-managed KMS key")
                .severity(Severity.HIGH).controls("CloudTrail.2", "CIS 3.5")
                .types(CLOUDTRAIL)
                .fix("Set kmsKeyId to a KMS key whose policy lets CloudTrail encrypt")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsKeyId", ctx, "",
                        "CloudTrail logs must be encrypted with a customer-managed KMS key"))
                .build();
    }
}
