package io.platform.observability;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.ObservabilityConfig;
import io.platform.config.Severity;

import java.util.Map;
import java.util.Set;

/**
 * Inputs of the severity routes. Every topic is KMS-encrypted and that is not an option.
 *
 * @param logsKeyArn  encrypts the stack-region topics
 * @param elsewhere   other region → the severities whose alarms live there (CloudFront, remote replicas)
 * @param providers   other region → the provider that declares resources there
 */
public record AlertRoutesArgs(Naming naming, AwsAccount account, ObservabilityConfig config, Output<String> logsKeyArn,
                              Map<String, Set<Severity>> elsewhere, Map<String, Provider> providers) {
    public AlertRoutesArgs {
        elsewhere = Map.copyOf(elsewhere);
        providers = Map.copyOf(providers);
    }
}
