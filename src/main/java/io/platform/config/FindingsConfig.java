package io.platform.config;

/**
 * {@code platform:security.findings}: which security events reach a person (seed 001 §4.6). GuardDuty
 * findings at or above {@code guardDutyMinSeverity} go to the critical topic; Config rules turning
 * NON_COMPLIANT and Security Hub findings at or above {@code securityHubMinSeverity} to the warning topic;
 * the CIS CloudWatch metric filters and alarms (root-account use, IAM policy changes) watch the trail's
 * log group, so they need the account baseline.
 *
 * @param enabled                the EventBridge rules exist at all (default: with the account baseline)
 * @param guardDutyMinSeverity   GuardDuty's numeric severity, 1.0..10.0 (7.0 = High)
 * @param securityHubMinSeverity the lowest Security Hub severity label routed
 * @param configCompliance       Config compliance changes to NON_COMPLIANT are routed
 * @param cisAlarms              the CIS metric filters and alarms on the trail's log group
 * @param remediationFunction    a function of {@code platform:functions} the GuardDuty rule also invokes
 */
public record FindingsConfig(boolean enabled, double guardDutyMinSeverity, Label securityHubMinSeverity,
                             boolean configCompliance, boolean cisAlarms,
                             java.util.Optional<String> remediationFunction) {

    /** Security Hub's severity labels, lowest first. */
    public enum Label implements Named {
        LOW, MEDIUM, HIGH, CRITICAL;

        @Override
        public String configName() {
            return name();
        }

        /** This label and every one above it, as Security Hub spells them. */
        public java.util.List<String> andAbove() {
            return java.util.Arrays.stream(values()).filter(l -> l.ordinal() >= ordinal()).map(Label::name).toList();
        }
    }
}
