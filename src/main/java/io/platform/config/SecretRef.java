package io.platform.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a stack secret as services write it: {@code database/master} (the whole value) or
 * {@code database/master:username} (one key of a JSON secret). ECS resolves the second form itself
 * from {@code valueFrom = <secret ARN>:username::} (JSON key, then default version stage and id), so
 * the value never passes through config, state or the task definition.
 */
public record SecretRef(String name, Optional<String> jsonKey) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** Parses {@code name} or {@code name:key}; the caller has checked the name exists. */
    public static SecretRef parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new SecretRef(text, Optional.empty())
                : new SecretRef(text.substring(0, colon), Optional.of(text.substring(colon + 1)));
    }

    /** Whether {@code key} may follow the colon. */
    static boolean validKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** What a container definition's {@code valueFrom} holds for this reference. */
    public String valueFrom(String secretArn) {
        return jsonKey.map(k -> secretArn + ":" + k + "::").orElse(secretArn);
    }
}
