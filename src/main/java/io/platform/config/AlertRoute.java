package io.platform.config;

import java.util.List;
import java.util.Optional;

/**
 * Who hears about one severity's alarms: e-mail addresses, the stack's HTTPS endpoint (a paging
 * service; its URL is the secret {@code platform:alertHttpsEndpoint}) and a Slack channel through AWS
 * Chatbot.
 */
public record AlertRoute(Severity severity, List<String> emails, boolean https, Optional<String> slackChannelId) {
    public AlertRoute {
        emails = List.copyOf(emails);
    }

    /** The route names in the closing report: {@code critical: email×2, https, slack}. */
    public String summary() {
        List<String> parts = new java.util.ArrayList<>();
        if (!emails.isEmpty()) {
            parts.add("email×" + emails.size());
        }
        if (https) {
            parts.add("https");
        }
        slackChannelId.ifPresent(c -> parts.add("slack " + c));
        return severity.configName() + ": " + (parts.isEmpty() ? "topic only" : String.join(", ", parts));
    }
}
