package io.platform.config;

import java.util.List;

/**
 * {@code platform:observability.logArchive}: CloudWatch Logs groups copied through Firehose into an S3
 * archive bucket that moves them to Glacier and deletes them when the archive period ends (seed 004: audit
 * logs 1 year in CloudWatch, 7 years in S3 Glacier). CloudWatch keeps its own retention beside it.
 *
 * @param logGroups        {@link #CLOUDTRAIL} (the account baseline's trail) and/or service names
 * @param glacierAfterDays days after delivery an archived object moves to S3 Glacier Flexible Retrieval
 * @param expireAfterDays  days after delivery an archived object is deleted
 */
public record LogArchiveConfig(List<String> logGroups, int glacierAfterDays, int expireAfterDays) {
    public static final String CLOUDTRAIL = "cloudtrail";
    public static final int DEFAULT_GLACIER_AFTER_DAYS = 90;
    /** Seven years, the usual audit-record period (SOC 2, PCI DSS keep one year; financial records seven). */
    public static final int DEFAULT_EXPIRE_AFTER_DAYS = 2555;

    public LogArchiveConfig {
        logGroups = List.copyOf(logGroups);
    }
}
