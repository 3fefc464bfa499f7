package io.platform.security;

import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorFieldSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailInsightSelectorArgs;
import com.pulumi.core.Output;
import io.platform.config.AuditConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trail's advanced event selectors when it records S3 data events. Advanced selectors replace the
 * default "every management event", so the first selector keeps every management event (read and write),
 * then one selector per bucket records its objects' events, narrowed by {@code readOnly} for reads or writes.
 */
final class TrailSelectors {
    static final String MANAGEMENT = "Management events";
    static final String S3_OBJECT = "AWS::S3::Object";

    private TrailSelectors() {
    }

    /** Empty without data events: the trail keeps CloudTrail's default (every management event). */
    static List<TrailAdvancedEventSelectorArgs> advanced(List<AuditConfig.DataEvents> dataEvents,
                                                         Map<String, Output<String>> bucketArns) {
        if (dataEvents.isEmpty()) {
            return List.of();
        }
        List<TrailAdvancedEventSelectorArgs> selectors = new ArrayList<>();
        selectors.add(TrailAdvancedEventSelectorArgs.builder().name(MANAGEMENT)
                .fieldSelectors(field("eventCategory", "Management")).build());
        for (AuditConfig.DataEvents events : dataEvents) {
            Output<String> arn = bucketArns.get(events.bucket());
            if (arn == null) {
                throw new IllegalArgumentException("no ARN for bucket " + events.bucket()); // the config reader checks
            }
            List<TrailAdvancedEventSelectorFieldSelectorArgs> fields = new ArrayList<>(List.of(
                    field("eventCategory", "Data"),
                    field("resources.type", S3_OBJECT),
                    TrailAdvancedEventSelectorFieldSelectorArgs.builder().field("resources.ARN")
                            .startsWiths(arn.applyValue(a -> List.of(a + "/"))).build()));
            switch (events.readWrite()) {
                case READ -> fields.add(field("readOnly", "true"));
                case WRITE -> fields.add(field("readOnly", "false"));
                case ALL -> { }
            }
            selectors.add(TrailAdvancedEventSelectorArgs.builder()
                    .name("S3 data events: " + events.bucket() + " (" + events.readWrite().configName() + ")")
                    .fieldSelectors(fields).build());
        }
        return List.copyOf(selectors);
    }

    static List<TrailInsightSelectorArgs> insights(List<AuditConfig.Insight> insights) {
        return insights.stream().map(i -> TrailInsightSelectorArgs.builder().insightType(i.configName()).build())
                .toList();
    }

    private static TrailAdvancedEventSelectorFieldSelectorArgs field(String field, String value) {
        return TrailAdvancedEventSelectorFieldSelectorArgs.builder().field(field).equals_(value).build();
    }
}
