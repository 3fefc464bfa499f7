package io.platform.observability;

import com.pulumi.core.Output;
import io.platform.config.FindingsConfig;
import io.platform.config.Naming;

import java.util.Optional;

/**
 * Inputs of {@link SecurityEvents}: what to route, the critical and warning topics, and the CloudTrail log
 * group the CIS metric filters read (present with the account baseline).
 */
public record SecurityEventsArgs(Naming naming, FindingsConfig config, Output<String> criticalTopicArn,
                                 Output<String> warningTopicArn, Optional<Output<String>> trailLogGroupName) {
}
