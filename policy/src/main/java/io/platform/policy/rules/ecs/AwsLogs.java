package io.platform.policy.rules.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.ECS_TASK_DEFINITION;

/** Containers send their logs to CloudWatch Logs (the awslogs driver, or drivers the config allows). */
public final class AwsLogs {
    static final List<String> KNOWN_DRIVERS = List.of("awslogs", "awsfirelens", "splunk", "fluentd", "gelf", "journald",
            "json-file", "logentries", "syslog");

    private AwsLogs() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("ecs-awslogs")
                .description("Containers send their logs to CloudWatch Logs (awslogs driver)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ECS.9"))
                .types(ECS_TASK_DEFINITION)
                .setting(Setting.strings("allowedLogDrivers", "Log drivers containers may use", List.of("awslogs"))
                        .nonEmpty().oneOf(KNOWN_DRIVERS))
                .fix("Set logConfiguration with logDriver awslogs and the service's KMS-encrypted log group")
                .check((r, ctx) -> {
                    List<String> allowed = ctx.settings().strings("allowedLogDrivers");
                    for (Containers.Container c : Containers.of(r)) {
                        JsonNode logging = c.definition().get("logConfiguration");
                        String why = "; containers must log through " + String.join(" or ", allowed);
                        if (logging == null || logging.isNull()) {
                            ctx.report(c.label() + ".logConfiguration is not set" + why);
                        } else if (!allowed.contains(logging.path("logDriver").asText(""))) {
                            ctx.report(c.label() + ".logConfiguration.logDriver is "
                                    + logging.path("logDriver").asText("not set") + why);
                        }
                    }
                })
                .build();
    }
}
