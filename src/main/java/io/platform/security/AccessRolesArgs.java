package io.platform.security;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.AccessConfig;
import io.platform.config.Naming;
import io.platform.config.Severity;

import java.util.Map;

/**
 * Inputs of {@link AccessRoles}. Not options: every role requires MFA ({@code Bool
 * aws:MultiFactorAuthPresent "true"} and a {@code NumericLessThan aws:MultiFactorAuthAge} limit), its
 * managed policy is also its permissions boundary, and every use is alarmed from the trail.
 *
 * @param topicArns         severity → the topic a role's use alarm notifies
 * @param trailLogGroupName the account baseline's CloudTrail log group (multi-region, global events)
 */
public record AccessRolesArgs(Naming naming, AwsAccount account, AccessConfig config,
                              Map<Severity, Output<String>> topicArns, Output<String> trailLogGroupName) {
    public AccessRolesArgs {
        topicArns = Map.copyOf(topicArns);
    }
}
