package io.platform.config;

/**
 * How urgently an alarm needs a person (seed 001 §4.6.2): {@code critical} pages (P1), {@code warning}
 * is looked at the same day (P2), {@code info} is for the channel. Each has its own topic.
 */
public enum Severity implements Named {
    CRITICAL("critical"),
    WARNING("warning"),
    INFO("info");

    private final String configName;

    Severity(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
