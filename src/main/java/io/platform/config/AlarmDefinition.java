package io.platform.config;

import java.util.Map;
import java.util.Optional;

/**
 * One alarm as the stack will declare it, defaults and per-stack tuning already applied. A built-in
 * alarm's dimensions are bound to the real resource by the observability tier ({@link #builtIn} and
 * {@link #instance} say which); a custom alarm carries its literal {@link #dimensions}.
 *
 * @param name     the resource short name, unique in the stack (also what composite alarms refer to)
 * @param instance the service, replica, Redis node suffix, front end or bucket it watches, if any
 * @param region   where the metric lives when that is not the stack's region (CloudFront, a remote replica)
 */
public record AlarmDefinition(String name, Optional<BuiltInAlarm> builtIn, Optional<String> instance,
                              String description, String namespace, String metric, Map<String, String> dimensions,
                              String statistic, AlarmComparison comparison, double threshold, int periodSeconds,
                              int evaluationPeriods, int datapointsToAlarm, Severity severity,
                              MissingData missingData, Optional<String> region) {
    public AlarmDefinition {
        dimensions = Map.copyOf(dimensions);
    }

    /** {@code p99}, {@code p99.9}: CloudWatch takes these as an extended statistic. */
    public boolean percentile() {
        return statistic.matches("p\\d+(\\.\\d+)?");
    }

    /** A description from the values in force, so a tuned threshold never leaves a stale text behind. */
    static String describe(String subject, String statistic, AlarmComparison comparison, String threshold,
                           int datapoints, int evaluationPeriods, int periodSeconds) {
        return subject + ": " + statistic + " " + comparison.symbol() + " " + threshold + " in " + datapoints + " of "
                + evaluationPeriods + " periods of " + periodSeconds + " s";
    }
}
