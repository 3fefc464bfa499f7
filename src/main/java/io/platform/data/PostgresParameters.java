package io.platform.data;

import java.util.LinkedHashMap;
import java.util.Map;

/** Server parameters both engines get: TLS only, and connections logged for audit. */
final class PostgresParameters {
    private PostgresParameters() {
    }

    static Map<String, String> values() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("rds.force_ssl", "1");
        parameters.put("log_connections", "1");
        parameters.put("log_disconnections", "1");
        parameters.put("log_min_duration_statement", "1000");
        return parameters;
    }

    /** {@code 15.7} → {@code 15}. */
    static String majorVersion(String engineVersion) {
        int dot = engineVersion.indexOf('.');
        return dot < 0 ? engineVersion : engineVersion.substring(0, dot);
    }
}
