package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.ROUTE53_QUERY_LOG;
import static io.platform.policy.rules.AwsTypes.ROUTE53_ZONE;

/** Route 53 rules (a hosted zone the stack only looks up is not judged). */
public final class Route53Rules {
    private static final Reference QUERY_LOG_ZONE = Reference.of(ROUTE53_QUERY_LOG.set(), "zoneId", ROUTE53_ZONE.set(), "id");

    private Route53Rules() {
    }

    public static List<Policy> all() {
        return List.of(queryLogging());
    }

    public static StackPolicy queryLogging() {
        return StackPolicy.builder("route53-query-logging")
                .description("Public hosted zones log DNS queries")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("Route53.2"))
                .inspects(ROUTE53_ZONE, ROUTE53_QUERY_LOG)
                .fix("Declare a route53.QueryLog to a log group in us-east-1 named /aws/route53/<zone>")
                .check((stack, ctx) -> ctx.forEach(stack.of(ROUTE53_ZONE), zone -> {
                    boolean privateZone = !zone.properties().maps("vpcs").isEmpty() || zone.properties().isUnknown("vpcs");
                    if (!privateZone && stack.referrers(zone, QUERY_LOG_ZONE).isEmpty()) {
                        ctx.report(zone, "public hosted zone has no " + ROUTE53_QUERY_LOG.current() + "; log DNS queries");
                    }
                }))
                .build();
    }
}
