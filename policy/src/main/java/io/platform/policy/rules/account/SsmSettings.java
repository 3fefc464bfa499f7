package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.SSM_SERVICE_SETTING;

/**
 * The account's Systems Manager settings: documents cannot be shared publicly, and Automation logs
 * its scripts' output to CloudWatch Logs.
 */
public final class SsmSettings {
    /** Setting id suffix → required value → control. */
    static final Map<String, String[]> REQUIRED = required();

    private SsmSettings() {
    }

    private static Map<String, String[]> required() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("/ssm/documents/console/public-sharing-permission", new String[] {"Disable", "SSM.7"});
        m.put("/ssm/automation/customer-script-log-destination", new String[] {"CloudWatch", "SSM.6"});
        return m;
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-ssm-settings", (stack, ctx, anchor) -> ctx.forEach(java.util.List.of(anchor), a -> {
                    Map<String, String> declared = new LinkedHashMap<>();
                    for (PolicyResource s : stack.of(SSM_SERVICE_SETTING)) {
                        declared.put(s.properties().string("settingId").orElse(""), s.properties().string("settingValue").orElse(""));
                    }
                    REQUIRED.forEach((suffix, required) -> {
                        String value = declared.entrySet().stream().filter(e -> e.getKey().endsWith(suffix))
                                .map(Map.Entry::getValue).findFirst().orElse(null);
                        if (!required[0].equals(value)) {
                            ctx.report(a, "SSM service setting " + suffix + " is " + (value == null ? "not declared" : value)
                                    + " (" + required[1] + "); set it to " + required[0]);
                        }
                    });
                }))
                .description("SSM blocks public document sharing and logs Automation to CloudWatch Logs")
                .severity(Severity.CRITICAL).controls(SecurityHub.controls("SSM.6", "SSM.7"))
                .inspects(SSM_SERVICE_SETTING)
                .fix("Declare ssm.ServiceSetting public-sharing-permission=Disable and customer-script-log-destination=CloudWatch")
                .build();
    }
}
