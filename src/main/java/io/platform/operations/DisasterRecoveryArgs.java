package io.platform.operations;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;

/**
 * Inputs of the DR tier: the other region, and the source key the documents bucket encrypts
 * with (replication must decrypt what it copies).
 */
public record DisasterRecoveryArgs(Naming naming, AwsAccount account, String drRegion, Output<String> sourceS3KeyArn) {
}
