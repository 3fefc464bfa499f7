package io.platform.config;

/**
 * What a period without data means: {@code notBreaching} where silence means health (no requests, no
 * errors), {@code breaching} where silence means the thing is gone, {@code missing} otherwise.
 */
public enum MissingData implements Named {
    MISSING("missing"),
    NOT_BREACHING("notBreaching"),
    BREACHING("breaching"),
    IGNORE("ignore");

    private final String configName;

    MissingData(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
