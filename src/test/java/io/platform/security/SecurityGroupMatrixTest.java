package io.platform.security;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SPEC §3.2 / seed 001 §5.3.1: the security-group matrix, read back from the rule resources
 * the program declares, with every other side resolved to a group name, a CIDR or a prefix list.
 */
class SecurityGroupMatrixTest {
    static final String GROUP = "aws:ec2/securityGroup:SecurityGroup";
    static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    private static final List<String> OTHER_SIDE_KEYS =
            List.of("referencedSecurityGroupId", "cidrIpv4", "cidrIpv6", "prefixListId");

    /** The full matrix both stacks deploy by default (NAT exists, so appInternetEgress defaults to true). */
    private static final List<Tuple> DEFAULT_MATRIX = List.of(
            tuple("alb-sg", "ingress", "tcp", 443L, 443L, "0.0.0.0/0"),
            tuple("alb-sg", "ingress", "tcp", 80L, 80L, "0.0.0.0/0"),
            tuple("alb-sg", "egress", "tcp", 8000L, 8000L, "app-sg"),
            tuple("app-sg", "ingress", "tcp", 8000L, 8000L, "alb-sg"),
            tuple("app-sg", "egress", "tcp", 5432L, 5432L, "db-sg"),
            tuple("app-sg", "egress", "tcp", 6379L, 6379L, "redis-sg"),
            tuple("app-sg", "egress", "tcp", 443L, 443L, "vpce-sg"),
            tuple("app-sg", "egress", "tcp", 443L, 443L, "prefix-list of vpce-s3"),
            tuple("app-sg", "egress", "tcp", 443L, 443L, "0.0.0.0/0"),
            tuple("db-sg", "ingress", "tcp", 5432L, 5432L, "app-sg"),
            tuple("redis-sg", "ingress", "tcp", 6379L, 6379L, "app-sg"),
            tuple("vpce-sg", "ingress", "tcp", 443L, 443L, "app-sg"));

    @Test
    void stagingMatrixIsExactlyTheSpecEdges() {
        assertThat(matrix(plan("staging"))).containsExactlyInAnyOrderElementsOf(DEFAULT_MATRIX);
    }

    @Test
    void productionHasTheSameMatrix() {
        assertThat(matrix(plan("production"))).containsExactlyInAnyOrderElementsOf(DEFAULT_MATRIX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theOnlyCidrOnAnyIngressRuleIsTheAlbsInternetIngressOn443And80(String stack) {
        PlanResult plan = plan(stack);
        Map<String, String> groups = groupNames(plan);
        List<RecordedResource> cidrIngress = plan.ofType(INGRESS).stream()
                .filter(r -> r.inputValues().containsKey("cidrIpv4") || r.inputValues().containsKey("cidrIpv6"))
                .toList();
        assertThat(cidrIngress).extracting(r -> groups.get((String) r.inputValues().get("securityGroupId")),
                        r -> r.inputValues().get("cidrIpv4"), r -> r.inputValues().get("cidrIpv6"),
                        r -> r.inputValues().get("fromPort"), r -> r.inputValues().get("toPort"))
                .containsExactlyInAnyOrder(
                        tuple("alb-sg", "0.0.0.0/0", null, 443L, 443L),
                        tuple("alb-sg", "0.0.0.0/0", null, 80L, 80L));
        // Nothing else accepts a prefix list either: every other ingress names a security group.
        assertThat(plan.ofType(INGRESS)).filteredOn(r -> !cidrIngress.contains(r))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.inputValues()).containsKey("referencedSecurityGroupId")
                        .doesNotContainKeys("cidrIpv4", "cidrIpv6", "prefixListId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theOnlyCidrEgressIsTheAppsHttpsThroughNat(String stack) {
        PlanResult plan = plan(stack);
        Map<String, String> groups = groupNames(plan);
        assertThat(plan.ofType(EGRESS))
                .filteredOn(r -> r.inputValues().containsKey("cidrIpv4") || r.inputValues().containsKey("cidrIpv6"))
                .extracting(RecordedResource::name, r -> groups.get((String) r.inputValues().get("securityGroupId")),
                        r -> r.inputValues().get("cidrIpv4"), r -> r.inputValues().get("fromPort"),
                        r -> r.inputValues().get("toPort"))
                .containsExactly(tuple("platform-" + stack + "-app-out-internet-https", "app-sg", "0.0.0.0/0",
                        443L, 443L));
    }

    @Test
    void appInternetEgressFalseRemovesOnlyTheAppsInternetRule() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"appInternetEgress\":false,\"github\":{\"repository\":\"acme/platform\",\"branches\":[\"main\"]}}")));
        List<Tuple> expected = new ArrayList<>(DEFAULT_MATRIX);
        expected.remove(tuple("app-sg", "egress", "tcp", 443L, 443L, "0.0.0.0/0"));
        assertThat(matrix(plan)).hasSize(11).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.ofType(EGRESS)).extracting(RecordedResource::name)
                .doesNotContain("platform-staging-app-out-internet-https");
        assertThat(plan.ofType(EGRESS)).allSatisfy(r -> assertThat(r.inputValues()).as(r.name())
                .doesNotContainKeys("cidrIpv4", "cidrIpv6"));
    }

    @Test
    void withoutNatTheAppHasNoInternetEgressByDefault() {
        PlanResult plan = plan(withOverrides(stackFile("staging"),
                Map.of("platform:network", "{\"natStrategy\":\"none\"}")));
        assertThat(plan.config().security().appInternetEgress()).isFalse();
        assertThat(matrix(plan)).hasSize(11)
                .doesNotContain(tuple("app-sg", "egress", "tcp", 443L, 443L, "0.0.0.0/0"))
                // S3 (ECR layers, documents) still goes through the gateway endpoint's prefix list.
                .contains(tuple("app-sg", "egress", "tcp", 443L, 443L, "prefix-list of vpce-s3"),
                        tuple("app-sg", "egress", "tcp", 443L, 443L, "vpce-sg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void dataGroupsHaveNoEgressAndAdmitOnlyTheAppTier(String stack) {
        PlanResult plan = plan(stack);
        String app = named(plan, "platform-" + stack + "-app-sg").id();
        for (String data : List.of("db-sg", "redis-sg")) {
            RecordedResource group = named(plan, "platform-" + stack + "-" + data);
            // No inline rules: everything is a separate rule resource (and AWS's default egress is revoked).
            assertThat(group.inputValues()).as(data).doesNotContainKeys("ingress", "egress");
            assertThat(plan.ofType(EGRESS)).as(data + " egress")
                    .noneMatch(r -> group.id().equals(r.inputValues().get("securityGroupId")));
            assertThat(plan.ofType(INGRESS)).filteredOn(r -> group.id().equals(r.inputValues().get("securityGroupId")))
                    .as(data + " ingress")
                    .singleElement()
                    .satisfies(r -> assertThat(r.inputValues()).containsEntry("referencedSecurityGroupId", app)
                            .containsEntry("ipProtocol", "tcp")
                            .containsEntry("fromPort", data.equals("db-sg") ? 5432L : 6379L)
                            .containsEntry("toPort", data.equals("db-sg") ? 5432L : 6379L));
        }
        // The endpoint group answers; it never originates traffic.
        String endpoints = named(plan, "platform-" + stack + "-vpce-sg").id();
        assertThat(plan.ofType(EGRESS)).noneMatch(r -> endpoints.equals(r.inputValues().get("securityGroupId")));
    }

    @Test
    void albToAppEdgesFollowThePublicServicesPorts() {
        String compute = """
                {"services":[
                  {"name":"api","repository":"api","tag":"1.0.0","port":8080,"public":{"paths":["/api/*"]}},
                  {"name":"admin","image":"nginx:1.27","port":9000,"public":{"paths":["/admin/*"]}},
                  {"name":"web","image":"nginx:1.27","port":9000,"public":{"paths":["/*"]}},
                  {"name":"worker","repository":"worker","tag":"1.0.0","port":7000,"worker":true}
                ]}""";
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:compute", compute)));
        Set<Long> albToApp = Set.of(8080L, 9000L);
        List<Tuple> matrix = matrix(plan);
        assertThat(matrix).filteredOn(t -> t.toList().get(0).equals("alb-sg") && t.toList().get(1).equals("egress"))
                .containsExactlyInAnyOrder(
                        tuple("alb-sg", "egress", "tcp", 8080L, 8080L, "app-sg"),
                        tuple("alb-sg", "egress", "tcp", 9000L, 9000L, "app-sg"));
        assertThat(matrix).filteredOn(t -> t.toList().get(5).equals("alb-sg"))
                .containsExactlyInAnyOrder(
                        tuple("app-sg", "ingress", "tcp", 8080L, 8080L, "alb-sg"),
                        tuple("app-sg", "ingress", "tcp", 9000L, 9000L, "alb-sg"));
        // 8000 (the default) and the worker's 7000 are not opened; the rest of the matrix is unchanged.
        assertThat(matrix).noneMatch(t -> Set.of(8000L, 7000L).contains((Long) t.toList().get(3)));
        assertThat(matrix).hasSize(DEFAULT_MATRIX.size() - 2 + 2 * albToApp.size());
        assertThat(plan.ofType(EGRESS)).extracting(RecordedResource::name)
                .contains("platform-staging-alb-out-app-8080", "platform-staging-alb-out-app-9000");
        assertThat(plan.ofType(INGRESS)).extracting(RecordedResource::name)
                .contains("platform-staging-app-in-alb-8080", "platform-staging-app-in-alb-9000");
    }

    @Test
    void theS3RuleUsesThePrefixListOfTheS3GatewayEndpoint() {
        PlanResult plan = plan("staging");
        RecordedResource rule = named(plan, "platform-staging-app-out-s3");
        assertThat(rule.type()).isEqualTo(EGRESS);
        assertThat((String) rule.inputValues().get("prefixListId")).startsWith("pl-");
        assertThat(rule.propertyDependencies().get("prefixListId"))
                .containsExactly(named(plan, "platform-staging-vpce-s3").urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void groupsLiveInTheStacksVpcUnderTheSecurityComponent(String stack) {
        PlanResult plan = plan(stack);
        String vpc = named(plan, "platform-" + stack + "-vpc").id();
        String security = named(plan, "platform-" + stack + "-security").urn();
        for (String group : List.of("alb-sg", "app-sg", "db-sg", "redis-sg")) {
            RecordedResource sg = named(plan, "platform-" + stack + "-" + group);
            assertThat(sg.type()).isEqualTo(GROUP);
            assertThat(sg.parent()).isEqualTo(security);
            assertThat(sg.inputValues()).containsEntry("vpcId", vpc).containsEntry("revokeRulesOnDelete", true);
        }
        assertThat(Stream.concat(plan.ofType(INGRESS).stream(), plan.ofType(EGRESS).stream()))
                .hasSize(12)
                .allSatisfy(r -> assertThat(r.parent()).as(r.name()).isEqualTo(security));
    }

    /**
     * Every ingress/egress rule resource as (group, direction, protocol, from, to, other side), where
     * the other side is a group's short name, a CIDR, or the endpoint whose prefix list it names.
     */
    static List<Tuple> matrix(PlanResult plan) {
        Map<String, String> groups = groupNames(plan);
        Map<String, String> shortNameByUrn = plan.resources().stream()
                .collect(Collectors.toMap(RecordedResource::urn, r -> shortName(plan, r.name()), (a, b) -> a));
        List<Tuple> out = new ArrayList<>();
        for (String type : List.of(INGRESS, EGRESS)) {
            for (RecordedResource rule : plan.ofType(type)) {
                Map<String, Object> in = rule.inputValues();
                List<String> sides = OTHER_SIDE_KEYS.stream().filter(in::containsKey).toList();
                assertThat(sides).as(rule.name() + " names exactly one other side").hasSize(1);
                String other = switch (sides.get(0)) {
                    case "referencedSecurityGroupId" -> groups.getOrDefault((String) in.get("referencedSecurityGroupId"),
                            "unknown group " + in.get("referencedSecurityGroupId"));
                    case "prefixListId" -> "prefix-list of " + rule.propertyDependencies().get("prefixListId").stream()
                            .map(shortNameByUrn::get).collect(Collectors.joining(","));
                    default -> (String) in.get(sides.get(0));
                };
                String group = groups.getOrDefault((String) in.get("securityGroupId"),
                        "unknown group " + in.get("securityGroupId"));
                out.add(tuple(group, type.equals(INGRESS) ? "ingress" : "egress", in.get("ipProtocol"),
                        in.get("fromPort"), in.get("toPort"), other));
            }
        }
        return out;
    }

    /** Security-group id → short name ({@code app-sg}), for every group of the stack including the endpoints'. */
    static Map<String, String> groupNames(PlanResult plan) {
        return plan.ofType(GROUP).stream()
                .collect(Collectors.toMap(RecordedResource::id, r -> shortName(plan, r.name())));
    }

    private static String shortName(PlanResult plan, String name) {
        String prefix = "platform-" + plan.stack() + "-";
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
