package io.platform.network;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;

import java.util.List;

/**
 * Gateway endpoints (S3, DynamoDB) on the private and data route tables, and interface
 * endpoints with private DNS in the private subnets behind their own security group.
 * The group starts empty: the security tier adds "app → endpoints 443" as a rule that
 * names the app's group, so no CIDR is ever trusted.
 */
final class VpcEndpoints {
    private VpcEndpoints() {
    }

    /** What the other tiers need from the endpoints. */
    record Endpoints(SecurityGroup interfaceGroup, Output<String> s3PrefixListId) {
    }

    static Endpoints declare(NetworkArgs args, Output<String> vpcId, List<Output<String>> gatewayRouteTableIds,
                             List<Output<String>> privateSubnetIds, CustomResourceOptions child) {
        var naming = args.naming();
        String region = args.account().region();
        List<String> gateways = args.config().dynamoDbGatewayEndpoint() ? List.of("s3", "dynamodb") : List.of("s3");
        Output<String> s3PrefixList = null;
        for (String service : gateways) {
            VpcEndpoint endpoint = new VpcEndpoint(naming.name("vpce-" + service), VpcEndpointArgs.builder()
                    .vpcId(vpcId)
                    .serviceName(serviceName(region, service))
                    .vpcEndpointType("Gateway")
                    .routeTableIds(Output.all(gatewayRouteTableIds))
                    .tags(naming.tags("vpce-" + service))
                    .build(), child);
            if (service.equals("s3")) {
                s3PrefixList = endpoint.prefixListId();
            }
        }

        SecurityGroup endpointGroup = new SecurityGroup(naming.name("vpce-sg"), SecurityGroupArgs.builder()
                .description("Interface VPC endpoints of " + naming.name("vpc") + "; HTTPS from the app tier only")
                .vpcId(vpcId)
                .revokeRulesOnDelete(true)
                .tags(naming.tags("vpce-sg"))
                .build(), child);
        for (String service : args.config().interfaceEndpoints()) {
            String name = "vpce-" + service.replace('.', '-');
            new VpcEndpoint(naming.name(name), VpcEndpointArgs.builder()
                    .vpcId(vpcId)
                    .serviceName(serviceName(region, service))
                    .vpcEndpointType("Interface")
                    .privateDnsEnabled(true)
                    .subnetIds(Output.all(privateSubnetIds))
                    .securityGroupIds(endpointGroup.id().applyValue(List::of))
                    .tags(naming.tags(name))
                    .build(), child);
        }
        return new Endpoints(endpointGroup, s3PrefixList);
    }

    static String serviceName(String region, String service) {
        return "com.amazonaws." + region + "." + service;
    }
}
