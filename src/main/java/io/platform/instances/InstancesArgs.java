package io.platform.instances;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.InstanceConfig;
import io.platform.config.Naming;

import java.util.List;
import java.util.Map;

/**
 * Inputs of the instances tier.
 *
 * @param securityGroupIds  instance name → its security group (from the security tier)
 * @param httpsListenerArn  the ALB's HTTPS listener, for instances registered behind it
 * @param routePriorities   {@code instance:<name>} → listener-rule priority, ordered with the services'
 */
public record InstancesArgs(
        Naming naming,
        AwsAccount account,
        List<InstanceConfig> instances,
        Output<String> vpcId,
        Output<List<String>> privateSubnetIds,
        Map<String, Output<String>> securityGroupIds,
        Output<String> dataKeyArn,
        Output<String> secretsKeyArn,
        Map<String, Output<String>> secretArns,
        Output<String> httpsListenerArn,
        Map<String, Integer> routePriorities) {

    public InstancesArgs {
        instances = List.copyOf(instances);
        securityGroupIds = Map.copyOf(securityGroupIds);
        secretArns = Map.copyOf(secretArns);
        routePriorities = Map.copyOf(routePriorities);
    }
}
