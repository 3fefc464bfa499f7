package io.platform.policy.rules.ec2;

import io.platform.policy.rules.SecurityHub;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Reference;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;
import io.platform.policy.sdk.StackPolicy;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.VPC;
import static io.platform.policy.rules.AwsTypes.VPC_ENDPOINT;

/**
 * Every VPC has interface endpoints for the AWS APIs its workloads call, so that traffic stays off the
 * internet (advisory: each endpoint costs per AZ, and a workload that never calls an API needs none).
 */
public final class VpcInterfaceEndpoints {
    private static final Reference ENDPOINT_VPC = Reference.of(VPC_ENDPOINT.set(), "vpcId", VPC.set(), "id");

    private VpcInterfaceEndpoints() {
    }

    public static StackPolicy policy() {
        return StackPolicy.builder("vpc-interface-endpoints")
                .description("Every VPC has interface endpoints for ECR, Systems Manager and EC2")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM)
                .controls(SecurityHub.controls("EC2.10", "EC2.55", "EC2.56", "EC2.57", "EC2.58", "EC2.60"))
                .inspects(VPC, VPC_ENDPOINT)
                .setting(Setting.strings("requiredServices", "Service suffixes of com.amazonaws.<region>.<service> every "
                                + "VPC needs an endpoint for",
                        List.of("ecr.api", "ecr.dkr", "ssm", "ec2", "ssm-contacts", "ssm-incidents")).nonEmpty())
                .fix("Declare interface VpcEndpoints (private DNS on) for the missing services")
                .check((stack, ctx) -> ctx.forEach(stack.of(VPC), vpc -> {
                    List<PolicyResource> endpoints = stack.referrers(vpc, ENDPOINT_VPC);
                    List<String> services = endpoints.stream().map(e -> e.properties().string("serviceName").orElse("")).toList();
                    for (String needed : ctx.settings().strings("requiredServices")) {
                        if (services.stream().noneMatch(s -> s.endsWith("." + needed))) {
                            ctx.report(vpc, "VPC has no interface endpoint for " + needed
                                    + "; calls to that AWS API leave the VPC through the internet");
                        }
                    }
                }))
                .build();
    }
}
