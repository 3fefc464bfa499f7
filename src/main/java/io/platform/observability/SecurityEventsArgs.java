package io.platform.observability;

import com.pulumi.core.Output;
import io.platform.config.FindingsConfig;
import io.platform.config.Naming;

import java.util.Optional;

/**
 * Inputs of {@link SecurityEvents}: what to route, the critical and warning topics, the CloudTrail log
 * group the CIS metric filters read (present with the account baseline), and the function the GuardDuty
 * rule also invokes ({@code remediationFunction}).
 */
public record SecurityEventsArgs(Naming naming, FindingsConfig config, Output<String> criticalTopicArn,
                                 Output<String> warningTopicArn, Optional<Output<String>> trailLogGroupName,
                                 Optional<Remediation> remediation) {
    /** The remediation function: its ARN (the target) and name (the permission's function). */
    public record Remediation(Output<String> functionArn, Output<String> functionName) {
    }
}
