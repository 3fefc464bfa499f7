package io.platform.plan.diagram;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.StackFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The diagram of the real staging and production stacks, read from the offline plan. */
class ArchitectureDiagramTest {
    private static final Set<String> EDGE_TYPES = Set.of(
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
            "aws:wafv2/webAclAssociation:WebAclAssociation");

    private static Diagram diagram() {
        return staging();
    }

    private static boolean descendsFrom(PlanResult plan, RecordedResource r, String ancestor) {
        Map<String, String> parents = new java.util.HashMap<>();
        plan.resources().forEach(x -> parents.put(x.urn(), x.parent()));
        for (String p = r.parent(); p != null; p = parents.get(p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Diagram staging() {
        return ArchitectureDiagram.of(StackFixture.plan("staging"));
    }

    private static String stagingMermaid() {
        return DiagramFiles.mermaid(StackFixture.plan("staging"));
    }

    /** The one node whose label contains all the fragments. */
    private static Diagram.Node node(Diagram diagram, String... fragments) {
        List<Diagram.Node> found = diagram.allNodes().stream()
                .filter(n -> List.of(fragments).stream().allMatch(f -> n.label().contains(f))).toList();
        assertThat(found).as("nodes labelled " + List.of(fragments)).hasSize(1);
        return found.get(0);
    }

    private static List<Diagram.Edge> edges(Diagram diagram, Diagram.Kind kind, Diagram.Node from, Diagram.Node to) {
        return diagram.edges().stream()
                .filter(e -> e.kind() == kind && e.from().equals(from.id()) && e.to().equals(to.id())).toList();
    }

    @Test
    void everyTierIsASubgraphAndSubnetPlacedResourcesSitInTheirSubnetTier() {
        PlanResult plan = StackFixture.plan("staging");
        String root = plan.ofType("pulumi:pulumi:Stack").get(0).urn();
        List<String> tiers = plan.resources().stream().filter(r -> root.equals(r.parent()) && r.isComponent())
                .map(r -> r.type().substring(r.type().lastIndexOf(':') + 1).toLowerCase()).sorted().toList();
        assertThat(tiers).containsExactly("certificates", "compute", "data", "edge", "encryption", "network",
                "observability", "operations", "security");

        String mermaid = stagingMermaid();
        for (String tier : tiers) {
            assertThat(mermaid).containsPattern("(?m)^  subgraph " + tier + "\\[\"[A-Z][a-z ]+ · \\d+ resources\"]$");
        }
        for (RecordedResource tier : plan.resources().stream().filter(r -> root.equals(r.parent()) && r.isComponent()).toList()) {
            long resources = plan.resources().stream().filter(r -> r.custom() && !r.type().startsWith("pulumi:")
                    && descendsFrom(plan, r, tier.urn())).count();
            String type = tier.type().substring(tier.type().lastIndexOf(':') + 1);  // one word for every staging tier
            assertThat(mermaid).as(tier.name()).contains("  subgraph " + type.toLowerCase() + "[\"" + type + " · "
                    + resources + " resources\"]\n");
        }

        MermaidSyntax.Parsed parsed = MermaidSyntax.parse(mermaid);
        assertThat(parsed.subgraphs()).containsKeys("network__public", "network__private", "network__data",
                "compute__public", "compute__private", "data__data");
        // A component holding components (the static site with its bucket) is a subgraph in its tier.
        assertThat(parsed.subgraphs()).containsEntry("edge__web_frontend", "Static site · web-frontend");
        assertThat(parsed.parentOf()).containsEntry("edge__web_frontend", "edge")
                .containsEntry(node(diagram(), "CloudFront distribution", "app.staging.example.com").id(), "edge__web_frontend")
                .containsEntry(node(diagram(), "S3 bucket", "web-site-bucket").id(), "edge__web_frontend");
        assertThat(parsed.parentOf()).containsEntry("network__public", "network")
                .containsEntry("compute__public", "compute").containsEntry("data__data", "data");
        Diagram diagram = staging();
        assertThat(parsed.parentOf().get(node(diagram, "load balancer", "internet-facing").id())).isEqualTo("compute__public");
        assertThat(parsed.parentOf().get(node(diagram, "ECS Fargate service", "api").id())).isEqualTo("compute__private");
        assertThat(parsed.parentOf().get(node(diagram, "ECS Fargate service", "worker").id())).isEqualTo("compute__private");
        assertThat(parsed.parentOf().get(node(diagram, "RDS instance").id())).isEqualTo("data__data");
        assertThat(parsed.parentOf().get(node(diagram, "ElastiCache Redis").id())).isEqualTo("data__data");
        assertThat(parsed.parentOf().get(node(diagram, "NAT gateway").id())).isEqualTo("network__public");
        assertThat(parsed.parentOf().get(node(diagram, "7 × VPC endpoint").id())).isEqualTo("network__private");
        // Subnets are grouped per subnet tier with their real CIDRs from the stack's VPC.
        assertThat(parsed.parentOf().get(node(diagram, "3 × subnet", "10.1.1.0/24 · 10.1.2.0/24 · 10.1.3.0/24").id()))
                .isEqualTo("network__public");
        assertThat(parsed.parentOf().get(node(diagram, "3 × subnet", "10.1.11.0/24 · 10.1.12.0/24 · 10.1.13.0/24").id()))
                .isEqualTo("network__private");
        assertThat(parsed.parentOf().get(node(diagram, "3 × subnet", "10.1.21.0/24 · 10.1.22.0/24 · 10.1.23.0/24").id()))
                .isEqualTo("network__data");
    }

    @Test
    void securityGroupRulesAreEdgesBetweenGroupsWithTheirPorts() {
        Diagram d = staging();
        Diagram.Node internet = node(d, "Internet");
        Diagram.Node alb = node(d, "security group", "alb-sg");
        Diagram.Node app = node(d, "security group", "app-sg");
        Diagram.Node db = node(d, "security group", "db-sg");
        Diagram.Node redis = node(d, "security group", "redis-sg");
        Diagram.Node endpoints = node(d, "security group", "vpce-sg");
        assertThat(edges(d, Diagram.Kind.RULE, internet, alb)).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("tcp 80 · tcp 443");
        assertThat(edges(d, Diagram.Kind.RULE, alb, app)).singleElement().extracting(Diagram.Edge::label).isEqualTo("tcp 8000");
        assertThat(edges(d, Diagram.Kind.RULE, app, db)).singleElement().extracting(Diagram.Edge::label).isEqualTo("tcp 5432");
        assertThat(edges(d, Diagram.Kind.RULE, app, redis)).singleElement().extracting(Diagram.Edge::label).isEqualTo("tcp 6379");
        assertThat(edges(d, Diagram.Kind.RULE, app, endpoints)).singleElement().extracting(Diagram.Edge::label).isEqualTo("tcp 443");
        assertThat(edges(d, Diagram.Kind.RULE, app, node(d, "VPC endpoint", "s3 gateway"))).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("tcp 443");
        assertThat(edges(d, Diagram.Kind.RULE, app, internet)).singleElement().extracting(Diagram.Edge::label).isEqualTo("tcp 443");
        // The data groups have no egress at all, and nothing but the app tier reaches them.
        assertThat(d.edges(Diagram.Kind.RULE)).noneMatch(e -> e.from().equals(db.id()) || e.from().equals(redis.id()))
                .filteredOn(e -> e.to().equals(db.id()) || e.to().equals(redis.id()))
                .allMatch(e -> e.from().equals(app.id()));
        assertThat(d.edges(Diagram.Kind.RULE)).hasSize(7);

        assertThat(edges(d, Diagram.Kind.MEMBER, node(d, "load balancer"), alb)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.MEMBER, node(d, "RDS instance"), db)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.MEMBER, node(d, "ElastiCache Redis"), redis)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.MEMBER, node(d, "ECS Fargate service", "api"), app)).hasSize(1);
    }

    @Test
    void requestAndDataFlowsFollowListenersRulesAndTaskDefinitions() {
        Diagram d = staging();
        Diagram.Node alb = node(d, "load balancer");
        Diagram.Node api = node(d, "ECS Fargate service", "api");
        Diagram.Node worker = node(d, "ECS Fargate service", "worker");
        Diagram.Node db = node(d, "RDS instance", "postgres 15 · db.t3.small · single-AZ");
        Diagram.Node redis = node(d, "ElastiCache Redis", "cache.t3.small");
        assertThat(edges(d, Diagram.Kind.FLOW, node(d, "Internet"), alb)).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("HTTP 80 redirect · HTTPS 443");
        assertThat(edges(d, Diagram.Kind.FLOW, alb, api)).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("HTTPS /* → 8000");
        // The worker has no listener rule: the ALB sends it nothing although the app group admits 8000.
        assertThat(edges(d, Diagram.Kind.FLOW, alb, worker)).isEmpty();
        for (Diagram.Node service : List.of(api, worker)) {
            assertThat(edges(d, Diagram.Kind.FLOW, service, db)).singleElement()
                    .extracting(Diagram.Edge::label).isEqualTo("tcp 5432");
            assertThat(edges(d, Diagram.Kind.FLOW, service, redis)).singleElement()
                    .extracting(Diagram.Edge::label).isEqualTo("tcp 6379");
            assertThat(edges(d, Diagram.Kind.FLOW, service, node(d, "S3 bucket", "documents-bucket"))).singleElement()
                    .extracting(Diagram.Edge::label).isEqualTo("S3 objects");
            assertThat(edges(d, Diagram.Kind.FLOW, service, node(d, "secret", "/staging/redis/auth-token"))).hasSize(1);
        }
        // Only the api's config injects JWT_SECRET (Pulumi.staging.yaml).
        Diagram.Node jwt = node(d, "secret", "/staging/app/jwt-secret");
        assertThat(edges(d, Diagram.Kind.FLOW, api, jwt)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.FLOW, worker, jwt)).isEmpty();
        assertThat(edges(d, Diagram.Kind.FLOW, api, node(d, "ECR repository", "ecr-api"))).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("image pull");
        assertThat(edges(d, Diagram.Kind.FLOW, alb, node(d, "S3 bucket", "access-logs-bucket"))).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("access logs");
        int alarms = StackFixture.plan("staging").ofType("aws:cloudwatch/metricAlarm:MetricAlarm").size();
        // The severity topics, their policies and subscriptions are one unit: the AlertRoutes component.
        assertThat(edges(d, Diagram.Kind.FLOW, node(d, alarms + " × CloudWatch alarm"), node(d, "alert routes", "alert-routes")))
                .singleElement().extracting(Diagram.Edge::label).isEqualTo("notifies");

        // Edge tier: names → ALB and CloudFront; viewers → CloudFront → its bucket through OAC; CLOUDFRONT WAF.
        Diagram.Node cdn = node(d, "CloudFront distribution", "app.staging.example.com");
        assertThat(edges(d, Diagram.Kind.FLOW, node(d, "Route 53 record", "api.staging.example.com A"), alb)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.FLOW, node(d, "Route 53 record", "app.staging.example.com AAAA"), cdn)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.FLOW, node(d, "Internet"), cdn)).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("HTTPS");
        assertThat(edges(d, Diagram.Kind.FLOW, cdn, node(d, "S3 bucket", "web-site-bucket"))).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("origin (OAC)");
        assertThat(edges(d, Diagram.Kind.FLOW, cdn, node(d, "S3 bucket", "access-logs-bucket"))).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("logs");
        assertThat(edges(d, Diagram.Kind.PROTECTS, node(d, "WAF web ACL", "CLOUDFRONT"), cdn)).hasSize(1);
        assertThat(edges(d, Diagram.Kind.PROTECTS, node(d, "WAF web ACL", "REGIONAL"), alb)).hasSize(1);

        String mermaid = stagingMermaid();
        assertThat(mermaid).contains("  compute_alb ==>|\"HTTPS /* → 8000\"| compute_api\n",
                "  security_alb_sg -->|\"tcp 8000\"| security_app_sg\n",
                "  compute_api ==>|\"tcp 5432\"| data_db\n",
                "  security_app_sg -->|\"tcp 5432\"| security_db_sg\n",
                "  compute_api ==>|\"tcp 6379\"| data_redis\n",
                "  security_app_sg -->|\"tcp 6379\"| security_redis_sg\n");
    }

    @Test
    void natStrategyShowsInTheRoutes() {
        Diagram staging = staging();
        Diagram.Node nat = node(staging, "NAT gateway");
        assertThat(edges(staging, Diagram.Kind.FLOW, node(staging, "3 × subnet", "10.1.11.0/24"), nat)).singleElement()
                .extracting(Diagram.Edge::label).isEqualTo("0.0.0.0/0");
        assertThat(edges(staging, Diagram.Kind.FLOW, nat, node(staging, "internet gateway"))).hasSize(1);
        assertThat(staging.edges(Diagram.Kind.FLOW)).noneMatch(e -> e.from().equals(
                node(staging, "3 × subnet", "10.1.21.0/24").id()));

        Diagram production = ArchitectureDiagram.of(StackFixture.plan("production"));
        List<Diagram.Node> nats = production.allNodes().stream().filter(n -> n.label().startsWith("NAT gateway")).toList();
        assertThat(nats).hasSize(3);
        for (int az = 1; az <= 3; az++) {
            Diagram.Node subnet = node(production, "subnet", "private-" + az, "10.2.1" + az + ".0/24");
            assertThat(edges(production, Diagram.Kind.FLOW, subnet, node(production, "NAT gateway", "nat-" + az))).hasSize(1);
        }
        assertThat(node(production, "RDS instance").label()).contains("db.t3.medium · Multi-AZ");
        assertThat(node(production, "ElastiCache Redis").label()).contains("cache.t3.medium × 2");
    }

    @Test
    void lowLevelResourcesAreGroupedAndEveryResourceIsCounted() {
        PlanResult plan = StackFixture.plan("staging");
        Diagram d = staging();
        assertThat(node(d, plan.ofType("aws:ec2/networkAclRule:NetworkAclRule").size() + " × network ACL rule").style())
                .isEqualTo(Diagram.Style.GROUPED);
        int alarms = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").size();
        assertThat(node(d, alarms + " × CloudWatch alarm").resources()).isEqualTo(alarms);
        assertThat(d.allNodes()).filteredOn(n -> n.label().contains("route table association")).hasSize(3)
                .allSatisfy(n -> assertThat(n.label()).contains("3 × route table association"));

        Predicate<RecordedResource> drawn = r -> r.custom() && !r.type().startsWith("pulumi:");
        long resources = plan.resources().stream().filter(drawn).count();
        long drawnAsEdges = plan.resources().stream().filter(drawn).filter(r -> EDGE_TYPES.contains(r.type())).count();
        assertThat(d.allNodes().stream().mapToInt(Diagram.Node::resources).sum())
                .as("every resource is in exactly one node, or is a drawn rule/association")
                .isEqualTo((int) (resources - drawnAsEdges));
        int inTierLabels = d.groups().stream().mapToInt(g -> Integer.parseInt(g.label().replaceAll(".* · (\\d+) resources", "$1")))
                .sum();
        assertThat(inTierLabels).isEqualTo((int) resources);
        // Readable: far fewer boxes than resources.
        assertThat(d.allNodes().size()).isLessThan((int) resources / 4);
    }

    @Test
    void theMermaidParsesStructurallyAndIsDeterministic() {
        String first = stagingMermaid();
        MermaidSyntax.Parsed parsed = MermaidSyntax.parse(first);
        Diagram d = staging();
        assertThat(parsed.nodes().keySet()).containsExactlyInAnyOrderElementsOf(
                d.allNodes().stream().map(Diagram.Node::id).collect(Collectors.toSet()));
        assertThat(parsed.edges()).hasSize(d.edges().size());
        assertThat(parsed.subgraphs()).hasSize(d.allGroups().size());
        assertThat(first).startsWith("flowchart LR\n  %% Architecture of platform/staging");
        assertThat(stagingMermaid()).isEqualTo(first);
        assertThat(MermaidSyntax.parse(DiagramFiles.mermaid(StackFixture.plan("production"))).nodes())
                .containsKey("accountbaseline_other");
    }

    @Test
    void theSyntaxReaderRejectsWhatGithubWouldNotRender() {
        assertThat(MermaidSyntax.parse("flowchart LR\n  a_b[\"x\"]\n").nodes()).containsKey("a_b");
        Map<String, String> broken = Map.of(
                "flowchart LR\n  subgraph g[\"x\"]\n  a[\"y\"]\n", "never closed",
                "flowchart LR\n  a[\"y\"]\n  end\n", "without an open subgraph",
                "flowchart LR\n  end[\"y\"]\n", "invalid id 'end'",
                "flowchart LR\n  A-b[\"y\"]\n", "invalid id 'A-b'",
                "flowchart LR\n  a[\"y\"]\n  a --> b\n", "undeclared node b",
                "flowchart LR\n  a[\"y\"]\n  a[\"z\"]\n", "declared twice",
                "flowchart LR\n  a[\"y\")\n", "closed with",
                "flowchart LR\n  a[\"say \"hi\"\"]\n", "not a statement",
                "graph TD\n", "line 1");
        broken.forEach((text, message) -> {
            try {
                MermaidSyntax.parse(text);
                throw new AssertionError("accepted: " + text);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).contains(message);
            }
        });
    }
}
