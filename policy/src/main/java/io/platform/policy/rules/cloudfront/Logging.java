package io.platform.policy.rules.cloudfront;

import io.platform.policy.rules.Joins;
import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY;
import static io.platform.policy.rules.AwsTypes.LOG_DELIVERY_SOURCE;

/** Distributions write standard access logs (legacy logging or standard logging v2). */
public final class Logging {
    private Logging() {
    }

    /**
     * Legacy {@code loggingConfig.bucket}, or a standard logging v2 delivery: a {@code LogDeliverySource} whose
     * {@code resourceArn} is the distribution ({@code ACCESS_LOGS}) with a {@code LogDelivery} to a destination.
     */
    public static StackPolicy policy() {
        return StackPolicy.builder("cloudfront-logging")
                .description("Distributions write standard access logs: legacy loggingConfig.bucket, or a standard "
                        + "logging v2 delivery (LogDeliverySource of the distribution's ACCESS_LOGS with a LogDelivery)")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("CloudFront.5"))
                .inspects(CLOUDFRONT_DISTRIBUTION, LOG_DELIVERY_SOURCE, LOG_DELIVERY)
                .fix("Declare a LogDeliverySource (logType ACCESS_LOGS, resourceArn the distribution's ARN, in us-east-1) "
                        + "and a LogDelivery to a LogDeliveryDestination; or set loggingConfig.bucket (legacy, needs bucket ACLs)")
                .check((stack, ctx) -> ctx.forEach(stack.of(CLOUDFRONT_DISTRIBUTION), distribution -> {
                    PropertyMap p = distribution.properties();
                    boolean legacy = p.has("loggingConfig") && p.map("loggingConfig").has("bucket");
                    if (legacy) {
                        return;
                    }
                    List<PolicyResource> sources = stack.referrers(distribution, Joins.LOG_SOURCE_DISTRIBUTION).stream()
                            .filter(Logging::sendsAccessLogs).toList();
                    boolean delivered = sources.stream().flatMap(s -> stack.referrers(s, Joins.LOG_DELIVERY_SOURCE_NAME).stream())
                            .anyMatch(d -> d.properties().has("deliveryDestinationArn"));
                    if (delivered) {
                        return;
                    }
                    String legacyState = p.has("loggingConfig") ? "loggingConfig.bucket is not set" : "loggingConfig is not set";
                    String v2State = sources.isEmpty()
                            ? "no " + LOG_DELIVERY_SOURCE.current() + " sends its ACCESS_LOGS (standard logging v2)"
                            : "its " + LOG_DELIVERY_SOURCE.current() + " " + sources.get(0).name() + " has no " + LOG_DELIVERY.current()
                            + " to a destination (standard logging v2)";
                    ctx.report(distribution, legacyState + " and " + v2State
                            + "; distributions must write standard access logs");
                }))
                .build();
    }

    /** CloudFront sources only offer ACCESS_LOGS; a source whose type is not known yet counts. */
    private static boolean sendsAccessLogs(PolicyResource source) {
        PropertyMap p = source.properties();
        return p.isUnknown("logType") || "ACCESS_LOGS".equals(p.string("logType").orElse("ACCESS_LOGS"));
    }
}
