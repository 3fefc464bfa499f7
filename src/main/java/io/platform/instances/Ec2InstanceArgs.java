package io.platform.instances;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.InstanceConfig;
import io.platform.config.Naming;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inputs of one {@link Ec2Instance}. Safe settings are not options: IMDSv2 only with a hop limit of
 * one, the root volume encrypted with the data key, no key pair (Session Manager through
 * {@code AmazonSSMManagedInstanceCore}), no public IP, detailed monitoring.
 *
 * @param secretArns   secret name → ARN, for the secrets the instance may read
 * @param loadBalancer the ALB's VPC, HTTPS listener and this instance's rule priority, when it is registered
 */
public record Ec2InstanceArgs(
        Naming naming,
        AwsAccount account,
        InstanceConfig config,
        Output<List<String>> privateSubnetIds,
        Output<String> securityGroupId,
        Output<String> dataKeyArn,
        Output<String> secretsKeyArn,
        Map<String, Output<String>> secretArns,
        Optional<AlbTarget> loadBalancer) {

    public Ec2InstanceArgs {
        secretArns = Map.copyOf(secretArns);
    }

    public record AlbTarget(Output<String> vpcId, Output<String> httpsListenerArn, int priority) {
    }
}
