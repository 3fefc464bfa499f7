package io.platform.observability;

import com.pulumi.core.Output;

import java.util.Map;

/**
 * One CloudWatch alarm, as data: what is measured, against what, and what missing data means.
 *
 * @param statistic        {@code Sum}, {@code Average}, {@code Maximum}, … or a percentile such as {@code p99}
 * @param treatMissingData {@code notBreaching} where silence means health (no requests, no errors),
 *                         {@code breaching} where silence means the thing is gone, {@code missing} otherwise
 */
public record AlarmSpec(String name, String description, String namespace, String metric, String statistic,
                        Map<String, Output<String>> dimensions, String comparison, double threshold, int periodSeconds,
                        int evaluationPeriods, String treatMissingData) {
    public static final String GREATER = "GreaterThanThreshold";
    public static final String LESS = "LessThanThreshold";
}
