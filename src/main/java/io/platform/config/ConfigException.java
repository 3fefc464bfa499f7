package io.platform.config;

/**
 * A stack-config value that cannot be used. The message always names the full key,
 * the offending value and what would have been accepted, so it can be shown to the
 * user as-is, without a stack trace.
 */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The full config key, e.g. {@code platform:network.azCount}. */
    public String key() {
        return key;
    }
}
