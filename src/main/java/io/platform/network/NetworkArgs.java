package io.platform.network;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.NetworkConfig;

/**
 * Inputs of the network tier: its validated config, the key that encrypts its flow logs, and
 * whether the data subnets hold Redis (its NACL rules exist only then).
 */
public record NetworkArgs(Naming naming, AwsAccount account, NetworkConfig config, Output<String> logsKeyArn,
                          boolean redis) {
}
