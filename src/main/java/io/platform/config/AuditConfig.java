package io.platform.config;

import java.util.List;

/**
 * {@code platform:security.audit}: how deep the account baseline audits (issue 16 item 5). The managed
 * AWS Config rules, the Security Hub standards, CloudTrail S3 data events for named buckets and CloudTrail
 * Insights, and how long the trail's CloudWatch Logs copy is kept. Only meaningful with the account baseline.
 *
 * @param configRules          AWS Config managed-rule source identifiers, in order (default: {@link ManagedConfigRules#DEFAULTS})
 * @param standards            Security Hub standards subscribed (default: FSBP and CIS v3.0.0)
 * @param s3DataEvents         buckets whose object-level events the trail records
 * @param insights             CloudTrail Insights types (none by default: they are billed per event analysed)
 * @param trailLogRetentionDays days the trail's CloudWatch Logs group keeps events
 */
public record AuditConfig(List<String> configRules, List<SecurityHubStandard> standards,
                          List<DataEvents> s3DataEvents, List<Insight> insights, int trailLogRetentionDays) {
    public static final int DEFAULT_TRAIL_LOG_RETENTION_DAYS = 365;

    public AuditConfig {
        configRules = List.copyOf(configRules);
        standards = List.copyOf(standards);
        s3DataEvents = List.copyOf(s3DataEvents);
        insights = List.copyOf(insights);
    }

    /** Today's audit: the eight managed rules, FSBP and CIS, no data events or Insights, a year of trail logs. */
    public static AuditConfig defaults() {
        return new AuditConfig(ManagedConfigRules.DEFAULTS, SecurityHubStandard.DEFAULTS, List.of(), List.of(),
                DEFAULT_TRAIL_LOG_RETENTION_DAYS);
    }

    /** Object-level events of one stack bucket ({@code documents} or a {@code platform:data.buckets} name). */
    public record DataEvents(String bucket, ReadWrite readWrite) {
    }

    /** Which object-level events: reads ({@code GetObject}…), writes ({@code PutObject}, {@code DeleteObject}…) or both. */
    public enum ReadWrite implements Named {
        ALL("all"), READ("read"), WRITE("write");

        private final String configName;

        ReadWrite(String configName) {
            this.configName = configName;
        }

        @Override
        public String configName() {
            return configName;
        }
    }

    /** CloudTrail Insights types, spelled as the API spells them. */
    public enum Insight implements Named {
        API_CALL_RATE("ApiCallRateInsight"), API_ERROR_RATE("ApiErrorRateInsight");

        private final String configName;

        Insight(String configName) {
            this.configName = configName;
        }

        @Override
        public String configName() {
            return configName;
        }
    }

    /**
     * A Security Hub standard and its ARN's path. Every standard here is regional
     * ({@code arn:<partition>:securityhub:<region>::standards/...}); only CIS v1.2.0, which the platform does
     * not offer, uses the region-less {@code ruleset/} form.
     */
    public enum SecurityHubStandard implements Named {
        FSBP("fsbp", "aws-foundational-security-best-practices/v/1.0.0"),
        CIS("cis", "cis-aws-foundations-benchmark/v/3.0.0"),
        PCI_DSS("pci-dss", "pci-dss/v/4.0.1"),
        PCI_DSS_3_2_1("pci-dss-3.2.1", "pci-dss/v/3.2.1"),
        NIST_800_53("nist-800-53", "nist-800-53/v/5.0.0");

        public static final List<SecurityHubStandard> DEFAULTS = List.of(FSBP, CIS);

        private final String configName;
        private final String path;

        SecurityHubStandard(String configName, String path) {
            this.configName = configName;
            this.path = path;
        }

        @Override
        public String configName() {
            return configName;
        }

        /** The standard's ARN in a partition and region. */
        public String arn(String partition, String region) {
            return "arn:" + partition + ":securityhub:" + region + "::standards/" + path;
        }
    }
}
