package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alerting and dashboards (SPEC §3.6): the alarms with their tuning already applied, composite alarms,
 * who hears about each severity, and the database's {@code max_connections} the connections alarm is a
 * fraction of (derived from the instance class unless configured).
 *
 * @param alertEmails          subscribed to the critical and warning topics
 * @param routes               one per severity, always all three
 * @param slackWorkspaceId     the Slack workspace (team) AWS Chatbot posts to, when a route has a channel
 * @param alertHttpsEndpoint   the paging service's URL, a secret, when a route uses it
 * @param perServiceDashboards a dashboard per service besides the overview and the tier dashboards
 */
public record ObservabilityConfig(List<String> alertEmails, int databaseMaxConnections, List<AlarmDefinition> alarms,
                                  List<CompositeAlarmConfig> compositeAlarms, Map<Severity, AlertRoute> routes,
                                  Optional<String> slackWorkspaceId, Optional<SecretString> alertHttpsEndpoint,
                                  boolean perServiceDashboards, Optional<LogArchiveConfig> logArchive,
                                  XRayConfig xray) {
    public ObservabilityConfig {
        alertEmails = List.copyOf(alertEmails);
        alarms = List.copyOf(alarms);
        compositeAlarms = List.copyOf(compositeAlarms);
        routes = Map.copyOf(routes);
    }

    public AlertRoute route(Severity severity) {
        return routes.get(severity);
    }

    /** How many alarms (metric and composite) notify each severity, for the closing report. */
    public Map<Severity, Long> alarmCounts() {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, alarms.stream().filter(a -> a.severity() == s).count()
                    + compositeAlarms.stream().filter(c -> c.severity() == s).count());
        }
        return counts;
    }
}
