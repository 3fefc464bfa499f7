package io.platform.functions;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.FunctionConfig;
import io.platform.config.Naming;

import java.util.List;
import java.util.Map;

/**
 * Inputs of one {@link LambdaFunction}. Safe settings are not options: private subnets with the
 * function's own group, a KMS-encrypted log group with retention, JSON logs, active X-Ray tracing,
 * a KMS-encrypted dead-letter queue, environment encrypted with the secrets key, and a role with
 * only the platform's needs (logs, network interfaces, tracing, the DLQ, its triggers' queues, its
 * secrets) plus the statements the config declares.
 *
 * @param secretArns     secret name → ARN, for the function's {@code secrets} and the secrets it rotates
 * @param rotatedSecrets secrets this function rotates (from {@code platform:secrets.rotation})
 * @param alertTopicArn  the stack's alarm topic, for {@code sns} triggers on {@code alerts}
 */
public record LambdaFunctionArgs(
        Naming naming,
        AwsAccount account,
        FunctionConfig config,
        Placement placement,
        Keys keys,
        Map<String, Output<String>> secretArns,
        List<String> rotatedSecrets,
        Output<String> alertTopicArn,
        int logRetentionDays) {

    public LambdaFunctionArgs {
        secretArns = Map.copyOf(secretArns);
        rotatedSecrets = List.copyOf(rotatedSecrets);
    }

    /** The private subnets and the function's own security group. */
    public record Placement(Output<List<String>> subnetIds, Output<String> securityGroupId) {
    }

    /** KMS keys: logs, data (the DLQ and trigger queues), secrets (environment and secret values). */
    public record Keys(Output<String> logsKeyArn, Output<String> dataKeyArn, Output<String> secretsKeyArn) {
    }
}
