package io.platform.security;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.ComputeConfig;
import io.platform.config.FunctionConfig;
import io.platform.config.InstanceConfig;
import io.platform.config.Naming;
import io.platform.config.SecurityConfig;
import io.platform.config.ServiceConfig;

import java.util.List;
import java.util.Set;

/**
 * Inputs of the security tier.
 *
 * @param appPorts         ports the ALB forwards to in the app tier (from the public services)
 * @param ecrRepositories  short names of the stack's ECR repositories (the deploy role may push only there)
 * @param serviceNames     ECS service short names (the deploy role may update only these)
 * @param redis            the stack has Redis: its group and the rules to it exist only then
 * @param workloads        services, functions and instances: their groups, flows and per-service roles
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
        Workloads workloads) {

    /**
     * The workloads the tier makes security groups, flows and roles for.
     *
     * @param dataGrantees services the data tier grants bucket prefixes or file-system mounts to: like a
     *                     service that declares statements, each gets a task role of its own
     */
    public record Workloads(ComputeConfig compute, List<FunctionConfig> functions, List<InstanceConfig> instances,
                            Set<String> dataGrantees) {
        public Workloads {
            functions = List.copyOf(functions);
            instances = List.copyOf(instances);
            dataGrantees = Set.copyOf(dataGrantees);
        }

        /** A service runs as its own task role when it holds anything another service must not. */
        public boolean ownTaskRole(ServiceConfig service) {
            return !service.statements().isEmpty() || service.xray() || dataGrantees.contains(service.name());
        }
    }

    public SecurityArgs {
        appPorts = List.copyOf(appPorts);
        ecrRepositories = List.copyOf(ecrRepositories);
        serviceNames = List.copyOf(serviceNames);
    }
}
