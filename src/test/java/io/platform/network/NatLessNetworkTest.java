package io.platform.network;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 14 item 5 on CredentialMate's plan (seed 002, natStrategy none): the private tier has no route out
 * of the VPC, yet pulls images and reaches S3 — through the gateway endpoint, whose traffic goes to S3's
 * public ranges, so the NACL and the app group must let exactly that through — and the mail worker
 * sends through the SES SMTP endpoint.
 */
class NatLessNetworkTest {
    private static PlanResult plan() {
        return SeedStacks.plan("credentialmate");
    }

    @Test
    void thereIsNoNatAndNoRouteOutOfThePrivateTier() {
        assertThat(plan().ofType("aws:ec2/natGateway:NatGateway")).isEmpty();
        assertThat(plan().ofType("aws:ec2/eip:Eip")).isEmpty();
        assertThat(plan().ofType("aws:ec2/route:Route")).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("platform-staging-public-internet");
            assertThat(r.inputValues()).containsKey("gatewayId");
        });
    }

    @Test
    void thePrivateNaclLetsHttpsToS3OutAndItsRepliesInAsWithNat() {
        var rules = NetworkTest.aclRules(plan(), "private");
        assertThat(rules).contains(tuple(110L, true, "6", 443L, 443L, "0.0.0.0/0"),
                tuple(110L, false, "6", 1024L, 3388L, "0.0.0.0/0"), tuple(111L, false, "6", 3390L, 65535L, "0.0.0.0/0"));
        // Exactly the rules the NAT'd staging stack has: only the route tables differ.
        assertThat(rules).containsExactlyInAnyOrderElementsOf(
                NetworkTest.aclRules(io.platform.testing.StackFixture.plan("staging"), "private"));
    }

    @Test
    void theAppGroupReachesS3ByItsPrefixListAndNothingOnTheInternet() {
        RecordedResource s3 = named(plan(), "platform-staging-vpce-s3");
        String prefixList = "pl-" + s3.id().substring("vpce-".length(), "vpce-".length() + 8);
        assertThat(s3.inputValues()).containsEntry("vpcEndpointType", "Gateway")
                .containsEntry("serviceName", "com.amazonaws.us-east-1.s3");
        // Every private route table carries the S3 route.
        List<Object> privateTables = plan().ofType("aws:ec2/routeTable:RouteTable").stream()
                .filter(t -> t.name().contains("private-rt")).map(t -> (Object) t.id()).toList();
        assertThat(privateTables).hasSize(3);
        @SuppressWarnings("unchecked")
        List<Object> routeTables = (List<Object>) s3.inputValues().get("routeTableIds");
        assertThat(routeTables).containsAll(privateTables);
        assertThat(named(plan(), "platform-staging-app-out-s3").inputValues())
                .containsEntry("prefixListId", prefixList).containsEntry("fromPort", 443L).containsEntry("toPort", 443L);
        assertThat(plan().declared()).noneMatch(r -> r.name().equals("platform-staging-app-out-internet-https"));
        assertThat(plan().ofType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"))
                .noneMatch(r -> "0.0.0.0/0".equals(r.inputValues().get("cidrIpv4")));
    }

    @Test
    void everyEndpointTheStackNeedsIsThereWithPrivateDns() {
        List<String> interfaces = plan().ofType("aws:ec2/vpcEndpoint:VpcEndpoint").stream()
                .filter(e -> "Interface".equals(e.inputValues().get("vpcEndpointType")))
                .map(e -> (String) e.inputValues().get("serviceName")).toList();
        assertThat(interfaces).containsExactlyInAnyOrder("com.amazonaws.us-east-1.ecr.api",
                "com.amazonaws.us-east-1.ecr.dkr", "com.amazonaws.us-east-1.logs",
                "com.amazonaws.us-east-1.secretsmanager", "com.amazonaws.us-east-1.ssmmessages",
                "com.amazonaws.us-east-1.kms", "com.amazonaws.us-east-1.email-smtp");
        assertThat(named(plan(), "platform-staging-vpce-email-smtp").inputValues())
                .containsEntry("privateDnsEnabled", true)
                .containsEntry("securityGroupIds", List.of(named(plan(), "platform-staging-vpce-sg").id()));
    }

    @Test
    void onlyTheServiceThatSendsMailReachesTheSmtpEndpointOnTheSubmissionPort() {
        // The worker lists email-smtp in its endpoints: its own group gets 587, the shared app group does not.
        String worker = named(plan(), "platform-staging-worker-svc-sg").id();
        String endpoints = named(plan(), "platform-staging-vpce-sg").id();
        assertThat(named(plan(), "platform-staging-worker-svc-out-endpoints-smtp").inputValues()).containsAllEntriesOf(
                Map.of("securityGroupId", worker, "referencedSecurityGroupId", endpoints, "ipProtocol", "tcp",
                        "fromPort", 587L, "toPort", 587L));
        assertThat(named(plan(), "platform-staging-endpoints-in-worker-svc-smtp").inputValues()).containsAllEntriesOf(
                Map.of("securityGroupId", endpoints, "referencedSecurityGroupId", worker, "fromPort", 587L, "toPort", 587L));
        assertThat(plan().declared()).filteredOn(r -> Long.valueOf(587).equals(r.inputValues().get("fromPort")))
                .extracting(RecordedResource::name).containsExactlyInAnyOrder(
                        "platform-staging-worker-svc-out-endpoints-smtp", "platform-staging-endpoints-in-worker-svc-smtp");
        // Without the SMTP endpoint there is no port 587 anywhere.
        assertThat(io.platform.testing.StackFixture.plan("staging").declared())
                .noneMatch(r -> Long.valueOf(587).equals(r.inputValues().get("fromPort")));
    }
}
