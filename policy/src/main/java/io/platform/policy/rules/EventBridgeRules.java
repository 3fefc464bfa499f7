package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.EVENT_BUS;
import static io.platform.policy.rules.AwsTypes.EVENT_BUS_POLICY;

/** EventBridge rules. */
public final class EventBridgeRules {
    private static final Reference POLICY_BUS = Reference.of(EVENT_BUS_POLICY.set(), "eventBusName", EVENT_BUS.set(), "name", "arn");

    private EventBridgeRules() {
    }

    public static List<Policy> all() {
        return List.of(customBusPolicy());
    }

    public static StackPolicy customBusPolicy() {
        return StackPolicy.builder("eventbridge-custom-bus-policy")
                .description("Custom event buses have a resource-based policy")
                .severity(Severity.LOW).controls(SecurityHub.controls("EventBridge.3"))
                .inspects(EVENT_BUS, EVENT_BUS_POLICY)
                .fix("Declare a cloudwatch.EventBusPolicy naming who may put events on the bus")
                .check((stack, ctx) -> ctx.forEach(stack.of(EVENT_BUS), bus -> {
                    if (bus.properties().has("eventSourceName")) {
                        return; // partner event buses are governed by the partner source
                    }
                    if (stack.referrers(bus, POLICY_BUS).isEmpty()) {
                        ctx.report(bus, "event bus has no " + EVENT_BUS_POLICY.current()
                                + "; say explicitly who may put events on a custom bus");
                    }
                }))
                .build();
    }
}
