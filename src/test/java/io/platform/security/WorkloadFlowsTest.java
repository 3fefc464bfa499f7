package io.platform.security;

import io.platform.config.StackConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.platform.testing.Template.map;
import static io.platform.testing.Template.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service-to-service traffic is data (STYLE §4): the {@link Flow}s the config declares, each rendered
 * as one egress rule on the caller's own group and one ingress rule on the callee's, and nothing else
 * between workloads — a worker nobody calls has a group without a single rule.
 */
class WorkloadFlowsTest {
    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    private static final String GROUP = "aws:ec2/securityGroup:SecurityGroup";
    private static final String SERVICE = "aws:ecs/service:Service";

    private static List<Flow> flows(Map<String, String> sections) {
        StackConfig c = StackFixture.load(WorkloadStacks.staging(sections));
        return Flows.of(c.compute(), c.functions(), c.instances());
    }

    /** Rules whose group (ingress: the target; egress: the source) is {@code group}. */
    private static List<RecordedResource> rulesOf(PlanResult plan, String type, String groupId) {
        return plan.ofType(type).stream().filter(r -> groupId.equals(r.inputValues().get("securityGroupId"))).toList();
    }

    private static List<RecordedResource> rulesReferencing(PlanResult plan, String groupId) {
        return plan.resources().stream().filter(r -> r.type().equals(INGRESS) || r.type().equals(EGRESS))
                .filter(r -> groupId.equals(r.inputValues().get("referencedSecurityGroupId"))).toList();
    }

    @Test
    void credentialMatesFrontEndCallsItsBackEndAndNothingElseTalks() {
        assertThat(flows(SeedWorkloads.credentialMate())).containsExactly(
                new Flow("service:frontend", "service:backend", 8000, "frontend calls backend through Service Connect"));
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.credentialMate());
        Template t = WorkloadStacks.template(plan);
        String frontend = t.single(GROUP, "frontend-svc-sg").id();
        String backend = t.single(GROUP, "backend-svc-sg").id();

        assertThat(rulesOf(plan, INGRESS, backend)).singleElement().satisfies(r -> assertThat(r.inputValues())
                .containsEntry("referencedSecurityGroupId", frontend)
                .containsEntry("fromPort", 8000L).containsEntry("toPort", 8000L).containsEntry("ipProtocol", "tcp")
                .containsEntry("description", "from frontend-svc: frontend calls backend through Service Connect"));
        assertThat(rulesOf(plan, EGRESS, frontend)).singleElement().satisfies(r -> assertThat(r.inputValues())
                .containsEntry("referencedSecurityGroupId", backend).containsEntry("fromPort", 8000L));
        assertThat(rulesOf(plan, EGRESS, backend)).isEmpty();
        assertThat(rulesOf(plan, INGRESS, frontend)).isEmpty();
        for (String worker : List.of("parser-service", "notification-worker", "admin")) {
            String group = t.single(GROUP, worker + "-svc-sg").id();
            assertThat(rulesOf(plan, INGRESS, group)).as(worker).isEmpty();
            assertThat(rulesOf(plan, EGRESS, group)).as(worker).isEmpty();
            assertThat(rulesReferencing(plan, group)).as(worker).isEmpty();
        }
    }

    @Test
    void serviceConnectNamesTheCalleeAndTellsTheCallerWhereItIs() {
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.credentialMate());
        Template t = WorkloadStacks.template(plan);
        RecordedResource namespace = t.single("aws:servicediscovery/httpNamespace:HttpNamespace", "services");
        assertThat(namespace.inputValues()).containsEntry("name", "platform-staging");
        String namespaceArn = "arn:aws:servicediscovery:us-east-1:" + StackFixture.ACCOUNT + ":namespace/" + namespace.id();
        assertThat(namespace.id()).startsWith("ns-");
        assertThat(t.inputs(SERVICE, "backend").get("serviceConnectConfiguration")).isEqualTo(Map.of(
                "enabled", true, "namespace", namespaceArn, "services", List.of(Map.of("portName", "backend-8000",
                        "discoveryName", "backend", "clientAlias", List.of(Map.of("dnsName", "backend", "port", 8000L))))));
        assertThat(t.inputs(SERVICE, "frontend").get("serviceConnectConfiguration"))
                .isEqualTo(Map.of("enabled", true, "namespace", namespaceArn));
        assertThat(t.inputs(SERVICE, "parser-service")).doesNotContainKey("serviceConnectConfiguration");
        var container = parse(String.valueOf(t.inputs("aws:ecs/taskDefinition:TaskDefinition", "frontend-task")
                .get("containerDefinitions"))).get(0);
        assertThat(container.get("environment").findValuesAsText("name")).contains("BACKEND_URL");
        container.get("environment").forEach(e -> {
            if (e.get("name").asText().equals("BACKEND_URL")) {
                assertThat(e.get("value").asText()).isEqualTo("http://backend:8000");
            }
        });
        assertThat(container.at("/portMappings/0/name").asText()).isEqualTo("frontend-3000");
    }

    @Test
    void techCorpsChainOfFourteenServicesGetsExactlyThirteenPairsOfRules() {
        List<Flow> flows = flows(SeedWorkloads.techCorp());
        assertThat(flows).hasSize(13).allSatisfy(f -> assertThat(f.port()).isEqualTo(8080));
        assertThat(flows.get(0)).isEqualTo(new Flow("service:svc-1", "service:svc-2", 8080,
                "svc-1 calls svc-2 through Service Connect"));
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.techCorp());
        Template t = WorkloadStacks.template(plan);
        Set<String> serviceGroups = new java.util.HashSet<>();
        t.ofType(GROUP).stream().filter(g -> g.name().endsWith("-svc-sg")).forEach(g -> serviceGroups.add(g.id()));
        assertThat(serviceGroups).hasSize(15);
        long ingress = plan.ofType(INGRESS).stream()
                .filter(r -> serviceGroups.contains(String.valueOf(r.inputValues().get("securityGroupId")))).count();
        long egress = plan.ofType(EGRESS).stream()
                .filter(r -> serviceGroups.contains(String.valueOf(r.inputValues().get("securityGroupId")))).count();
        assertThat(ingress).isEqualTo(13);
        assertThat(egress).isEqualTo(13);
        String last = t.single(GROUP, "svc-14-svc-sg").id();
        assertThat(rulesOf(plan, INGRESS, last)).singleElement().extracting(r -> r.inputValues().get("referencedSecurityGroupId"))
                .isEqualTo(t.single(GROUP, "svc-13-svc-sg").id());
        assertThat(rulesOf(plan, EGRESS, last)).isEmpty();
    }

    @Test
    void taxPracticeAisHostAndFunctionReachOnlyTheDatabaseAndTheAlbOnlyTheHostsPort() {
        assertThat(flows(SeedWorkloads.taxPracticeAi())).containsExactly(
                new Flow("function:document-processor", "database", 5432, "function document-processor queries PostgreSQL"),
                new Flow("alb", "instance:airflow", 8080, "the load balancer forwards to airflow"),
                new Flow("instance:airflow", "database", 5432, "instance airflow queries PostgreSQL"));
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.taxPracticeAi());
        Template t = WorkloadStacks.template(plan);
        String db = t.single(GROUP, "db-sg").id();
        assertThat(rulesOf(plan, INGRESS, db)).extracting(r -> r.name().substring(WorkloadStacks.PREFIX.length()))
                .containsExactlyInAnyOrder("db-in-app", "db-in-document-processor-fn-5432", "db-in-airflow-host-5432");
        String host = t.single(GROUP, "airflow-host-sg").id();
        assertThat(rulesOf(plan, INGRESS, host)).extracting(r -> r.name().substring(WorkloadStacks.PREFIX.length()))
                .containsExactlyInAnyOrder("airflow-host-in-alb-8080", "airflow-host-in-admin-1");
        assertThat(t.inputs(INGRESS, "airflow-host-in-admin-1")).containsEntry("cidrIpv4", "10.8.0.0/16")
                .containsEntry("fromPort", 8080L).containsEntry("toPort", 8080L);
        assertThat(t.inputs(INGRESS, "airflow-host-in-alb-8080")).containsEntry("referencedSecurityGroupId",
                t.single(GROUP, "alb-sg").id());
        assertThat(t.inputs(EGRESS, "alb-out-airflow-host-8080")).containsEntry("referencedSecurityGroupId", host);
        // AWS access: endpoints (both sides), S3 through the gateway, HTTPS out through NAT.
        assertThat(rulesOf(plan, EGRESS, host)).extracting(r -> r.name().substring(WorkloadStacks.PREFIX.length()))
                .containsExactlyInAnyOrder("airflow-host-out-endpoints", "airflow-host-out-s3",
                        "airflow-host-out-internet-https", "airflow-host-out-db-5432");
        assertThat(t.inputs(INGRESS, "endpoints-in-airflow-host")).containsEntry("referencedSecurityGroupId", host)
                .containsEntry("fromPort", 443L);
    }

    @Test
    void theStacksWithoutCallsGiveEachServiceAnEmptyGroupAndNoNamespace() {
        PlanResult plan = StackFixture.plan("staging");
        Template t = WorkloadStacks.template(plan);
        for (String service : List.of("api", "worker")) {
            String group = t.single(GROUP, service + "-svc-sg").id();
            assertThat(rulesOf(plan, INGRESS, group)).isEmpty();
            assertThat(rulesOf(plan, EGRESS, group)).isEmpty();
            assertThat(map(t.inputs(SERVICE, service).get("networkConfiguration")).get("securityGroups"))
                    .isEqualTo(List.of(t.single(GROUP, "app-sg").id(), group));
        }
        assertThat(plan.ofType("aws:servicediscovery/httpNamespace:HttpNamespace")).isEmpty();
    }
}
