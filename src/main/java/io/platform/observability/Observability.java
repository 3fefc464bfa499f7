package io.platform.observability;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.CompositeAlarm;
import com.pulumi.aws.cloudwatch.CompositeAlarmArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.aws.OutputMaps;
import io.platform.config.AlarmDefinition;
import io.platform.config.CompositeAlarmConfig;
import io.platform.config.Naming;
import io.platform.config.Severity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Observability tier (SPEC §3.6): the severity routes, every alarm of the stack's config notifying its
 * severity's topic (critical ones also when they recover), composite alarms for paging, the ERROR metric
 * filters, the dashboards and the saved Logs Insights queries.
 */
public final class Observability extends ComponentResource {
    private final AlertRoutes routes;
    private final List<String> alarmNames = new ArrayList<>();
    private final Map<String, MetricAlarm> declared = new TreeMap<>();

    public Observability(String name, ObservabilityArgs args, ComponentResourceOptions options) {
        super("platform:observability:Observability", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        List<AlarmSpec> alarms = AlarmCatalogue.bind(args);

        Map<String, Set<Severity>> elsewhere = new TreeMap<>();
        Map<String, Provider> providers = new TreeMap<>();
        for (AlarmSpec spec : alarms) {
            spec.definition().region().ifPresent(region -> {
                elsewhere.computeIfAbsent(region, r -> EnumSet.noneOf(Severity.class)).add(spec.definition().severity());
                providers.put(region, providerFor(args, spec.definition()));
            });
        }
        this.routes = new AlertRoutes(naming.name("alert-routes"), new AlertRoutesArgs(naming, args.account(),
                args.config(), args.logsKeyArn(), elsewhere, providers),
                ComponentResourceOptions.builder().parent(this).build());

        MetricFilters.declare(args, child);
        for (AlarmSpec spec : alarms) {
            AlarmDefinition d = spec.definition();
            CustomResourceOptions where = d.region().map(r -> CustomResourceOptions.builder().parent(this)
                    .provider(providers.get(r)).build()).orElse(child);
            alarm(naming, spec, routes.topicArn(d.severity(), d.region()), where);
        }
        for (CompositeAlarmConfig composite : args.config().compositeAlarms()) {
            composite(naming, composite);
        }
        Dashboard.declare(args, child);
        TierDashboards.declare(args, child);
        LogQueries.declare(args, child);
        XRaySampling.declare(args, child);

        registerOutputs(Map.of("alertTopicArn", routes.topicArn(Severity.CRITICAL)));
    }

    /** CloudFront's metrics exist in us-east-1 only; a remote replica's in its region. */
    private static Provider providerFor(ObservabilityArgs args, AlarmDefinition definition) {
        if (definition.builtIn().map(b -> b.scope() == io.platform.config.AlarmScope.FRONT_END).orElse(false)) {
            return args.usEast1().orElseThrow();
        }
        return args.replicas().stream().filter(r -> definition.instance().equals(java.util.Optional.of(r.name())))
                .findFirst().flatMap(ObservabilityArgs.Replica::provider)
                .orElseThrow(() -> new IllegalStateException("no provider for the region of " + definition.name()));
    }

    /** An alarm outside the stack's region carries the region qualifier in its name. */
    private void alarm(Naming naming, AlarmSpec spec, Output<String> topicArn, CustomResourceOptions options) {
        AlarmDefinition d = spec.definition();
        String alarmName = d.region().isPresent() ? naming.globalName(d.name()) : naming.name(d.name());
        var alarm = MetricAlarmArgs.builder()
                .name(alarmName)
                .alarmDescription(d.description() + " [" + d.severity().configName() + "]")
                .namespace(d.namespace())
                .metricName(d.metric())
                .comparisonOperator(d.comparison().operator())
                .threshold(d.threshold())
                .period(d.periodSeconds())
                .evaluationPeriods(d.evaluationPeriods())
                .datapointsToAlarm(d.datapointsToAlarm())
                .treatMissingData(d.missingData().configName())
                .alarmActions(topicArn.applyValue(List::of))
                .tags(severityTags(naming, d.name(), d.severity()));
        // Whoever was paged needs to hear that it is over; lesser severities are read in the channel.
        if (d.severity() == Severity.CRITICAL) {
            alarm.okActions(topicArn.applyValue(List::of));
        }
        if (d.percentile()) {
            alarm.extendedStatistic(d.statistic());
        } else {
            alarm.statistic(d.statistic());
        }
        if (!spec.dimensions().isEmpty()) {
            alarm.dimensions(OutputMaps.resolve(spec.dimensions()));
        }
        declared.put(d.name(), new MetricAlarm(naming.name(d.name()), alarm.build(), options));
        alarmNames.add(alarmName);
    }

    private void composite(Naming naming, CompositeAlarmConfig composite) {
        String shortName = "composite-" + composite.name();
        Output<String> topic = routes.topicArn(composite.severity());
        var args = CompositeAlarmArgs.builder()
                .alarmName(naming.name(shortName))
                .alarmDescription(composite.description() + " [" + composite.severity().configName() + "]")
                .alarmRule(composite.rule(naming::name))
                .actionsEnabled(true)
                .alarmActions(topic.applyValue(List::of))
                .tags(severityTags(naming, shortName, composite.severity()));
        if (composite.severity() == Severity.CRITICAL) {
            args.okActions(topic.applyValue(List::of));
        }
        // The rule names the members: they must exist before it does.
        new CompositeAlarm(naming.name(shortName), args.build(), CustomResourceOptions.builder().parent(this)
                .dependsOn(composite.alarms().stream().map(declared::get).map(com.pulumi.resources.Resource.class::cast)
                        .toList()).build());
        alarmNames.add(naming.name(shortName));
    }

    private static Map<String, String> severityTags(Naming naming, String name, Severity severity) {
        Map<String, String> tags = new TreeMap<>(naming.tags(name));
        tags.put("Severity", severity.configName());
        return tags;
    }

    /** The critical topic (the stack's {@code alertTopicArn}). */
    public Output<String> alertTopicArn() {
        return routes.topicArn(Severity.CRITICAL);
    }

    public Output<String> topicArn(Severity severity) {
        return routes.topicArn(severity);
    }

    /** Every alarm's name (metric and composite), for the closing report and tests. */
    public List<String> alarmNames() {
        return List.copyOf(alarmNames);
    }
}
