package io.platform.policy.rules.ec2;

import io.platform.policy.sdk.Policy;

import java.util.List;

/** EC2 rules, one class each: security groups, network ACLs, subnets, VPCs, instances, EBS and VPN. */
public final class Ec2Rules {
    private Ec2Rules() {
    }

    public static List<Policy> all() {
        return List.of(NoInternetIngress.policy(), NoSensitivePortsFromCidr.policy(), NoUnrestrictedEgress.policy(),
                DefaultSecurityGroupClosed.policy(), Descriptions.policy(), NaclNoAdminPortsFromInternet.policy(),
                SubnetNoAutoPublicIp.policy(), FlowLogAllTraffic.policy(), TransitGatewayNoAutoAccept.policy(),
                VpnLogging.policy(), SourceDestCheck.policy(), Imdsv2.policy(), NoPublicIp.policy(), EbsEncrypted.policy(),
                EbsCustomerKey.policy(), SingleEni.policy(), DetailedMonitoring.policy(), EbsSnapshotNotPublic.policy(),
                NoSshKeyPair.policy(),
                VpcDefaultSecurityGroupRestricted.policy(), RuleManagementConflicts.policy(), DatabaseSourcesAreGroups.policy(),
                InternetIngressLoadBalancerOnly.policy(), NaclUnused.policy(), DataSubnetsNoInternetIngressAcl.policy(),
                DataSubnetsNoInternetRoute.policy(), VpcFlowLogs.policy(), VpcInterfaceEndpoints.policy(),
                VolumeInUse.policy(), SsmManaged.policy());
    }
}
