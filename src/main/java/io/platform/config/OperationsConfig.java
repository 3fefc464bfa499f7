package io.platform.config;

import java.util.Optional;

/**
 * Backups, disaster recovery, dev auto-shutdown and cost controls (SPEC §3.6).
 *
 * @param drRegion  where backups, database backups and documents are copied; empty: no DR copy
 */
public record OperationsConfig(int backupRetentionDays, Optional<String> drRegion, boolean autoShutdown,
                               int monthlyBudgetUsd, int anomalyThresholdUsd) {
    /** Dev runs 08:00–20:00 New York time on weekdays and weekends alike. */
    public static final String SHUTDOWN_TIMEZONE = "America/New_York";
    public static final int SHUTDOWN_HOUR = 20;
    public static final int STARTUP_HOUR = 8;
}
