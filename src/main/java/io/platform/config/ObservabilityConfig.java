package io.platform.config;

import java.util.List;

/**
 * Alerting (SPEC §3.6): who is e-mailed, and the database's {@code max_connections} the
 * connections alarm is a fraction of (derived from the instance class unless configured).
 */
public record ObservabilityConfig(List<String> alertEmails, int databaseMaxConnections) {
    public ObservabilityConfig {
        alertEmails = List.copyOf(alertEmails);
    }
}
