package io.platform.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code platform:observability.routes.<severity>} ({@code emails}, {@code https}, {@code slackChannelId})
 * and {@code slackWorkspaceId}. {@code alertEmails} reach the critical and warning topics.
 */
final class AlertRoutesReader {
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    private static final Pattern SLACK_TEAM = Pattern.compile("T[A-Z0-9]{8,11}");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CG][A-Z0-9]{8,11}");

    private AlertRoutesReader() {
    }

    static List<String> emails(ConfigSection section, String key) {
        List<String> emails = section.strings(key, List.of());
        for (int i = 0; i < emails.size(); i++) {
            if (!EMAIL.matcher(emails.get(i)).matches()) {
                throw new ConfigException(section.keyOf(key) + "[" + i + "]", "'" + emails.get(i)
                        + "' is not an e-mail address");
            }
        }
        return emails;
    }

    static Map<Severity, AlertRoute> routes(ConfigSection observability, List<String> alertEmails) {
        ConfigSection routes = observability.section("routes");
        Map<Severity, AlertRoute> out = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            ConfigSection route = routes.section(severity.configName());
            List<String> own = emails(route, "emails");
            List<String> all = new ArrayList<>(severity == Severity.INFO ? List.of() : alertEmails);
            for (int i = 0; i < own.size(); i++) {
                if (all.contains(own.get(i))) {
                    throw new ConfigException(route.keyOf("emails") + "[" + i + "]", "'" + own.get(i) + "' is already "
                            + "in platform:observability.alertEmails, which the critical and warning topics get");
                }
                all.add(own.get(i));
            }
            boolean https = route.bool("https", false);
            Optional<String> channel = route.optionalString("slackChannelId");
            channel.filter(c -> !SLACK_CHANNEL.matcher(c).matches()).ifPresent(c -> {
                throw new ConfigException(route.keyOf("slackChannelId"), "'" + c + "' is not a Slack channel id; "
                        + "allowed: C or G and 8-11 upper-case letters or digits (channel details in Slack)");
            });
            route.rejectUnknownKeys();
            out.put(severity, new AlertRoute(severity, all, https, channel));
        }
        routes.rejectUnknownKeys();
        return out;
    }

    /** The Slack workspace, required exactly when a route names a channel. */
    static Optional<String> slackWorkspace(ConfigSection observability, Map<Severity, AlertRoute> routes) {
        boolean slack = routes.values().stream().anyMatch(r -> r.slackChannelId().isPresent());
        Optional<String> team = observability.optionalString("slackWorkspaceId");
        if (slack && team.isEmpty()) {
            throw new ConfigException(observability.keyOf("slackWorkspaceId"), "is required: a route names a "
                    + "slackChannelId, and AWS Chatbot needs the workspace (team) id, T followed by 8-11 characters");
        }
        if (!slack && team.isPresent()) {
            throw new ConfigException(observability.keyOf("slackWorkspaceId"), "is set but no route names a "
                    + "slackChannelId; add one or remove it");
        }
        team.filter(t -> !SLACK_TEAM.matcher(t).matches()).ifPresent(t -> {
            throw new ConfigException(observability.keyOf("slackWorkspaceId"), "'" + t + "' is not a Slack workspace "
                    + "id; allowed: T and 8-11 upper-case letters or digits");
        });
        return team;
    }
}
