package io.platform.policy.rules.rds;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_EVENT_SUBSCRIPTION;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;

/**
 * A stack with RDS databases subscribes to the critical events of their instances or clusters and of
 * parameter groups and security groups (advisory: Security Hub counts subscriptions account-wide).
 */
public final class EventSubscriptions {
    private EventSubscriptions() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("rds-event-subscriptions")
                .description("Stacks with RDS databases subscribe to their critical RDS events")
                .level(EnforcementLevel.ADVISORY).severity(Severity.LOW)
                .controls(SecurityHub.controls("RDS.19", "RDS.20", "RDS.21", "RDS.22"))
                .inspects(RDS_INSTANCE, RDS_CLUSTER, RDS_EVENT_SUBSCRIPTION)
                .fix("Declare aws.rds.EventSubscription resources to the alarm topic for the missing source types")
                .check((stack, ctx) -> {
                    List<PolicyResource> databases = stack.of(RDS_INSTANCE, RDS_CLUSTER);
                    if (databases.isEmpty()) {
                        return;
                    }
                    // One subscription whose source type is not known yet could be any: then judge nothing.
                    ctx.forEach(List.of(databases.get(0)), first -> {
                        List<String> sourceTypes = stack.of(RDS_EVENT_SUBSCRIPTION).stream()
                                .map(s -> s.properties().string("sourceType").orElse("")).toList();
                        String databaseSource = RDS_CLUSTER.has(first.type()) ? "db-cluster" : "db-instance";
                        for (String needed : List.of(databaseSource, "db-parameter-group", "db-security-group")) {
                            if (!sourceTypes.contains(needed)) {
                                ctx.report(first, "no " + RDS_EVENT_SUBSCRIPTION.current() + " with sourceType "
                                        + needed + "; subscribe to the critical " + needed + " events");
                            }
                        }
                    });
                })
                .build();
    }
}
