package io.platform.config;

/** Reads and validates {@code platform:security.findings}. */
final class FindingsConfigReader {
    private FindingsConfigReader() {
    }

    static FindingsConfig read(ConfigSection findings, boolean accountBaseline) {
        boolean enabled = findings.bool("enabled", accountBaseline);
        double guardDuty = findings.decimal("guardDutyMinSeverity", 7.0, 1.0, 10.0);
        var securityHub = findings.choice("securityHubMinSeverity", FindingsConfig.Label.HIGH, FindingsConfig.Label.class);
        boolean config = findings.bool("configCompliance", true);
        boolean cis = findings.bool("cisAlarms", enabled && accountBaseline);
        if (cis && !accountBaseline) {
            throw new ConfigException(findings.keyOf("cisAlarms"), "true needs the trail's CloudWatch Logs group, "
                    + "but platform:security.accountBaseline is false; allowed: false");
        }
        if (cis && !enabled) {
            throw new ConfigException(findings.keyOf("cisAlarms"), "true needs platform:security.findings.enabled; "
                    + "allowed: false");
        }
        // Checked against platform:functions by StackConfigLoader, which reads the functions later.
        var remediation = findings.optionalString("remediationFunction");
        if (remediation.isPresent() && !enabled) {
            throw new ConfigException(findings.keyOf("remediationFunction"), "needs platform:security.findings.enabled "
                    + "(the GuardDuty rule invokes it); allowed: unset");
        }
        findings.rejectUnknownKeys();
        return new FindingsConfig(enabled, guardDuty, securityHub, config, cis, remediation);
    }
}
