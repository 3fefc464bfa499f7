package io.platform.security;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.Naming;
import io.platform.config.SecurityConfig;

import java.util.List;

/**
 * Inputs of the security tier.
 *
 * @param appPorts         ports the ALB forwards to in the app tier (from the public services)
 * @param ecrRepositories  short names of the stack's ECR repositories (the deploy role may push only there)
 * @param serviceNames     ECS service short names (the deploy role may update only these)
 * @param redis            the stack has Redis: its group and the app → Redis rules exist only then
 * @param smtpEndpoint     the stack has the SES SMTP endpoint: the app may reach it on 587
 */
public record SecurityArgs(
        Naming naming,
        AwsAccount account,
        SecurityConfig config,
        Output<String> vpcId,
        Output<String> endpointSecurityGroupId,
        Output<String> s3PrefixListId,
        List<Integer> appPorts,
        List<String> ecrRepositories,
        List<String> serviceNames,
        Output<String> s3KeyArn,
        Output<String> secretsKeyArn,
        Output<String> logsKeyArn,
        int logRetentionDays,
        boolean redis,
        boolean smtpEndpoint) {

    public SecurityArgs {
        appPorts = List.copyOf(appPorts);
        ecrRepositories = List.copyOf(ecrRepositories);
        serviceNames = List.copyOf(serviceNames);
    }
}
