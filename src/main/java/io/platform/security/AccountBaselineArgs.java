package io.platform.security;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;

/** Inputs of the account baseline: where audit logs go and the key that encrypts them. */
public record AccountBaselineArgs(Naming naming, AwsAccount account, Output<String> logsKeyArn,
                                  Output<String> accessLogsBucket) {
}
