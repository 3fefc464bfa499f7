package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A function's {@code triggers}: each entry has a {@code name} (its resources' names derive from it)
 * and a {@code type} — {@code schedule}, {@code sqs}, {@code s3}, {@code eventBridge} or {@code sns} —
 * with that type's settings.
 */
final class TriggerReader {
    static final List<String> TYPES = List.of("schedule", "sqs", "s3", "eventBridge", "sns");
    static final List<String> S3_EVENTS = List.of("s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post",
            "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*",
            "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:Completed");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,20}");
    private static final Pattern SCHEDULE = Pattern.compile(
            "cron\\(\\S+( \\S+){5}\\)|rate\\([1-9]\\d* (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern BUCKET = Pattern.compile("\\$\\{bucket:[a-z0-9][a-z0-9-]{0,40}}|[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final Pattern KEY_FILTER = Pattern.compile("[A-Za-z0-9!_.*'()/-]{1,1024}");

    private TriggerReader() {
    }

    static List<FunctionConfig.Trigger> read(ConfigSection function, String key) {
        List<FunctionConfig.Trigger> triggers = function.sections(key, TriggerReader::trigger);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < triggers.size(); i++) {
            if (!names.add(triggers.get(i).name())) {
                throw new ConfigException(function.keyOf(key) + "[" + i + "].name", "'" + triggers.get(i).name()
                        + "' is used by another trigger of this function");
            }
        }
        return triggers;
    }

    private static FunctionConfig.Trigger trigger(ConfigSection t) {
        String name = t.requiredString("name", "the trigger's name (lower-case letters, digits, '-')");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(t.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-21 lower-case letters, "
                    + "digits and '-', starting with a letter");
        }
        String type = t.requiredString("type", "what invokes the function; allowed: " + String.join(", ", TYPES));
        return switch (type) {
            case "schedule" -> schedule(t, name);
            case "sqs" -> new FunctionConfig.Queue(name, t.integer("batchSize", 10, 1, 10));
            case "s3" -> bucketEvents(t, name);
            case "eventBridge" -> new FunctionConfig.EventPattern(name, t.json("pattern").orElseThrow(() ->
                    new ConfigException(t.keyOf("pattern"), "is required: the event pattern, e.g. {source: "
                            + "[aws.guardduty], detail-type: [GuardDuty Finding]}")));
            case "sns" -> topic(t, name);
            default -> throw new ConfigException(t.keyOf("type"), "'" + type + "' is not allowed; allowed: "
                    + String.join(", ", TYPES));
        };
    }

    private static FunctionConfig.Schedule schedule(ConfigSection t, String name) {
        String expression = t.requiredString("expression", "cron(...) or rate(...), in UTC");
        if (!SCHEDULE.matcher(expression).matches()) {
            throw new ConfigException(t.keyOf("expression"), "'" + expression + "' is not an EventBridge schedule; "
                    + "allowed: cron(<6 fields>) or rate(<n> minutes|hours|days), e.g. cron(0 1 ? * MON-FRI *)");
        }
        return new FunctionConfig.Schedule(name, expression);
    }

    private static FunctionConfig.BucketEvents bucketEvents(ConfigSection t, String name) {
        String bucket = t.requiredString("bucket", "${bucket:<purpose>} of this stack, or a bucket name");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new ConfigException(t.keyOf("bucket"), "'" + bucket + "' is not allowed; allowed: ${bucket:<purpose>} "
                    + "(e.g. ${bucket:documents}) or an S3 bucket name");
        }
        List<String> events = t.stringsFrom("events", List.of("s3:ObjectCreated:*"), S3_EVENTS);
        Optional<String> prefix = filter(t, "prefix");
        Optional<String> suffix = filter(t, "suffix");
        return new FunctionConfig.BucketEvents(name, bucket, events, prefix, suffix);
    }

    private static Optional<String> filter(ConfigSection t, String key) {
        Optional<String> value = t.optionalString(key);
        value.ifPresent(v -> {
            if (!KEY_FILTER.matcher(v).matches()) {
                throw new ConfigException(t.keyOf(key), "'" + v + "' is not an S3 key " + key);
            }
        });
        return value;
    }

    private static FunctionConfig.Topic topic(ConfigSection t, String name) {
        String topic = t.string("topic", FunctionConfig.Topic.ALERTS);
        if (!topic.equals(FunctionConfig.Topic.ALERTS) && !TOPIC_ARN.matcher(topic).matches()) {
            throw new ConfigException(t.keyOf("topic"), "'" + topic + "' is not allowed; allowed: alerts (this stack's "
                    + "alarm topic) or an SNS topic ARN");
        }
        return new FunctionConfig.Topic(name, topic);
    }
}
