package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.CLIENT_VPN_ENDPOINT;
import static io.platform.policy.rules.AwsTypes.DEFAULT_SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS;
import static io.platform.policy.rules.AwsTypes.EBS_SNAPSHOT_PERMISSION;
import static io.platform.policy.rules.AwsTypes.EBS_VOLUME;
import static io.platform.policy.rules.AwsTypes.EBS_VOLUME_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.EC2_INSTANCE;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_SUBNET_GROUP;
import static io.platform.policy.rules.AwsTypes.FLOW_LOG;
import static io.platform.policy.rules.AwsTypes.IAM_INSTANCE_PROFILE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;
import static io.platform.policy.rules.AwsTypes.LAUNCH_CONFIGURATION;
import static io.platform.policy.rules.AwsTypes.LAUNCH_TEMPLATE;
import static io.platform.policy.rules.AwsTypes.LOAD_BALANCER;
import static io.platform.policy.rules.AwsTypes.NAT_GATEWAY;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.NETWORK_ACL_RULE;
import static io.platform.policy.rules.AwsTypes.NETWORK_INTERFACE;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_SUBNET_GROUP;
import static io.platform.policy.rules.AwsTypes.ROUTE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP;
import static io.platform.policy.rules.AwsTypes.SECURITY_GROUP_RULE;
import static io.platform.policy.rules.AwsTypes.SUBNET;
import static io.platform.policy.rules.AwsTypes.TRANSIT_GATEWAY;
import static io.platform.policy.rules.AwsTypes.VPC;
import static io.platform.policy.rules.AwsTypes.VPC_EGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPC_ENDPOINT;
import static io.platform.policy.rules.AwsTypes.VPC_INGRESS_RULE;
import static io.platform.policy.rules.AwsTypes.VPN_CONNECTION;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** EC2 networking and compute rules (security groups, NACLs, subnets, flow logs, instances, EBS). */
final class Ec2Cases {
    private Ec2Cases() {
    }

    static Map<String, Object> instance() {
        return m("ami", "ami-1", "instanceType", "t3.small", "subnetId", "subnet-a", "iamInstanceProfile", "app-profile",
                "associatePublicIpAddress", false, "monitoring", true, "sourceDestCheck", true,
                "metadataOptions", m("httpEndpoint", "enabled", "httpTokens", "required"),
                "rootBlockDevice", m("encrypted", true, "kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/ebs"),
                "ebsBlockDevices", l(m("deviceName", "/dev/sdf", "encrypted", true,
                        "kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/ebs", "deleteOnTermination", true)));
    }

    static Map<String, Object> launchTemplate() {
        return m("imageId", "ami-1", "instanceType", "t3.small",
                "metadataOptions", m("httpEndpoint", "enabled", "httpTokens", "required"),
                "networkInterfaces", l(m("associatePublicIpAddress", "false", "deviceIndex", 0)),
                "blockDeviceMappings", l(m("deviceName", "/dev/xvda", "ebs", m("encrypted", "true",
                        "kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/ebs"))));
    }

    static void define(Cases c) {
        securityGroups(c);
        networkAcls(c);
        vpc(c);
        instances(c);
    }

    static void securityGroups(Cases c) {
        String ingress = VPC_INGRESS_RULE.current();
        c.resource("sg-no-internet-ingress", ingress, m("securityGroupId", "sg-alb", "ipProtocol", "tcp", "fromPort", 443,
                        "toPort", 443, "cidrIpv4", "0.0.0.0/0", "description", "HTTPS from anywhere"))
                .named("alb-https")
                .pass()
                .pass(set("cidrIpv4", "10.0.0.0/16"), set("fromPort", 22), set("toPort", 22))
                .fail(List.of(set("fromPort", 22), set("toPort", 22)), "cidrIpv4 0.0.0.0/0 allows ingress from anywhere on tcp 22;")
                .fail(set("ipProtocol", "-1"), "cidrIpv4 0.0.0.0/0 allows ingress from anywhere on all")
                .unknown("toPort")
                .named("app-https")
                .fail(set("fromPort", 443), "cidrIpv4 0.0.0.0/0 allows ingress from anywhere on tcp 443 but the name does not match *alb*;")
                .as(SECURITY_GROUP.current(), m("name", "platform-alb-sg", "description", "ALB", "ingress", l(
                        m("protocol", "tcp", "fromPort", 443, "toPort", 443, "cidrBlocks", l("0.0.0.0/0")),
                        m("protocol", "tcp", "fromPort", 80, "toPort", 80, "ipv6CidrBlocks", l("::/0")))))
                .named("web")
                .pass()
                .fail(set("ingress[1].toPort", 8080), "ingress[1].ipv6CidrBlocks ::/0 allows ingress from anywhere on tcp 80-8080;")
                .unknown("ingress[0].fromPort", set("ingress[1].fromPort", 0), "ingress[1].ipv6CidrBlocks ::/0 allows ingress")
                .as(SECURITY_GROUP_RULE.current(), m("type", "ingress", "securityGroupId", "sg-alb", "protocol", "tcp",
                        "fromPort", 443, "toPort", 443, "cidrBlocks", l("0.0.0.0/0")))
                .named("alb-https-rule")
                .pass()
                .fail(set("protocol", "udp"), "cidrBlocks 0.0.0.0/0 allows ingress from anywhere on udp 443;")
                .unknown("cidrBlocks");

        c.resource("sg-no-sensitive-ports-from-cidr", ingress, m("securityGroupId", "sg-db", "ipProtocol", "tcp",
                        "fromPort", 5432, "toPort", 5432, "referencedSecurityGroupId", "sg-app"))
                .pass()
                .pass(del("referencedSecurityGroupId"), set("cidrIpv4", "10.0.0.0/16"), set("fromPort", 8000), set("toPort", 8000))
                .fail(List.of(del("referencedSecurityGroupId"), set("cidrIpv4", "10.0.1.0/24")),
                        "cidrIpv4 10.0.1.0/24 allows ingress to port 5432;")
                .fail(List.of(del("referencedSecurityGroupId"), set("cidrIpv6", "::/0"), set("fromPort", 0), set("toPort", 6379)),
                        "cidrIpv6 ::/0 allows ingress from anywhere to ports 22, 3389, 5432, 6379;")
                .unknown("cidrIpv4")
                .as(SECURITY_GROUP.current(), m("name", "db", "description", "db", "ingress", l(
                        m("protocol", "tcp", "fromPort", 22, "toPort", 22, "cidrBlocks", l("10.0.0.0/8")),
                        m("protocol", "tcp", "fromPort", 5432, "toPort", 5432, "securityGroups", l("sg-app")))))
                .fail(set("ingress[1].cidrBlocks", l("10.0.0.0/16")), "ingress[0].cidrBlocks 10.0.0.0/8 allows ingress to port 22;",
                        "ingress[1].cidrBlocks 10.0.0.0/16 allows ingress to port 5432;")
                .pass(del("ingress[0]"))
                .unknown("ingress[1].cidrBlocks", set("ingress[0].fromPort", 22), "ingress[0].cidrBlocks 10.0.0.0/8");

        c.resource("sg-no-unrestricted-egress", VPC_EGRESS_RULE.current(), m("securityGroupId", "sg-app", "ipProtocol", "tcp",
                        "fromPort", 443, "toPort", 443, "cidrIpv4", "0.0.0.0/0"))
                .pass()
                .fail(set("ipProtocol", "-1"), "cidrIpv4 0.0.0.0/0 allows egress to anywhere on all protocols;")
                .unknown("ipProtocol")
                .as(SECURITY_GROUP.current(), m("name", "app", "description", "app", "egress", l(m("protocol", "-1",
                        "fromPort", 0, "toPort", 0, "cidrBlocks", l("10.0.0.0/16")))))
                .pass()
                .fail(set("egress[0].cidrBlocks", l("0.0.0.0/0")), "egress[0].cidrBlocks 0.0.0.0/0 allows egress to anywhere");

        c.resource("sg-default-closed", DEFAULT_SECURITY_GROUP.current(), m("vpcId", "vpc-1"))
                .pass()
                .fail(set("ingress", l(m("protocol", "-1", "fromPort", 0, "toPort", 0, "self", true))), "ingress has 1 rule;")
                .fail(set("egress", l(m("protocol", "-1", "fromPort", 0, "toPort", 0, "cidrBlocks", l("0.0.0.0/0")),
                        m("protocol", "tcp", "fromPort", 443, "toPort", 443, "cidrBlocks", l("10.0.0.0/8")))), "egress has 2 rules;")
                .unknown("ingress")
                .unknown("ingress", set("egress", l(m("protocol", "-1", "fromPort", 0, "toPort", 0, "self", true))),
                        "egress has 1 rule;");

        c.resource("sg-descriptions", SECURITY_GROUP.current(), m("name", "app", "description", "Application tasks",
                        "ingress", l(m("description", "From the ALB", "protocol", "tcp", "fromPort", 8000, "toPort", 8000,
                                "securityGroups", l("sg-alb")))))
                .pass()
                .fail(del("description"), "description is not set;")
                .fail(del("ingress[0].description"), "ingress[0].description is not set;")
                .unknownIsEnough("description")
                .unknown("ingress[0]", del("description"), "description is not set;")
                .as(DEFAULT_SECURITY_GROUP.current(), m("vpcId", "vpc-1"))
                .pass()
                .as(VPC_INGRESS_RULE.current(), m("securityGroupId", "sg", "description", "From the ALB", "ipProtocol", "tcp",
                        "fromPort", 8000, "toPort", 8000, "referencedSecurityGroupId", "sg-alb"))
                .pass()
                .fail(set("description", " "), "description is not set;");

        // The ALB's group opens 443 to the internet; the app's group only admits the ALB's group.
        PolicyResource albSg = r(SECURITY_GROUP.current(), "alb-sg").p("id", "sg-alb").p("description", "alb").build();
        PolicyResource appSg = r(SECURITY_GROUP.current(), "app-sg").p("id", "sg-app").p("description", "app").build();
        PolicyResource alb = r(LOAD_BALANCER.current(), "alb").p("securityGroups", l("sg-alb")).build();
        PolicyResource https = r(VPC_INGRESS_RULE.current(), "alb-https").p("securityGroupId", "sg-alb").p("ipProtocol", "tcp")
                .p("fromPort", 443).p("toPort", 443).p("cidrIpv4", "0.0.0.0/0").build();
        c.stack("sg-internet-ingress-load-balancer-only", albSg, appSg, alb, https)
                .pass()
                .fail(set("alb-https", "securityGroupId", "sg-app"),
                        "cidrIpv4 0.0.0.0/0 opens security group app-sg to the internet but no load balancer uses that group;")
                .fail(set("alb-https", "toPort", 8443), "cidrIpv4 0.0.0.0/0 opens tcp 443-8443 of load balancer group alb-sg")
                .unknown(unknown("alb-https", "cidrIpv4"))
                // a load balancer whose groups are not known yet may use any group: nothing reported
                .pass(set("alb-https", "securityGroupId", "sg-app"), set("alb", "securityGroups", UNKNOWN));

        PolicyResource dbSg = r(SECURITY_GROUP.current(), "db-sg").p("id", "sg-db").p("description", "db").build();
        PolicyResource db = r(RDS_INSTANCE.current(), "db").p("engine", "postgres").p("vpcSecurityGroupIds", l("sg-db")).build();
        PolicyResource fromApp = r(VPC_INGRESS_RULE.current(), "db-from-app").p("securityGroupId", "sg-db").p("ipProtocol", "tcp")
                .p("fromPort", 5432).p("toPort", 5432).p("referencedSecurityGroupId", "sg-app").build();
        c.stack("sg-database-sources-are-groups", dbSg, appSg, db, fromApp)
                .pass()
                .fail(List.of(set("db-from-app", "referencedSecurityGroupId", Cases.ABSENT), set("db-from-app", "cidrIpv4", "10.0.1.0/24")),
                        "cidrIpv4 10.0.1.0/24 reaches security group db-sg of db")
                .fail(add(r(VPC_INGRESS_RULE.current(), "db-from-vpn").p("securityGroupId", "sg-db").p("ipProtocol", "tcp")
                        .p("fromPort", 5432).p("toPort", 5432).p("prefixListId", "pl-vpn").build()), "prefix list pl-vpn reaches")
                .unknown(unknown("db-from-app", "cidrIpv4"));

        c.stack("sg-rule-management-conflicts", appSg, fromApp.withProperties(m("securityGroupId", "sg-app", "ipProtocol", "tcp",
                        "fromPort", 8000, "toPort", 8000, "referencedSecurityGroupId", "sg-alb")))
                .pass()
                .fail(set("app-sg", "ingress", l(m("protocol", "tcp", "fromPort", 80, "toPort", 80, "securityGroups", l("sg-alb")))),
                        "security group has inline rules and 1 separate rule resource (db-from-app);")
                .pass(drop("db-from-app"), set("app-sg", "ingress", l(m("protocol", "tcp", "fromPort", 80, "toPort", 80))))
                .unknown(unknown("app-sg", "ingress"));

        PolicyResource vpc = r(VPC.current(), "vpc").p("id", "vpc-1").p("cidrBlock", "10.0.0.0/16").build();
        c.stack("vpc-default-security-group-restricted", vpc, r(DEFAULT_SECURITY_GROUP.current(), "default-sg").p("vpcId", "vpc-1").build())
                .pass()
                .fail(drop("default-sg"), "VPC has no aws:ec2/defaultSecurityGroup:DefaultSecurityGroup;")
                .unknown(List.of(drop("default-sg"), add(r(DEFAULT_SECURITY_GROUP.current(), "default-sg2").p("vpcId", UNKNOWN).build())));
    }

    static void networkAcls(Cases c) {
        Map<String, Object> aclRule = m("networkAclId", "acl-public", "ruleNumber", 120, "egress", false, "protocol", "tcp",
                "ruleAction", "allow", "cidrBlock", "0.0.0.0/0", "fromPort", 1024, "toPort", 3388);
        c.resource("nacl-no-admin-ports-from-internet", NETWORK_ACL_RULE.current(), aclRule)
                .pass()
                .pass(set("ruleAction", "deny"), set("toPort", 65535))
                .pass(set("egress", true), set("toPort", 65535))
                .fail(set("toPort", 65535), "cidrBlock 0.0.0.0/0 allows tcp 1024-65535 from anywhere, which includes port 3389;")
                .fail(List.of(set("protocol", "-1"), set("fromPort", 0), set("toPort", 0)),
                        "cidrBlock 0.0.0.0/0 allows all protocols from anywhere, which includes ports 22, 3389;")
                .unknown("toPort")
                .as(NETWORK_ACL.current(), m("vpcId", "vpc-1", "ingress", l(
                        m("ruleNo", 100, "action", "allow", "protocol", "tcp", "cidrBlock", "0.0.0.0/0", "fromPort", 443, "toPort", 443),
                        m("ruleNo", 110, "action", "allow", "protocol", "tcp", "ipv6CidrBlock", "::/0", "fromPort", 3390, "toPort", 65535))))
                .pass()
                .fail(set("ingress[1].fromPort", 22), "ingress[1].ipv6CidrBlock ::/0 allows tcp 22-65535 from anywhere, which includes ports 22, 3389;")
                .unknown("ingress[0].cidrBlock", set("ingress[1].fromPort", 3389), "ingress[1].ipv6CidrBlock ::/0 allows tcp 3389-65535");

        // A database in data subnets whose ACL admits only the app subnets.
        PolicyResource subnet = r(SUBNET.current(), "data-a").p("id", "subnet-data-a").build();
        PolicyResource acl = r(NETWORK_ACL.current(), "data-acl").p("id", "acl-data").p("subnetIds", l("subnet-data-a")).build();
        PolicyResource group = r(RDS_SUBNET_GROUP.current(), "db-subnets").p("name", "db-subnets").p("subnetIds", l("subnet-data-a")).build();
        PolicyResource db = r(RDS_INSTANCE.current(), "db").p("engine", "postgres").p("dbSubnetGroupName", "db-subnets").build();
        PolicyResource fromApp = r(NETWORK_ACL_RULE.current(), "data-in-100").p("networkAclId", "acl-data").p("egress", false)
                .p("ruleAction", "allow").p("protocol", "tcp").p("fromPort", 5432).p("toPort", 5432).p("cidrBlock", "10.0.10.0/24").build();
        c.stack("nacl-data-subnets-no-internet-ingress", subnet, acl, group, db, fromApp)
                .pass()
                .fail(set("data-in-100", "cidrBlock", "0.0.0.0/0"), "cidrBlock 0.0.0.0/0 allows tcp 5432 from anywhere into data subnet data-a of db;")
                .fail(set("data-acl", "ingress", l(m("ruleNo", 90, "action", "allow", "protocol", "-1", "cidrBlock", "0.0.0.0/0",
                        "fromPort", 0, "toPort", 0))), "ingress[0].cidrBlock 0.0.0.0/0 allows all protocols from anywhere")
                .unknown(unknown("data-in-100", "cidrBlock"));

        c.stack("nacl-unused", acl, subnet)
                .pass()
                .pass(set("data-acl", "subnetIds", Cases.ABSENT), add(r(NETWORK_ACL_ASSOCIATION.current(), "data-acl-a")
                        .p("networkAclId", "acl-data").p("subnetId", "subnet-data-a").build()))
                .fail(set("data-acl", "subnetIds", l()), "network ACL has no subnetIds and no aws:ec2/networkAclAssociation:NetworkAclAssociation;")
                .pass(set("data-acl", "subnetIds", UNKNOWN))
                .unknown(List.of(set("data-acl", "subnetIds", l()), add(r(NETWORK_ACL_ASSOCIATION.current(), "stray")
                        .p("networkAclId", UNKNOWN).p("subnetId", "subnet-data-a").build())));

        // A cache in data subnets whose route table reaches a NAT gateway (advisory: data tiers have no way out).
        PolicyResource table = r(ROUTE_TABLE.current(), "data-rt").p("id", "rtb-data").build();
        PolicyResource association = r(ROUTE_TABLE_ASSOCIATION.current(), "data-a-rt").p("subnetId", "subnet-data-a")
                .p("routeTableId", "rtb-data").build();
        PolicyResource cacheSubnets = r(ELASTICACHE_SUBNET_GROUP.current(), "cache-subnets").p("name", "cache-subnets")
                .p("subnetIds", l("subnet-data-a")).build();
        PolicyResource cache = r(ELASTICACHE_REPLICATION_GROUP.current(), "redis").p("subnetGroupName", "cache-subnets").build();
        PolicyResource nat = r(NAT_GATEWAY.current(), "nat").p("id", "nat-1").build();
        c.stack("data-subnets-no-internet-route", subnet, table, association, cacheSubnets, cache, nat)
                .pass()
                .fail(add(r(ROUTE.current(), "data-default").p("routeTableId", "rtb-data").p("destinationCidrBlock", "0.0.0.0/0")
                        .p("natGatewayId", "nat-1").build()), "data subnet data-a (of redis) routes 0.0.0.0/0 to NAT gateway natGatewayId")
                .fail(set("data-rt", "routes", l(m("cidrBlock", "0.0.0.0/0", "gatewayId", "igw-1"))),
                        "data subnet data-a (of redis) routes 0.0.0.0/0 to internet gateway gatewayId (data-rt);")
                .unknown(set("data-rt", "routes", l(m("cidrBlock", "0.0.0.0/0", "gatewayId", UNKNOWN))));
    }

    static void vpc(Cases c) {
        c.resource("subnet-no-auto-public-ip", SUBNET.current(), m("vpcId", "vpc-1", "cidrBlock", "10.0.1.0/24",
                        "mapPublicIpOnLaunch", false))
                .pass()
                .pass(del("mapPublicIpOnLaunch"))
                .fail(set("mapPublicIpOnLaunch", true), "mapPublicIpOnLaunch is true;")
                .unknown("mapPublicIpOnLaunch");

        c.resource("vpc-flow-log-all-traffic", FLOW_LOG.current(), m("vpcId", "vpc-1", "trafficType", "ALL",
                        "logDestinationType", "cloud-watch-logs"))
                .pass()
                .fail(set("trafficType", "REJECT"), "trafficType is REJECT;")
                .unknown("trafficType");

        PolicyResource vpc = r(VPC.current(), "vpc").p("id", "vpc-1").p("cidrBlock", "10.0.0.0/16").build();
        c.stack("vpc-flow-logs", vpc, r(FLOW_LOG.current(), "flow-logs").p("vpcId", UNKNOWN).dep("vpcId", vpc).build())
                .pass()
                .fail(drop("flow-logs"), "VPC has no aws:ec2/flowLog:FlowLog;")
                .unknown(List.of(drop("flow-logs"), add(r(FLOW_LOG.current(), "stray").p("vpcId", UNKNOWN).build())));

        List<String> services = List.of("ecr.api", "ecr.dkr", "ssm", "ec2", "ssm-contacts", "ssm-incidents");
        PolicyResource[] endpointStack = new PolicyResource[services.size() + 1];
        endpointStack[0] = vpc;
        for (int i = 0; i < services.size(); i++) {
            endpointStack[i + 1] = r(VPC_ENDPOINT.current(), "ep-" + services.get(i)).p("vpcId", "vpc-1")
                    .p("serviceName", "com.amazonaws.us-east-1." + services.get(i)).p("vpcEndpointType", "Interface").build();
        }
        c.stack("vpc-interface-endpoints", endpointStack)
                .pass()
                .fail(drop("ep-ssm"), "VPC has no interface endpoint for ssm;")
                .unknown(unknown("ep-ssm", "serviceName"));

        c.resource("ec2-transit-gateway-no-auto-accept", TRANSIT_GATEWAY.current(), m("autoAcceptSharedAttachments", "disable"))
                .pass()
                .pass(del("autoAcceptSharedAttachments"))
                .fail(set("autoAcceptSharedAttachments", "enable"), "autoAcceptSharedAttachments is enable;")
                .unknown("autoAcceptSharedAttachments");

        c.resource("ec2-vpn-logging", CLIENT_VPN_ENDPOINT.current(), m("serverCertificateArn", "arn:c",
                        "clientCidrBlock", "10.100.0.0/22", "connectionLogOptions", m("enabled", true, "cloudwatchLogGroup", "vpn")))
                .pass()
                .fail(set("connectionLogOptions.enabled", false), "connectionLogOptions.enabled is false;")
                .unknown("connectionLogOptions.enabled")
                .as(VPN_CONNECTION.current(), m("customerGatewayId", "cgw-1", "type", "ipsec.1",
                        "tunnel1LogOptions", m("cloudwatchLogOptions", m("logEnabled", true)),
                        "tunnel2LogOptions", m("cloudwatchLogOptions", m("logEnabled", true))))
                .pass()
                .fail(set("tunnel2LogOptions.cloudwatchLogOptions.logEnabled", false),
                        "tunnel2LogOptions.cloudwatchLogOptions.logEnabled is false;")
                .unknown("tunnel1LogOptions", del("tunnel2LogOptions"), "tunnel2LogOptions.cloudwatchLogOptions.logEnabled is not set");
    }

    static void instances(Cases c) {
        String instance = EC2_INSTANCE.current();
        c.resource("ec2-source-dest-check", instance, instance())
                .pass()
                .pass(del("sourceDestCheck"))
                .fail(set("sourceDestCheck", false), "sourceDestCheck is false;")
                .unknown("sourceDestCheck")
                .as(NETWORK_INTERFACE.current(), m("subnetId", "subnet-a", "sourceDestCheck", true))
                .fail(set("sourceDestCheck", false), "sourceDestCheck is false;");

        c.resource("ec2-imdsv2", instance, instance())
                .pass()
                .pass(set("metadataOptions", m("httpEndpoint", "disabled")))
                .fail(set("metadataOptions.httpTokens", "optional"), "metadataOptions.httpTokens is optional;")
                .fail(del("metadataOptions"), "metadataOptions.httpTokens is not set (IMDSv1 allowed);")
                .unknown("metadataOptions.httpTokens")
                .as(LAUNCH_TEMPLATE.current(), launchTemplate())
                .pass()
                .fail(set("metadataOptions.httpTokens", "optional"), "metadataOptions.httpTokens is optional;")
                .as(LAUNCH_CONFIGURATION.current(), m("imageId", "ami-1", "instanceType", "t3.small",
                        "metadataOptions", m("httpTokens", "required")))
                .pass()
                .fail(del("metadataOptions"), "metadataOptions.httpTokens is not set");

        c.resource("ec2-no-public-ip", instance, instance())
                .pass()
                .fail(set("associatePublicIpAddress", true), "associatePublicIpAddress is true;")
                .unknown("associatePublicIpAddress")
                .as(LAUNCH_TEMPLATE.current(), launchTemplate())
                .pass()
                .fail(set("networkInterfaces[0].associatePublicIpAddress", "true"), "networkInterfaces[0].associatePublicIpAddress is true;")
                .unknown("networkInterfaces[0].associatePublicIpAddress")
                .as(LAUNCH_CONFIGURATION.current(), m("imageId", "ami-1", "instanceType", "t3.small", "associatePublicIpAddress", false))
                .fail(set("associatePublicIpAddress", true), "associatePublicIpAddress is true;");

        c.resource("ec2-ebs-encrypted", instance, instance())
                .pass()
                .fail(set("rootBlockDevice.encrypted", false), "rootBlockDevice.encrypted is false;")
                .fail(del("rootBlockDevice"), "rootBlockDevice is not set (the root volume is encrypted only if")
                .fail(del("ebsBlockDevices[0].encrypted"), "ebsBlockDevices[0].encrypted is not set;")
                .unknown("rootBlockDevice.encrypted")
                .unknown("rootBlockDevice", set("ebsBlockDevices[0].encrypted", false), "ebsBlockDevices[0].encrypted is false;")
                .as(EBS_VOLUME.current(), m("availabilityZone", "us-east-1a", "size", 20, "encrypted", true))
                .pass()
                .fail(del("encrypted"), "encrypted is not set;")
                .unknown("encrypted")
                .as(LAUNCH_TEMPLATE.current(), launchTemplate())
                .pass()
                .fail(set("blockDeviceMappings[0].ebs.encrypted", "false"), "blockDeviceMappings[0].ebs.encrypted is false;")
                .as(LAUNCH_CONFIGURATION.current(), m("imageId", "ami-1", "instanceType", "t3.small",
                        "rootBlockDevice", m("encrypted", true)))
                .pass()
                .fail(set("rootBlockDevice.encrypted", false), "rootBlockDevice.encrypted is false;");

        c.resource("ec2-ebs-customer-key", instance, instance())
                .pass()
                .fail(del("rootBlockDevice.kmsKeyId"), "rootBlockDevice.kmsKeyId is not set (AWS managed key aws/ebs);")
                .fail(del("ebsBlockDevices[0].kmsKeyId"), "ebsBlockDevices[0].kmsKeyId is not set")
                .unknown("rootBlockDevice.kmsKeyId")
                .as(EBS_VOLUME.current(), m("availabilityZone", "us-east-1a", "size", 20, "encrypted", true,
                        "kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/ebs"))
                .pass()
                .fail(del("kmsKeyId"), "kmsKeyId is not set (AWS managed key aws/ebs);")
                .as(LAUNCH_TEMPLATE.current(), launchTemplate())
                .fail(del("blockDeviceMappings[0].ebs.kmsKeyId"), "blockDeviceMappings[0].ebs.kmsKeyId is not set");

        c.resource("ec2-single-eni", instance, instance())
                .pass()
                .pass(set("networkInterfaces", l(m("networkInterfaceId", "eni-1", "deviceIndex", 0))))
                .fail(set("networkInterfaces", l(m("networkInterfaceId", "eni-1", "deviceIndex", 0),
                        m("networkInterfaceId", "eni-2", "deviceIndex", 1))), "networkInterfaces has 2 interfaces;")
                .unknown("networkInterfaces");

        c.resource("ec2-detailed-monitoring", instance, instance())
                .pass()
                .fail(set("monitoring", false), "monitoring is false;")
                .unknown("monitoring");

        c.resource("ec2-no-ssh-key-pair", instance, instance())
                .pass()
                .fail(set("keyName", "ops"), "keyName is ops;")
                .unknown("keyName")
                .as(LAUNCH_TEMPLATE.current(), launchTemplate())
                .fail(set("keyName", "ops"), "keyName is ops;");

        c.resource("ec2-ebs-snapshot-not-public", EBS_SNAPSHOT_PERMISSION.current(), m("snapshotId", "snap-1",
                        "accountId", "123456789012"))
                .pass()
                .fail(set("accountId", "all"), "accountId is all;")
                .unknown("accountId")
                .as(EBS_SNAPSHOT_BLOCK_PUBLIC_ACCESS.current(), m("state", "block-all-sharing"))
                .pass()
                .fail(set("state", "unblocked"), "state is unblocked;")
                .unknown("state");

        PolicyResource volume = r(EBS_VOLUME.current(), "data").p("id", "vol-1").p("availabilityZone", "us-east-1a").build();
        PolicyResource vm = r(instance, "vm").p("id", "i-1").ps(instance()).build();
        c.stack("ec2-volume-in-use", volume, vm, r(EBS_VOLUME_ATTACHMENT.current(), "data-attach").p("volumeId", "vol-1")
                        .p("instanceId", "i-1").p("deviceName", "/dev/sdg").build())
                .pass()
                .fail(drop("data-attach"), "volume has no aws:ec2/volumeAttachment:VolumeAttachment;")
                .fail(set("vm", "ebsBlockDevices[0].deleteOnTermination", false), "ebsBlockDevices[0].deleteOnTermination is false;")
                .unknown(List.of(drop("data-attach"), add(r(EBS_VOLUME_ATTACHMENT.current(), "stray").p("volumeId", UNKNOWN)
                        .p("instanceId", "i-1").build())));

        PolicyResource profile = r(IAM_INSTANCE_PROFILE.current(), "app-profile").p("name", "app-profile").p("role", "app-role").build();
        PolicyResource role = r(IAM_ROLE.current(), "app-role").p("name", "app-role").p("managedPolicyArns",
                l("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")).build();
        c.stack("ec2-ssm-managed", vm, profile, role)
                .pass()
                .fail(set("vm", "iamInstanceProfile", Cases.ABSENT), "iamInstanceProfile is not set;")
                .fail(set("app-role", "managedPolicyArns", l("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                        "role app-role of instance profile app-profile does not allow the SSM agent;")
                .pass(set("app-role", "managedPolicyArns", Cases.ABSENT), set("app-role", "inlinePolicies", l(m("name", "ssm",
                        "policy", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:*\",\"Resource\":\"*\"}]}"))))
                .unknown(unknown("app-role", "managedPolicyArns"));
    }
}
