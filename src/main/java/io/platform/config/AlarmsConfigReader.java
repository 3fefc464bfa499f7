package io.platform.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code platform:observability.alarms} (tuning of built-in alarms by id, or by {@code <id>-<name>}
 * for one service, replica, node, front end or bucket), {@code customAlarms} and {@code compositeAlarms}.
 */
final class AlarmsConfigReader {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,47}");
    static final Pattern STATISTIC = Pattern.compile("SampleCount|Average|Sum|Minimum|Maximum|p(\\d{1,2}(\\.\\d{1,2})?|100)");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9._/#:-]{1,255}");
    /** An alarm may look back at most seven days. */
    private static final int MAX_RANGE_SECONDS = 7 * 24 * 3600;

    private AlarmsConfigReader() {
    }

    /** Overridable per alarm; empty means "keep what the layer below says". */
    private record Tuning(OptionalDouble threshold, OptionalInt periodSeconds, OptionalInt evaluationPeriods,
                          OptionalInt datapointsToAlarm, Optional<Severity> severity, boolean enabled) {
    }

    static List<AlarmDefinition> builtIns(ConfigSection alarms, AlarmInventory inventory, String appNamespace) {
        List<AlarmInventory.Entry> entries = inventory.entries();
        Map<String, Tuning> byFamily = new LinkedHashMap<>();
        Map<String, Tuning> byName = new LinkedHashMap<>();
        for (String key : alarms.keys()) {
            boolean family = java.util.Arrays.stream(BuiltInAlarm.values()).anyMatch(a -> a.id().equals(key));
            boolean named = entries.stream().anyMatch(e -> e.instance().isPresent() && e.name().equals(key));
            if (!family && !named) {
                List<String> known = new ArrayList<>(java.util.Arrays.stream(BuiltInAlarm.values()).map(BuiltInAlarm::id)
                        .toList());
                entries.stream().filter(e -> e.instance().isPresent()).forEach(e -> known.add(e.name()));
                throw new ConfigException(alarms.keyOf(key), "'" + key + "' is not a built-in alarm of this stack"
                        + Suggestions.didYouMean(key, known) + "; allowed: a built-in id (" + String.join(", ",
                        java.util.Arrays.stream(BuiltInAlarm.values()).map(BuiltInAlarm::id).toList())
                        + ") or <id>-<name> for one of its services, replicas, nodes, front ends or buckets");
            }
            (family ? byFamily : byName).put(key, tuning(alarms.section(key)));
        }
        List<AlarmDefinition> out = new ArrayList<>();
        for (AlarmInventory.Entry entry : entries) {
            Tuning familyTuning = byFamily.get(entry.alarm().id());
            Tuning own = byName.get(entry.name());
            if ((familyTuning != null && !familyTuning.enabled()) || (own != null && !own.enabled())) {
                continue;
            }
            out.add(resolve(alarms, entry, familyTuning, own, inventory.scheduledDowntime(), appNamespace));
        }
        return out;
    }

    private static Tuning tuning(ConfigSection s) {
        Tuning t = new Tuning(
                s.has("threshold") ? OptionalDouble.of(s.decimal("threshold", 0, 0, 1e15)) : OptionalDouble.empty(),
                s.has("periodSeconds") ? OptionalInt.of(period(s)) : OptionalInt.empty(),
                s.has("evaluationPeriods") ? OptionalInt.of(s.integer("evaluationPeriods", 1, 1, 100)) : OptionalInt.empty(),
                s.has("datapointsToAlarm") ? OptionalInt.of(s.integer("datapointsToAlarm", 1, 1, 100)) : OptionalInt.empty(),
                s.has("severity") ? Optional.of(s.choice("severity", Severity.WARNING, Severity.class)) : Optional.empty(),
                s.bool("enabled", true));
        s.rejectUnknownKeys();
        return t;
    }

    /** CloudWatch periods: 10 or 30 s (high resolution), or whole minutes up to a day. */
    static int period(ConfigSection s) {
        int period = s.integer("periodSeconds", 60, 10, 86400);
        if (period != 10 && period != 30 && period % 60 != 0) {
            throw new ConfigException(s.keyOf("periodSeconds"), period + " is not a CloudWatch period; allowed: 10, "
                    + "30 or a multiple of 60 up to 86400");
        }
        return period;
    }

    private static AlarmDefinition resolve(ConfigSection alarms, AlarmInventory.Entry entry, Tuning family,
                                           Tuning own, boolean scheduledDowntime, String appNamespace) {
        BuiltInAlarm a = entry.alarm();
        double threshold = entry.defaultThreshold();
        int period = a.periodSeconds();
        int evaluations = a.evaluationPeriods();
        OptionalInt datapoints = OptionalInt.empty();
        Severity severity = a.severity();
        for (Tuning t : java.util.Arrays.asList(family, own)) {
            if (t == null) {
                continue;
            }
            threshold = t.threshold().orElse(threshold);
            period = t.periodSeconds().orElse(period);
            evaluations = t.evaluationPeriods().orElse(evaluations);
            datapoints = t.datapointsToAlarm().isPresent() ? t.datapointsToAlarm() : datapoints;
            severity = t.severity().orElse(severity);
        }
        String key = alarms.keyOf(own != null ? entry.name() : a.id());
        int points = datapoints.orElse(evaluations);
        checkWindow(key, period, evaluations, points);
        String subject = Character.toUpperCase(a.subject().charAt(0)) + a.subject().substring(1)
                + entry.instance().map(i -> " of " + i).orElse("");
        String description = AlarmDefinition.describe(subject, a.statistic(), a.comparison(), a.unit().format(threshold),
                points, evaluations, period);
        boolean appErrors = a == BuiltInAlarm.APP_ERRORS;
        return new AlarmDefinition(entry.name(), Optional.of(a), entry.instance(), description,
                appErrors ? appNamespace : a.namespace(),
                appErrors ? BuiltInAlarm.errorMetric(entry.instance().orElseThrow()) : a.metric(), Map.of(), a.statistic(),
                a.comparison(), threshold, period, evaluations, points, severity, a.missingData(scheduledDowntime),
                entry.region());
    }

    private static void checkWindow(String key, int period, int evaluations, int datapoints) {
        if (datapoints > evaluations) {
            throw new ConfigException(key + ".datapointsToAlarm", datapoints + " is more than evaluationPeriods "
                    + evaluations + "; datapointsToAlarm must be at most evaluationPeriods");
        }
        if ((long) period * evaluations > MAX_RANGE_SECONDS) {
            throw new ConfigException(key + ".evaluationPeriods", evaluations + " periods of " + period + " s look back "
                    + "more than the 7 days CloudWatch allows; allowed: periodSeconds × evaluationPeriods ≤ 604800");
        }
    }

    /** {@code customAlarms[]}: any metric, by namespace, name and dimensions. */
    static List<AlarmDefinition> custom(ConfigSection observability, java.util.Set<String> taken) {
        List<AlarmDefinition> custom = observability.sections("customAlarms", s -> {
            String name = name(s, "name", "the alarm's short name");
            String namespace = s.requiredString("namespace", "the metric's namespace, e.g. AWS/SQS or myapp/orders");
            if (!NAMESPACE.matcher(namespace).matches()) {
                throw new ConfigException(s.keyOf("namespace"), "'" + namespace + "' is not a CloudWatch namespace; "
                        + "allowed: 1-255 letters, digits and . _ / # : -");
            }
            String metric = s.requiredString("metric", "the metric's name");
            String statistic = s.string("statistic", "Average");
            if (!STATISTIC.matcher(statistic).matches()) {
                throw new ConfigException(s.keyOf("statistic"), "'" + statistic + "' is not a statistic; allowed: "
                        + "SampleCount, Average, Sum, Minimum, Maximum or a percentile p0..p100 (p99, p99.9)");
            }
            Map<String, String> dimensions = new java.util.TreeMap<>();
            ConfigSection dims = s.section("dimensions");
            for (String d : dims.keys()) {
                dimensions.put(d, dims.requiredString(d, "the dimension's value"));
            }
            if (dimensions.size() > 30) {
                throw new ConfigException(s.keyOf("dimensions"), dimensions.size() + " dimensions; allowed: at most 30");
            }
            AlarmComparison comparison = s.choice("comparison", AlarmComparison.GREATER, AlarmComparison.class);
            if (!s.has("threshold")) {
                throw new ConfigException(s.keyOf("threshold"), "is required: the value the metric is compared with");
            }
            double threshold = s.decimal("threshold", 0, -1e15, 1e15);
            int period = period(s);
            int evaluations = s.integer("evaluationPeriods", 1, 1, 100);
            int datapoints = s.integer("datapointsToAlarm", evaluations, 1, 100);
            checkWindow(s.keyOf(name), period, evaluations, datapoints);
            Severity severity = s.choice("severity", Severity.WARNING, Severity.class);
            MissingData missing = s.choice("treatMissingData", MissingData.MISSING, MissingData.class);
            String description = s.optionalString("description").orElse(AlarmDefinition.describe(namespace + " "
                    + metric, statistic, comparison, BuiltInAlarm.Unit.COUNT.format(threshold), datapoints, evaluations, period));
            return new AlarmDefinition(name, Optional.empty(), Optional.empty(), description, namespace, metric,
                    dimensions, statistic, comparison, threshold, period, evaluations, datapoints, severity, missing,
                    Optional.empty());
        });
        unique(observability, "customAlarms", custom.stream().map(AlarmDefinition::name).toList(), taken);
        return custom;
    }

    /** {@code compositeAlarms[]}: page once on a combination of this stack's alarms. */
    static List<CompositeAlarmConfig> composites(ConfigSection observability, List<String> alarmNames,
                                                 java.util.Set<String> elsewhere) {
        List<CompositeAlarmConfig> composites = observability.sections("compositeAlarms", s -> {
            String name = name(s, "name", "the composite alarm's short name");
            List<String> members = s.strings("alarms", List.of());
            if (members.size() < 2 || members.size() > 100) {
                throw new ConfigException(s.keyOf("alarms"), members.size() + " alarms; allowed: 2..100 names of this "
                        + "stack's alarms");
            }
            for (int i = 0; i < members.size(); i++) {
                if (elsewhere.contains(members.get(i))) {
                    throw new ConfigException(s.keyOf("alarms") + "[" + i + "]", "'" + members.get(i) + "' lives in "
                            + "another region (its metric does), and a composite alarm can only combine alarms of "
                            + "the stack's region");
                }
                if (!alarmNames.contains(members.get(i))) {
                    throw new ConfigException(s.keyOf("alarms") + "[" + i + "]", "'" + members.get(i) + "' is not an "
                            + "alarm of this stack" + Suggestions.didYouMean(members.get(i), alarmNames) + " (a disabled "
                            + "one cannot be a member)");
                }
            }
            String operator = s.string("operator", "any");
            if (!operator.equals("any") && !operator.equals("all")) {
                throw new ConfigException(s.keyOf("operator"), "'" + operator + "' is not allowed; allowed: any, all");
            }
            Severity severity = s.choice("severity", Severity.CRITICAL, Severity.class);
            String description = s.optionalString("description").orElse((operator.equals("all") ? "All" : "Any")
                    + " of " + String.join(", ", members));
            return new CompositeAlarmConfig(name, description, members, operator.equals("all"), severity);
        });
        unique(observability, "compositeAlarms", composites.stream().map(CompositeAlarmConfig::name).toList(),
                new java.util.HashSet<>(alarmNames));
        return composites;
    }

    private static String name(ConfigSection s, String key, String meaning) {
        String name = s.requiredString(key, meaning);
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(s.keyOf(key), "'" + name + "' is not allowed; allowed: 1-48 lower-case letters, "
                    + "digits and '-', starting with a letter");
        }
        return name;
    }

    /** Names are unique within the list and differ from every other alarm of the stack. */
    private static void unique(ConfigSection section, String key, List<String> names, java.util.Set<String> taken) {
        java.util.Set<String> seen = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i)) || taken.contains(names.get(i))) {
                throw new ConfigException(section.keyOf(key) + "[" + i + "].name", "'" + names.get(i) + "' is already "
                        + "the name of an alarm of this stack; give each alarm its own name");
            }
        }
    }
}
