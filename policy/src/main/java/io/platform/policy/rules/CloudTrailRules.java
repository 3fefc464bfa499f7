package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDTRAIL;

/** CloudTrail trail rules (that the account has a trail at all is account-baseline-cloudtrail). */
public final class CloudTrailRules {
    private CloudTrailRules() {
    }

    public static List<Policy> all() {
        return List.of(multiRegion(), logFileValidation(), kmsKey(), cloudWatchLogs(), recordsManagementEvents());
    }

    public static ResourcePolicy multiRegion() {
        return ResourcePolicy.builder("cloudtrail-multi-region")
                .description("Trails record every region")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudTrail.1"))
                .types(CLOUDTRAIL)
                .fix("Set isMultiRegionTrail to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "isMultiRegionTrail", ctx,
                        "the trail must record events in every region"))
                .build();
    }

    public static ResourcePolicy logFileValidation() {
        return ResourcePolicy.builder("cloudtrail-log-file-validation")
                .description("Trail log files are validated (digest files)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudTrail.4"))
                .types(CLOUDTRAIL)
                .fix("Set enableLogFileValidation to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "enableLogFileValidation", ctx,
                        "log file validation must be on so tampering is detectable"))
                .build();
    }

    public static ResourcePolicy kmsKey() {
        return ResourcePolicy.builder("cloudtrail-kms")
                .description("Trail logs are encrypted with a customer-managed KMS key")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudTrail.2"))
                .types(CLOUDTRAIL)
                .fix("Set kmsKeyId to a KMS key whose policy lets CloudTrail encrypt")
                .check((r, ctx) -> Checks.requireSet(r.properties(), "kmsKeyId", ctx, "",
                        "CloudTrail logs must be encrypted with a customer-managed KMS key"))
                .build();
    }

    public static ResourcePolicy cloudWatchLogs() {
        return ResourcePolicy.builder("cloudtrail-cloudwatch-logs")
                .description("Trails deliver to CloudWatch Logs (metric filters and alarms can watch them)")
                .severity(Severity.LOW).controls(SecurityHub.controls("CloudTrail.5"))
                .types(CLOUDTRAIL)
                .fix("Set cloudWatchLogsGroupArn and cloudWatchLogsRoleArn")
                .check((r, ctx) -> {
                    Checks.requireSet(r.properties(), "cloudWatchLogsGroupArn", ctx, "",
                            "trails must deliver to CloudWatch Logs");
                    Checks.requireSet(r.properties(), "cloudWatchLogsRoleArn", ctx, "",
                            "CloudTrail needs a role to write to CloudWatch Logs");
                })
                .build();
    }

    public static ResourcePolicy recordsManagementEvents() {
        return ResourcePolicy.builder("cloudtrail-records-management-events")
                .description("Trails are logging and record read and write management events")
                .severity(Severity.HIGH).controls(SecurityHub.controls("CloudTrail.1"))
                .types(CLOUDTRAIL)
                .fix("Keep enableLogging true; event selectors with readWriteType All and includeManagementEvents true, "
                        + "or an advanced selector whose only field is eventCategory equals Management")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    Checks.forbidFalse(p, "enableLogging", "enableLogging", ctx, "the trail must be recording");
                    List<PropertyMap> advanced = p.maps("advancedEventSelectors");
                    if (!advanced.isEmpty()) {
                        // Advanced selectors replace the default: without a selector of every management event
                        // (only eventCategory = Management), a data-events trail stops recording the account's API calls.
                        if (advanced.stream().noneMatch(CloudTrailRules::everyManagementEvent)) {
                            ctx.report("advancedEventSelectors has no selector of every management event; a selector "
                                    + "whose only field is eventCategory equals Management must keep reads and writes recorded");
                        }
                        return;
                    }
                    List<PropertyMap> selectors = p.maps("eventSelectors");
                    for (int i = 0; i < selectors.size(); i++) {
                        PropertyMap s = selectors.get(i);
                        String label = "eventSelectors[" + i + "]";
                        ctx.isolated(() -> {
                            String rw = s.string("readWriteType").orElse("All");
                            if (!rw.equals("All")) {
                                ctx.report(label + ".readWriteType is " + rw + "; trails must record read and write events");
                            }
                            if (!s.bool("includeManagementEvents", true)) {
                                ctx.report(label + ".includeManagementEvents is false; trails must record management events");
                            }
                        });
                    }
                })
                .build();
    }

    private static boolean everyManagementEvent(PropertyMap selector) {
        List<PropertyMap> fields = selector.maps("fieldSelectors");
        return fields.size() == 1 && fields.get(0).string("field").orElse("").equals("eventCategory")
                && fields.get(0).strings("equals").equals(List.of("Management"));
    }
}
