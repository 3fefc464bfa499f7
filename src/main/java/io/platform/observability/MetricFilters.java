package io.platform.observability;

import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.resources.CustomResourceOptions;

/** Counts the application's ERROR log lines per service, so an alarm can watch them. */
final class MetricFilters {
    static final String ERROR_PATTERN = "ERROR";

    private MetricFilters() {
    }

    static void declare(ObservabilityArgs args, CustomResourceOptions child) {
        for (var service : args.services()) {
            new LogMetricFilter(args.naming().name(service.name() + "-errors"), LogMetricFilterArgs.builder()
                    .name(args.naming().name(service.name() + "-errors"))
                    .logGroupName(service.logGroupName())
                    .pattern(ERROR_PATTERN)
                    .metricTransformation(LogMetricFilterMetricTransformationArgs.builder()
                            .name(io.platform.config.BuiltInAlarm.errorMetric(service.name()))
                            .namespace(args.naming().metricNamespace())
                            .value("1")
                            .defaultValue("0")
                            .unit("Count")
                            .build())
                    .build(), child);
        }
    }
}
