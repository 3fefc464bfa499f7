package io.platform.network;

import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.NetworkAcl;
import com.pulumi.aws.ec2.NetworkAclArgs;
import com.pulumi.aws.ec2.NetworkAclRule;
import com.pulumi.aws.ec2.NetworkAclRuleArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.NatStrategy;
import io.platform.config.Naming;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Network tier (SPEC §3.1): a three-tier VPC across the configured AZs with NAT per
 * strategy, per-tier route tables and NACLs, flow logs and VPC endpoints.
 */
public final class Network extends ComponentResource {
    private static final String INTERNET = "0.0.0.0/0";

    private final Output<String> vpcId;
    private final String vpcCidr;
    private final Map<SubnetTier, List<Output<String>>> subnetIds = new EnumMap<>(SubnetTier.class);
    private final List<Output<String>> natGatewayIds = new ArrayList<>();
    private final Output<String> endpointSecurityGroupId;
    private final Output<String> s3PrefixListId;

    public Network(String name, NetworkArgs args, ComponentResourceOptions options) {
        super("platform:network:Network", name, options);
        var child = CustomResourceOptions.builder().parent(this).build();
        Naming naming = args.naming();
        var config = args.config();

        Vpc vpc = new Vpc(naming.name("vpc"), VpcArgs.builder()
                .cidrBlock(config.vpcCidr())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(naming.tags("vpc"))
                .build(), child);
        this.vpcId = vpc.id();
        this.vpcCidr = config.vpcCidr();

        // The default group allows all traffic between its members; strip it so nothing can use it by accident.
        new DefaultSecurityGroup(naming.name("default-sg"), DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.tags("default-sg-locked"))
                .build(), child);

        InternetGateway igw = new InternetGateway(naming.name("igw"), InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.tags("igw"))
                .build(), child);

        Map<SubnetTier, List<String>> cidrs = Map.of(
                SubnetTier.PUBLIC, config.publicSubnetCidrs(),
                SubnetTier.PRIVATE, config.privateSubnetCidrs(),
                SubnetTier.DATA, config.dataSubnetCidrs());
        for (SubnetTier tier : SubnetTier.values()) {
            List<Output<String>> ids = new ArrayList<>();
            for (int az = 0; az < config.azCount(); az++) {
                String subnetName = tier.label() + "-" + (az + 1);
                Map<String, String> tags = new HashMap<>(naming.tags(subnetName));
                tags.put("Tier", tier.label());
                Subnet subnet = new Subnet(naming.name(subnetName), SubnetArgs.builder()
                        .vpcId(vpc.id())
                        .cidrBlock(cidrs.get(tier).get(az))
                        .availabilityZone(args.account().availabilityZone(az))
                        // Even public subnets hand out no public IPs: only the ALB and NAT are internet-facing.
                        .mapPublicIpOnLaunch(false)
                        .tags(tags)
                        .build(), child);
                ids.add(subnet.id());
            }
            subnetIds.put(tier, List.copyOf(ids));
        }

        for (int i = 0; i < config.natGatewayCount(); i++) {
            String natName = "nat-" + (i + 1);
            Eip eip = new Eip(naming.name(natName + "-eip"), EipArgs.builder()
                    .domain("vpc")
                    .tags(naming.tags(natName + "-eip"))
                    .build(), child);
            NatGateway nat = new NatGateway(naming.name(natName), NatGatewayArgs.builder()
                    .allocationId(eip.allocationId())
                    .subnetId(subnetIds.get(SubnetTier.PUBLIC).get(i))
                    .connectivityType("public")
                    .tags(naming.tags(natName))
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(igw).build());
            natGatewayIds.add(nat.id());
        }

        List<Output<String>> gatewayEndpointTables = new ArrayList<>();
        declareRouting(naming, config.azCount(), config.natStrategy(), vpc, igw, gatewayEndpointTables, child);

        for (SubnetTier tier : SubnetTier.values()) {
            declareNacl(naming, tier, args, vpc, child);
        }

        FlowLogs.declare(args, vpc.id(), child);
        var endpoints = VpcEndpoints.declare(args, vpc.id(), gatewayEndpointTables,
                subnetIds.get(SubnetTier.PRIVATE), child);
        this.endpointSecurityGroupId = endpoints.interfaceGroup().id();
        this.s3PrefixListId = endpoints.s3PrefixListId();

        registerOutputs(Map.of(
                "vpcId", vpcId,
                "publicSubnetIds", subnetIds(SubnetTier.PUBLIC),
                "privateSubnetIds", subnetIds(SubnetTier.PRIVATE),
                "dataSubnetIds", subnetIds(SubnetTier.DATA),
                "endpointSecurityGroupId", endpointSecurityGroupId));
    }

    /**
     * Public: one table with the default route to the IGW. Private: one table per AZ,
     * routed to its AZ's NAT (perAz), the single NAT, or nowhere (none). Data: one table
     * with no route out of the VPC at all.
     */
    private void declareRouting(Naming naming, int azCount, NatStrategy nat, Vpc vpc, InternetGateway igw,
                                List<Output<String>> gatewayEndpointTables, CustomResourceOptions child) {
        RouteTable publicTable = routeTable(naming, "public-rt", vpc, child);
        new Route(naming.name("public-internet"), RouteArgs.builder()
                .routeTableId(publicTable.id())
                .destinationCidrBlock(INTERNET)
                .gatewayId(igw.id())
                .build(), child);
        associate(naming, SubnetTier.PUBLIC, publicTable, child);

        for (int az = 0; az < azCount; az++) {
            RouteTable privateTable = routeTable(naming, "private-rt-" + (az + 1), vpc, child);
            if (nat != NatStrategy.NONE) {
                int natIndex = nat == NatStrategy.PER_AZ ? az : 0;
                new Route(naming.name("private-" + (az + 1) + "-nat"), RouteArgs.builder()
                        .routeTableId(privateTable.id())
                        .destinationCidrBlock(INTERNET)
                        .natGatewayId(natGatewayIds.get(natIndex))
                        .build(), child);
            }
            new RouteTableAssociation(naming.name("private-" + (az + 1) + "-rta"), RouteTableAssociationArgs.builder()
                    .subnetId(subnetIds.get(SubnetTier.PRIVATE).get(az))
                    .routeTableId(privateTable.id())
                    .build(), child);
            gatewayEndpointTables.add(privateTable.id());
        }

        RouteTable dataTable = routeTable(naming, "data-rt", vpc, child);
        associate(naming, SubnetTier.DATA, dataTable, child);
        gatewayEndpointTables.add(dataTable.id());
    }

    private RouteTable routeTable(Naming naming, String name, Vpc vpc, CustomResourceOptions child) {
        return new RouteTable(naming.name(name), RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.tags(name))
                .build(), child);
    }

    private void associate(Naming naming, SubnetTier tier, RouteTable table, CustomResourceOptions child) {
        List<Output<String>> ids = subnetIds.get(tier);
        for (int az = 0; az < ids.size(); az++) {
            new RouteTableAssociation(naming.name(tier.label() + "-" + (az + 1) + "-rta"),
                    RouteTableAssociationArgs.builder()
                            .subnetId(ids.get(az))
                            .routeTableId(table.id())
                            .build(), child);
        }
    }

    private void declareNacl(Naming naming, SubnetTier tier, NetworkArgs args, Vpc vpc, CustomResourceOptions child) {
        String aclName = tier.label() + "-nacl";
        NetworkAcl acl = new NetworkAcl(naming.name(aclName), NetworkAclArgs.builder()
                .vpcId(vpc.id())
                .subnetIds(Output.all(subnetIds.get(tier)))
                .tags(naming.tags(aclName))
                .build(), child);
        for (NaclRule rule : NaclRules.forTier(tier, args.config(), args.redis())) {
            String ruleName = aclName + "-" + (rule.egress() ? "out-" : "in-") + rule.ruleNumber();
            new NetworkAclRule(naming.name(ruleName), NetworkAclRuleArgs.builder()
                    .networkAclId(acl.id())
                    .ruleNumber(rule.ruleNumber())
                    .egress(rule.egress())
                    .protocol(rule.protocol())
                    .ruleAction("allow")
                    .cidrBlock(rule.cidrBlock())
                    .fromPort(rule.fromPort())
                    .toPort(rule.toPort())
                    .build(), child);
        }
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public String vpcCidr() {
        return vpcCidr;
    }

    public Output<List<String>> subnetIds(SubnetTier tier) {
        return Output.all(subnetIds.get(tier));
    }

    /** Each subnet of a tier, in AZ order, for resources placed once per AZ (EFS mount targets). */
    public List<Output<String>> subnetIdsByAz(SubnetTier tier) {
        return subnetIds.get(tier);
    }

    public List<Output<String>> natGatewayIds() {
        return List.copyOf(natGatewayIds);
    }

    /** The S3 gateway endpoint's prefix list: lets security groups allow S3 without a CIDR. */
    public Output<String> s3PrefixListId() {
        return s3PrefixListId;
    }

    public Output<String> endpointSecurityGroupId() {
        return endpointSecurityGroupId;
    }
}
