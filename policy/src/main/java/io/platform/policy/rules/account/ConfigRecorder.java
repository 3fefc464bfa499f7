package io.platform.policy.rules.account;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CONFIG_DELIVERY_CHANNEL;
import static io.platform.policy.rules.AwsTypes.CONFIG_RECORDER;
import static io.platform.policy.rules.AwsTypes.CONFIG_RECORDER_STATUS;

/**
 * AWS Config records every supported resource type (global ones included), through the Config
 * service-linked role, is switched on, and delivers to a channel.
 */
public final class ConfigRecorder {
    static final String SERVICE_LINKED_ROLE = "/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    private ConfigRecorder() {
    }

    public static StackPolicy policy() {
        return Baseline.rule("account-config-recorder", (stack, ctx, anchor) -> {
                    List<PolicyResource> recorders = stack.of(CONFIG_RECORDER);
                    if (recorders.isEmpty()) {
                        ctx.report(anchor, "the account baseline declares no " + CONFIG_RECORDER.current()
                                + "; AWS Config must record the account's resources");
                        return;
                    }
                    ctx.forEach(recorders, recorder -> {
                        PropertyMap p = recorder.properties();
                        PropertyMap group = p.map("recordingGroup");
                        if (p.has("recordingGroup") && !group.bool("allSupported", true)) {
                            ctx.report(recorder, "recordingGroup.allSupported is false; Config must record every supported resource type");
                        }
                        String role = p.string("roleArn").orElse("");
                        if (!role.endsWith(SERVICE_LINKED_ROLE)) {
                            ctx.report(recorder, "roleArn is " + (role.isEmpty() ? "not set" : role)
                                    + "; Config must record through its service-linked role (AWSServiceRoleForConfig)");
                        }
                    });
                    ctx.forEach(stack.of(CONFIG_RECORDER_STATUS), status -> {
                        if (!status.properties().bool("isEnabled", false)) {
                            ctx.report(status, "isEnabled is " + status.properties().display("isEnabled")
                                    + "; the Config recorder must be switched on");
                        }
                    });
                    if (stack.of(CONFIG_RECORDER_STATUS).isEmpty()) {
                        ctx.report(recorders.get(0), "no " + CONFIG_RECORDER_STATUS.current()
                                + " switches the recorder on; a recorder is created stopped");
                    }
                    if (stack.of(CONFIG_DELIVERY_CHANNEL).isEmpty()) {
                        ctx.report(recorders.get(0), "no " + CONFIG_DELIVERY_CHANNEL.current()
                                + "; Config needs a delivery channel to record");
                    }
                })
                .description("AWS Config records all resources through its service-linked role, and is switched on")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Config.1"))
                .inspects(CONFIG_RECORDER_STATUS, CONFIG_DELIVERY_CHANNEL)
                .fix("Declare a recorder (allSupported, roleArn the AWSServiceRoleForConfig ARN), a delivery channel and "
                        + "a RecorderStatus with isEnabled true")
                .build();
    }
}
