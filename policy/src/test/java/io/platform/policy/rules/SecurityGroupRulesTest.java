package io.platform.policy.rules;

import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.SECURITY_GROUP;
import static io.platform.policy.Tokens.SECURITY_GROUP_RULE;
import static io.platform.policy.Tokens.VPC_EGRESS_RULE;
import static io.platform.policy.Tokens.VPC_INGRESS_RULE;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class SecurityGroupRulesTest {
    static Map<String, Object> vpcRule(String cidr, int from, int to) {
        return Map.of("securityGroupId", "sg-1", "cidrIpv4", cidr, "ipProtocol", "tcp", "fromPort", from, "toPort", to);
    }

    @Nested
    class NoInternetIngress {
        @Test
        void httpsToTheAlbGroupPasses() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("platform-staging-alb-https")
                    .withProperties(vpcRule("0.0.0.0/0", 443, 443)).expectNoViolations();
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("alb-http-v6")
                    .withProperties(Map.of("securityGroupId", "sg-1", "cidrIpv6", "::/0", "ipProtocol", "tcp",
                            "fromPort", 80, "toPort", 80))
                    .expectNoViolations();
        }

        @Test
        void privateCidrIsNotThisRulesConcern() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("app-from-vpc")
                    .withProperties(vpcRule("10.1.0.0/16", 8000, 8000)).expectNoViolations();
        }

        @Test
        void otherPortFromTheInternetFails() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("alb-admin")
                    .withProperties(vpcRule("0.0.0.0/0", 8080, 8080))
                    .expectViolations("cidrIpv4 0.0.0.0/0 allows ingress from anywhere on tcp 8080; "
                            + "internet ingress is only allowed on 80, 443 to the load balancer's security group");
        }

        @Test
        void httpsToAGroupThatIsNotTheAlbsFails() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("app-https")
                    .withProperties(vpcRule("0.0.0.0/0", 443, 443))
                    .expectViolations("cidrIpv4 0.0.0.0/0 allows ingress from anywhere on tcp 443 but the name does not match "
                            + "*alb*; internet ingress is only allowed on 80, 443 to the load balancer's security group");
        }

        @Test
        void namePatternIsASetting() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("edge-https")
                    .withSetting("loadBalancerNamePatterns", List.of("edge-*"))
                    .withProperties(vpcRule("0.0.0.0/0", 443, 443)).expectNoViolations();
        }

        @Test
        void inlineIngressOnAGroupIsChecked() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(SECURITY_GROUP).withName("web")
                    .withProperty("ingress", List.of(Map.of("protocol", "-1", "fromPort", 0, "toPort", 0,
                            "cidrBlocks", List.of("0.0.0.0/0"))))
                    .expectViolations("ingress[0].cidrBlocks 0.0.0.0/0 allows ingress from anywhere on all protocols; "
                            + "internet ingress is only allowed on 80, 443 to the load balancer's security group");
        }

        @Test
        void securityGroupRuleResourceIsChecked() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(SECURITY_GROUP_RULE).withName("alb-range")
                    .withProperties(Map.of("type", "ingress", "protocol", "tcp", "fromPort", 80, "toPort", 443,
                            "cidrBlocks", List.of("0.0.0.0/0"), "securityGroupId", "sg-1"))
                    .expectViolations("cidrBlocks 0.0.0.0/0 allows ingress from anywhere on tcp 80-443; "
                            + "internet ingress is only allowed on 80, 443 to the load balancer's security group");
        }

        @Test
        void unknownCidrIsNotJudged() {
            forRule(io.platform.policy.rules.ec2.NoInternetIngress.policy()).withType(VPC_INGRESS_RULE).withName("app")
                    .withProperties(Map.of("securityGroupId", "sg-1", "cidrIpv4", Unknown.VALUE, "ipProtocol", "tcp",
                            "fromPort", 22, "toPort", 22))
                    .expectNoViolations();
        }
    }

    @Nested
    class NoSensitivePortsFromCidr {
        @Test
        void groupSourcesPass() {
            forRule(io.platform.policy.rules.ec2.NoSensitivePortsFromCidr.policy()).withType(VPC_INGRESS_RULE).withName("db-from-app")
                    .withProperties(Map.of("securityGroupId", "sg-db", "referencedSecurityGroupId", "sg-app",
                            "ipProtocol", "tcp", "fromPort", 5432, "toPort", 5432))
                    .expectNoViolations();
        }

        @Test
        void sshFromAnywhereFails() {
            forRule(io.platform.policy.rules.ec2.NoSensitivePortsFromCidr.policy()).withType(VPC_INGRESS_RULE).withName("alb-ssh")
                    .withProperties(vpcRule("0.0.0.0/0", 22, 22))
                    .expectViolations("cidrIpv4 0.0.0.0/0 allows ingress from anywhere to port 22; "
                            + "ports 22, 3389, 5432, 6379 must only accept traffic from security groups");
        }

        @Test
        void postgresFromAPrivateCidrFailsToo() {
            forRule(io.platform.policy.rules.ec2.NoSensitivePortsFromCidr.policy()).withType(SECURITY_GROUP_RULE).withName("db-from-vpc")
                    .withProperties(Map.of("type", "ingress", "protocol", "6", "fromPort", 5432, "toPort", 5432,
                            "cidrBlocks", List.of("10.1.0.0/16"), "securityGroupId", "sg-db"))
                    .expectViolations("cidrBlocks 10.1.0.0/16 allows ingress to port 5432; "
                            + "ports 22, 3389, 5432, 6379 must only accept traffic from security groups");
        }

        @Test
        void allProtocolsCoverEverySensitivePort() {
            forRule(io.platform.policy.rules.ec2.NoSensitivePortsFromCidr.policy()).withType(SECURITY_GROUP).withName("open")
                    .withProperty("ingress", List.of(Map.of("protocol", "all", "fromPort", 0, "toPort", 0,
                            "ipv6CidrBlocks", List.of("::/0"))))
                    .expectViolations("ingress[0].ipv6CidrBlocks ::/0 allows ingress from anywhere to ports 22, 3389, 5432, 6379; "
                            + "ports 22, 3389, 5432, 6379 must only accept traffic from security groups");
        }

        @Test
        void egressIsIgnored() {
            forRule(io.platform.policy.rules.ec2.NoSensitivePortsFromCidr.policy()).withType(SECURITY_GROUP_RULE).withName("out")
                    .withProperties(Map.of("type", "egress", "protocol", "tcp", "fromPort", 5432, "toPort", 5432,
                            "cidrBlocks", List.of("10.1.21.0/24"), "securityGroupId", "sg-app"))
                    .expectNoViolations();
        }
    }

    @Nested
    class NoUnrestrictedEgress {
        @Test
        void portLimitedEgressPasses() {
            forRule(io.platform.policy.rules.ec2.NoUnrestrictedEgress.policy()).withType(VPC_EGRESS_RULE).withName("app-https-out")
                    .withProperties(vpcRule("0.0.0.0/0", 443, 443)).expectNoViolations();
        }

        @Test
        void allProtocolsToAnywhereFails() {
            forRule(io.platform.policy.rules.ec2.NoUnrestrictedEgress.policy()).withType(VPC_EGRESS_RULE).withName("all-out")
                    .withProperties(Map.of("securityGroupId", "sg-1", "cidrIpv4", "0.0.0.0/0", "ipProtocol", "-1"))
                    .expectViolations("cidrIpv4 0.0.0.0/0 allows egress to anywhere on all protocols; "
                            + "allow only the ports and destinations the group needs");
        }
    }
}
