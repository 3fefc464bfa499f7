package io.platform.config;

import java.util.List;
import java.util.OptionalInt;

/**
 * Alerting (SPEC §3.6): who is e-mailed, and the database's connection limit when it cannot
 * be derived from its instance class.
 */
public record ObservabilityConfig(List<String> alertEmails, OptionalInt databaseMaxConnections) {
    public ObservabilityConfig {
        alertEmails = List.copyOf(alertEmails);
    }
}
