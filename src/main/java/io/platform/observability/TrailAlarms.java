package io.platform.observability;

import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.platform.config.Naming;
import io.platform.config.Severity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CloudTrail event worth a person's attention: a metric filter on the trail's CloudWatch Logs group
 * counting the matching events, and an alarm on any one of them notifying the severity's topic (critical
 * ones also when it clears). The CIS alarms and the access roles' use alarms are made here.
 */
public final class TrailAlarms {
    private TrailAlarms() {
    }

    /** What to count and whom to tell. */
    public record Watch(String base, String namespace, String metric, Output<String> pattern, String description,
                        Severity severity, Output<String> topicArn) {
    }

    /** Declares the filter and the alarm under {@code parent}; returns the alarm's name. */
    public static String declare(Naming naming, Watch watch, Output<String> logGroup, Resource parent) {
        String base = watch.base();
        LogMetricFilter filter = new LogMetricFilter(naming.name(base), LogMetricFilterArgs.builder()
                .name(naming.name(base))
                .logGroupName(logGroup)
                .pattern(watch.pattern())
                .metricTransformation(LogMetricFilterMetricTransformationArgs.builder()
                        .name(watch.metric()).namespace(watch.namespace()).value("1").defaultValue("0").build())
                .build(), CustomResourceOptions.builder().parent(parent).build());
        Map<String, String> tags = new TreeMap<>(naming.tags(base));
        tags.put("Severity", watch.severity().configName());
        var alarm = MetricAlarmArgs.builder()
                .name(naming.name(base))
                .alarmDescription(watch.description() + " [" + watch.severity().configName() + "]")
                .namespace(watch.namespace())
                .metricName(watch.metric())
                .statistic("Sum")
                .comparisonOperator("GreaterThanOrEqualToThreshold")
                .threshold(1.0)
                .period(300)
                .evaluationPeriods(1)
                .datapointsToAlarm(1)
                .treatMissingData("notBreaching")
                .alarmActions(watch.topicArn().applyValue(List::of))
                .tags(tags);
        if (watch.severity() == Severity.CRITICAL) {
            alarm.okActions(watch.topicArn().applyValue(List::of));
        }
        new MetricAlarm(naming.name(base), alarm.build(),
                CustomResourceOptions.builder().parent(parent).dependsOn(filter).build());
        return naming.name(base);
    }
}
