package io.platform.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.where;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NetworkTest {
    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String NAT = "aws:ec2/natGateway:NatGateway";
    private static final String ACL_RULE = "aws:ec2/networkAclRule:NetworkAclRule";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void vpcHasDnsOnAndTheStackCidr() {
        Map<String, Object> vpc = named(plan("staging"), "platform-staging-vpc").inputValues();
        assertThat(vpc).containsEntry("cidrBlock", "10.1.0.0/16")
                .containsEntry("enableDnsSupport", true)
                .containsEntry("enableDnsHostnames", true);
        assertThat(named(plan("production"), "platform-production-vpc").inputValues())
                .containsEntry("cidrBlock", "10.2.0.0/16");
    }

    @Test
    void nineSubnetsWithTheSpecCidrPerAzAndTier() {
        List<RecordedResource> subnets = plan("staging").ofType(SUBNET);
        assertThat(subnets).extracting(r -> r.name(), r -> r.inputValues().get("cidrBlock"),
                        r -> r.inputValues().get("availabilityZone"), r -> map(r.inputValues().get("tags")).get("Tier"))
                .containsExactlyInAnyOrder(
                        tuple("platform-staging-public-1", "10.1.1.0/24", "us-east-1a", "public"),
                        tuple("platform-staging-public-2", "10.1.2.0/24", "us-east-1b", "public"),
                        tuple("platform-staging-public-3", "10.1.3.0/24", "us-east-1c", "public"),
                        tuple("platform-staging-private-1", "10.1.11.0/24", "us-east-1a", "private"),
                        tuple("platform-staging-private-2", "10.1.12.0/24", "us-east-1b", "private"),
                        tuple("platform-staging-private-3", "10.1.13.0/24", "us-east-1c", "private"),
                        tuple("platform-staging-data-1", "10.1.21.0/24", "us-east-1a", "data"),
                        tuple("platform-staging-data-2", "10.1.22.0/24", "us-east-1b", "data"),
                        tuple("platform-staging-data-3", "10.1.23.0/24", "us-east-1c", "data"));
        assertThat(subnets).allSatisfy(s -> assertThat(s.inputValues()).containsEntry("mapPublicIpOnLaunch", false));
    }

    @Test
    void natGatewaysFollowTheStrategy() {
        assertThat(plan("staging").ofType(NAT)).hasSize(1);
        assertThat(plan("production").ofType(NAT)).hasSize(3);
        PlanResult none = plan(withOverrides(stackFile("staging"), Map.of("platform:network", "{\"natStrategy\":\"none\"}")));
        assertThat(none.ofType(NAT)).isEmpty();
        assertThat(none.ofType("aws:ec2/eip:Eip")).isEmpty();
    }

    @Test
    void eachProductionAzRoutesThroughItsOwnNat() {
        PlanResult plan = plan("production");
        Map<String, String> natSubnetById = plan.ofType(NAT).stream()
                .collect(Collectors.toMap(RecordedResource::id, r -> (String) r.inputValues().get("subnetId")));
        for (int az = 1; az <= 3; az++) {
            String table = named(plan, "platform-production-private-rt-" + az).id();
            List<RecordedResource> routes = where(plan, ROUTE, "routeTableId", table);
            assertThat(routes).singleElement().satisfies(route -> assertThat(route.inputValues())
                    .containsEntry("destinationCidrBlock", "0.0.0.0/0"));
            String natId = (String) routes.get(0).inputValues().get("natGatewayId");
            String publicSubnetOfAz = named(plan, "platform-production-public-" + az).id();
            assertThat(natSubnetById.get(natId)).isEqualTo(publicSubnetOfAz);
        }
    }

    @Test
    void stagingPrivateTablesShareTheSingleNatAndPublicGoesToTheIgw() {
        PlanResult plan = plan("staging");
        String nat = plan.ofType(NAT).get(0).id();
        for (int az = 1; az <= 3; az++) {
            String table = named(plan, "platform-staging-private-rt-" + az).id();
            assertThat(where(plan, ROUTE, "routeTableId", table)).extracting(r -> r.inputValues().get("natGatewayId"))
                    .containsExactly(nat);
        }
        String publicTable = named(plan, "platform-staging-public-rt").id();
        String igw = named(plan, "platform-staging-igw").id();
        assertThat(where(plan, ROUTE, "routeTableId", publicTable)).extracting(r -> r.inputValues().get("gatewayId"))
                .containsExactly(igw);
    }

    @Test
    void dataSubnetsHaveNoRouteToTheInternet() {
        for (String stack : List.of("staging", "production")) {
            PlanResult plan = plan(stack);
            String dataTable = named(plan, "platform-" + stack + "-data-rt").id();
            assertThat(where(plan, ROUTE, "routeTableId", dataTable)).isEmpty();
            Set<String> dataSubnets = plan.ofType(SUBNET).stream()
                    .filter(s -> s.name().contains("-data-")).map(RecordedResource::id).collect(Collectors.toSet());
            assertThat(plan.ofType("aws:ec2/routeTableAssociation:RouteTableAssociation"))
                    .filteredOn(a -> dataSubnets.contains(a.inputValues().get("subnetId")))
                    .hasSize(3)
                    .allSatisfy(a -> assertThat(a.inputValues()).containsEntry("routeTableId", dataTable));
        }
    }

    @Test
    void withoutNatPrivateSubnetsHaveNoInternetRouteEither() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:network", "{\"natStrategy\":\"none\"}")));
        assertThat(plan.ofType(ROUTE)).extracting(RecordedResource::name).containsExactly("platform-staging-public-internet");
        // The NACL still lets HTTPS out and its replies in: S3 through the gateway endpoint (NatLessNetworkTest).
        assertThat(plan.ofType(ACL_RULE)).extracting(RecordedResource::name)
                .contains("platform-staging-private-nacl-in-110", "platform-staging-private-nacl-in-111",
                        "platform-staging-private-nacl-out-110");
    }

    @Test
    void publicNaclAllowsOnlyWebAndReturnTraffic() {
        assertThat(aclRules(plan("staging"), "public")).containsExactlyInAnyOrder(
                tuple(100L, false, "6", 443L, 443L, "0.0.0.0/0"),
                tuple(110L, false, "6", 80L, 80L, "0.0.0.0/0"),
                // Replies from the internet on the ephemeral ports, 3389 (RDP) left out (EC2.21).
                tuple(120L, false, "6", 1024L, 3388L, "0.0.0.0/0"),
                tuple(121L, false, "6", 3390L, 65535L, "0.0.0.0/0"),
                tuple(100L, true, "-1", 0L, 0L, "0.0.0.0/0"));
    }

    @Test
    void privateNaclUsesTheVpcCidr() {
        assertThat(aclRules(plan("production"), "private")).containsExactlyInAnyOrder(
                tuple(100L, false, "-1", 0L, 0L, "10.2.0.0/16"),
                tuple(110L, false, "6", 1024L, 3388L, "0.0.0.0/0"),
                tuple(111L, false, "6", 3390L, 65535L, "0.0.0.0/0"),
                tuple(100L, true, "-1", 0L, 0L, "10.2.0.0/16"),
                tuple(110L, true, "6", 443L, 443L, "0.0.0.0/0"));
    }

    @Test
    void dataNaclAdmitsPostgresAndRedisFromAppSubnetsOnly() {
        var rules = aclRules(plan("staging"), "data");
        assertThat(rules).contains(
                tuple(100L, false, "6", 5432L, 5432L, "10.1.11.0/24"),
                tuple(101L, false, "6", 5432L, 5432L, "10.1.12.0/24"),
                tuple(102L, false, "6", 5432L, 5432L, "10.1.13.0/24"),
                tuple(110L, false, "6", 6379L, 6379L, "10.1.11.0/24"),
                tuple(100L, true, "6", 1024L, 65535L, "10.1.11.0/24"),
                tuple(120L, false, "6", 6379L, 6379L, "10.1.21.0/24"));
        assertThat(rules).hasSize(21)
                .noneMatch(t -> t.toList().get(5).equals("0.0.0.0/0"))
                .noneMatch(t -> t.toList().get(2).equals("-1"));
    }

    @Test
    void naclsCoverEachTiersSubnets() {
        PlanResult plan = plan("staging");
        for (String tier : List.of("public", "private", "data")) {
            @SuppressWarnings("unchecked")
            List<String> subnetIds = (List<String>) named(plan, "platform-staging-" + tier + "-nacl").inputValues().get("subnetIds");
            assertThat(subnetIds).containsExactlyInAnyOrder(
                    named(plan, "platform-staging-" + tier + "-1").id(),
                    named(plan, "platform-staging-" + tier + "-2").id(),
                    named(plan, "platform-staging-" + tier + "-3").id());
        }
    }

    @Test
    void flowLogsCaptureAllTrafficIntoAnEncryptedGroupThroughALeastPrivilegeRole() throws Exception {
        PlanResult plan = plan("staging");
        Map<String, Object> flowLog = named(plan, "platform-staging-vpc-flow-log").inputValues();
        assertThat(flowLog).containsEntry("trafficType", "ALL")
                .containsEntry("logDestinationType", "cloud-watch-logs")
                .containsEntry("logDestination", "arn:aws:logs:us-east-1:123456789012:log-group:/platform/staging/vpc-flow-logs")
                .containsEntry("vpcId", named(plan, "platform-staging-vpc").id());

        Map<String, Object> group = named(plan, "platform-staging-vpc-flow-logs").inputValues();
        assertThat(group).containsEntry("retentionInDays", 90L)
                .containsEntry("kmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/" + named(plan, "platform-staging-logs").id());

        JsonNode trust = JSON.readTree((String) named(plan, "platform-staging-vpc-flow-logs-role").inputValues().get("assumeRolePolicy"));
        JsonNode assume = trust.get("Statement").get(0);
        assertThat(assume.at("/Principal/Service").asText()).isEqualTo("vpc-flow-logs.amazonaws.com");
        assertThat(assume.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");

        JsonNode policy = JSON.readTree((String) named(plan, "platform-staging-vpc-flow-logs-write").inputValues().get("policy"));
        JsonNode write = policy.get("Statement").get(0);
        assertThat(write.get("Action")).extracting(JsonNode::asText)
                .containsExactly("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams");
        assertThat(write.get("Resource")).extracting(JsonNode::asText).containsExactly(
                "arn:aws:logs:us-east-1:123456789012:log-group:/platform/staging/vpc-flow-logs",
                "arn:aws:logs:us-east-1:123456789012:log-group:/platform/staging/vpc-flow-logs:*");
    }

    @Test
    void endpointsUseRegionalServiceNamesAndPrivateDns() {
        PlanResult plan = plan("staging");
        String endpointGroup = named(plan, "platform-staging-vpce-sg").id();
        List<RecordedResource> endpoints = plan.ofType("aws:ec2/vpcEndpoint:VpcEndpoint");
        assertThat(endpoints).extracting(r -> r.inputValues().get("serviceName"), r -> r.inputValues().get("vpcEndpointType"))
                .containsExactlyInAnyOrder(
                        tuple("com.amazonaws.us-east-1.s3", "Gateway"),
                        tuple("com.amazonaws.us-east-1.dynamodb", "Gateway"),
                        tuple("com.amazonaws.us-east-1.ecr.api", "Interface"),
                        tuple("com.amazonaws.us-east-1.ecr.dkr", "Interface"),
                        tuple("com.amazonaws.us-east-1.logs", "Interface"),
                        tuple("com.amazonaws.us-east-1.secretsmanager", "Interface"),
                        tuple("com.amazonaws.us-east-1.ssm", "Interface"),
                        tuple("com.amazonaws.us-east-1.kms", "Interface"),
                        tuple("com.amazonaws.us-east-1.sts", "Interface"));
        assertThat(endpoints).filteredOn(r -> "Interface".equals(r.inputValues().get("vpcEndpointType")))
                .allSatisfy(r -> {
                    assertThat(r.inputValues()).containsEntry("privateDnsEnabled", true)
                            .containsEntry("securityGroupIds", List.of(endpointGroup));
                    assertThat((List<?>) r.inputValues().get("subnetIds")).hasSize(3);
                });
        @SuppressWarnings("unchecked")
        List<String> s3Tables = (List<String>) where(plan, "aws:ec2/vpcEndpoint:VpcEndpoint", "serviceName",
                "com.amazonaws.us-east-1.s3").get(0).inputValues().get("routeTableIds");
        assertThat(s3Tables).containsExactlyInAnyOrder(named(plan, "platform-staging-private-rt-1").id(),
                named(plan, "platform-staging-private-rt-2").id(), named(plan, "platform-staging-private-rt-3").id(),
                named(plan, "platform-staging-data-rt").id());
    }

    @Test
    void endpointGroupStartsWithNoRulesAndDefaultGroupIsLocked() {
        PlanResult plan = plan("staging");
        assertThat(named(plan, "platform-staging-vpce-sg").inputValues()).doesNotContainKeys("ingress", "egress");
        assertThat(named(plan, "platform-staging-default-sg").inputValues()).doesNotContainKeys("ingress", "egress");
    }

    @Test
    void twoAzsGiveSixSubnetsAndTwoNatsPerAz() {
        PlanResult plan = plan(withOverrides(stackFile("production"), Map.of("platform:network", "{\"azCount\":2}")));
        assertThat(plan.ofType(SUBNET)).hasSize(6);
        assertThat(plan.ofType(NAT)).hasSize(2);
    }

    /** The rules of one tier's NACL as (number, egress, protocol, from, to, CIDR); every one must allow. */
    static List<org.assertj.core.groups.Tuple> aclRules(PlanResult plan, String tier) {
        String acl = named(plan, "platform-" + plan.stack() + "-" + tier + "-nacl").id();
        return where(plan, ACL_RULE, "networkAclId", acl).stream().map(r -> {
            Map<String, Object> in = r.inputValues();
            assertThat(in).containsEntry("ruleAction", "allow");
            return tuple(in.get("ruleNumber"), in.get("egress"), in.get("protocol"), in.get("fromPort"),
                    in.get("toPort"), in.get("cidrBlock"));
        }).toList();
    }
}
