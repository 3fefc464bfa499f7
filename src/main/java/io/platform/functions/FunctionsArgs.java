package io.platform.functions;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.FunctionConfig;
import io.platform.config.Naming;
import io.platform.config.SecretsConfig;

import java.util.List;
import java.util.Map;

/**
 * Inputs of the functions tier.
 *
 * @param securityGroupIds function name → its security group (from the security tier)
 * @param secretArns       secret name → ARN (from the data tier)
 * @param secrets          rotation schedules: which secrets each function rotates
 */
public record FunctionsArgs(
        Naming naming,
        AwsAccount account,
        List<FunctionConfig> functions,
        Output<List<String>> privateSubnetIds,
        Map<String, Output<String>> securityGroupIds,
        LambdaFunctionArgs.Keys keys,
        Map<String, Output<String>> secretArns,
        SecretsConfig secrets,
        Output<String> alertTopicArn,
        int logRetentionDays) {

    public FunctionsArgs {
        functions = List.copyOf(functions);
        securityGroupIds = Map.copyOf(securityGroupIds);
        secretArns = Map.copyOf(secretArns);
    }
}
