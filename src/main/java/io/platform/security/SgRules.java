package io.platform.security;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

/**
 * Writes security groups and their rules as separate TCP rule resources, each named and tagged
 * ({@code <project>-<env>-<name>}); the one home of rule shapes for the tier's fixed groups and
 * the workloads' groups.
 */
final class SgRules {
    static final int HTTPS = 443;
    static final String INTERNET = "0.0.0.0/0";

    private final Naming naming;
    private final Output<String> vpcId;
    private final CustomResourceOptions child;

    SgRules(Naming naming, Output<String> vpcId, CustomResourceOptions child) {
        this.naming = naming;
        this.vpcId = vpcId;
        this.child = child;
    }

    /** A group with no rules: no ingress, and no egress until a rule adds it. */
    SecurityGroup group(String name, String description) {
        return new SecurityGroup(naming.name(name), SecurityGroupArgs.builder()
                .description(description)
                .vpcId(vpcId)
                .revokeRulesOnDelete(true)
                .tags(naming.tags(name))
                .build(), child);
    }

    void ingressFromGroup(String name, Output<String> group, Output<String> source, int port, String description) {
        new SecurityGroupIngressRule(naming.name(name), ingress(group, port, description)
                .referencedSecurityGroupId(source).tags(naming.tags(name)).build(), child);
    }

    void ingressFromCidr(String name, Output<String> group, String cidr, int port, String description) {
        new SecurityGroupIngressRule(naming.name(name), ingress(group, port, description)
                .cidrIpv4(cidr).tags(naming.tags(name)).build(), child);
    }

    void ingressFromPrefixList(String name, Output<String> group, Output<String> prefixList, int port,
                               String description) {
        new SecurityGroupIngressRule(naming.name(name), ingress(group, port, description)
                .prefixListId(prefixList).tags(naming.tags(name)).build(), child);
    }

    void egressToGroup(String name, Output<String> group, Output<String> destination, int port, String description) {
        new SecurityGroupEgressRule(naming.name(name), egress(group, port, description)
                .referencedSecurityGroupId(destination).tags(naming.tags(name)).build(), child);
    }

    void egressToCidr(String name, Output<String> group, String cidr, int port, String description) {
        new SecurityGroupEgressRule(naming.name(name), egress(group, port, description)
                .cidrIpv4(cidr).tags(naming.tags(name)).build(), child);
    }

    void egressToPrefixList(String name, Output<String> group, Output<String> prefixList, int port, String description) {
        new SecurityGroupEgressRule(naming.name(name), egress(group, port, description)
                .prefixListId(prefixList).tags(naming.tags(name)).build(), child);
    }

    /**
     * What every group that runs code needs to reach AWS privately: HTTPS to the interface endpoints
     * (and their group's matching ingress), to S3 through the gateway endpoint, and — where the stack
     * has a NAT — to third-party HTTPS APIs.
     */
    void awsAccess(String unit, Output<String> group, SecurityArgs args, String who, String s3Why) {
        egressToGroup(unit + "-out-endpoints", group, args.endpointSecurityGroupId(), HTTPS, "to the interface endpoints");
        egressToPrefixList(unit + "-out-s3", group, args.s3PrefixListId(), HTTPS,
                "to S3 through the gateway endpoint (" + s3Why + ")");
        if (args.config().appInternetEgress()) {
            egressToCidr(unit + "-out-internet-https", group, INTERNET, HTTPS, "to third-party HTTPS APIs through NAT");
        }
        ingressFromGroup("endpoints-in-" + unit, args.endpointSecurityGroupId(), group, HTTPS, "HTTPS from " + who);
    }

    private static SecurityGroupIngressRuleArgs.Builder ingress(Output<String> group, int port, String description) {
        return SecurityGroupIngressRuleArgs.builder().securityGroupId(group).ipProtocol("tcp").fromPort(port)
                .toPort(port).description(description);
    }

    private static SecurityGroupEgressRuleArgs.Builder egress(Output<String> group, int port, String description) {
        return SecurityGroupEgressRuleArgs.builder().securityGroupId(group).ipProtocol("tcp").fromPort(port)
                .toPort(port).description(description);
    }
}
