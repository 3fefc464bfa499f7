package io.platform.policy.sdk;

import java.util.Locale;

/** How bad a finding is, independent of whether it blocks. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
