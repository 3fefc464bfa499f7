package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.RDS_EVENT_SUBSCRIPTION;

/**
 * An RDS event subscription for clusters, instances, parameter groups or security groups includes the
 * critical event categories Security Hub names for that source type (no categories means all of them).
 */
public final class EventSubscriptionCategories {
    /** Security Hub's critical categories per source type (RDS.19, RDS.20, RDS.21, RDS.22). */
    static final Map<String, List<String>> CRITICAL = Map.of(
            "db-cluster", List.of("failure", "maintenance"),
            "db-instance", List.of("maintenance", "configuration change", "failure"),
            "db-parameter-group", List.of("maintenance", "failure", "configuration change"),
            "db-security-group", List.of("configuration change", "failure"));

    private EventSubscriptionCategories() {
    }

    public static ResourcePolicy policy() {
        return ResourcePolicy.builder("rds-event-subscription-categories")
                .description("RDS event subscriptions include the critical event categories of their source type")
                .severity(Severity.LOW).controls(SecurityHub.controls("RDS.19", "RDS.20", "RDS.21", "RDS.22"))
                .types(RDS_EVENT_SUBSCRIPTION)
                .fix("Add the missing categories to eventCategories, or leave eventCategories empty for all")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    String source = p.string("sourceType").orElse("");
                    List<String> required = CRITICAL.get(source);
                    List<String> categories = p.strings("eventCategories");
                    if (required == null || categories.isEmpty()) {
                        return;
                    }
                    List<String> missing = required.stream().filter(c -> !categories.contains(c)).toList();
                    if (!missing.isEmpty()) {
                        ctx.report("eventCategories does not include " + String.join(", ", missing) + "; " + source
                                + " subscriptions must notify on " + String.join(", ", required));
                    }
                })
                .build();
    }
}
