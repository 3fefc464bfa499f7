package io.platform.security;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.AuditConfig;
import io.platform.config.Naming;

import java.util.Map;

/**
 * Inputs of the account baseline: where audit logs go, the key that encrypts them, how deep it audits,
 * and the ARNs of the stack buckets (documents and the catalogue, by config name) data events may name.
 */
public record AccountBaselineArgs(Naming naming, AwsAccount account, Output<String> logsKeyArn,
                                  Output<String> accessLogsBucket, AuditConfig audit,
                                  Map<String, Output<String>> bucketArns) {
    public AccountBaselineArgs {
        bucketArns = Map.copyOf(bucketArns);
    }
}
