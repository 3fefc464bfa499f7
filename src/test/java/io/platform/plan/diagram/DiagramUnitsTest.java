package io.platform.plan.diagram;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.platform.plan.PlanException;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The diagram's parts on small hand-made inputs: rule variants, id fallback, escaping, Markdown splicing. */
class DiagramUnitsTest {
    private static final String STACK = "urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev";

    private static String urn(String type, String name) {
        return "urn:pulumi:dev::demo::" + type + "::" + name;
    }

    private static RecordedResource component(String type, String name) {
        return new RecordedResource(urn(type, name), null, type, name, STACK, false, false, List.of(), Map.of(),
                Struct.getDefaultInstance());
    }

    private static RecordedResource resource(String parent, String type, String name, String id,
                                             Map<String, List<String>> propertyDependencies, Map<String, Object> inputs) {
        return new RecordedResource(urn(type, name), id, type, name, parent, true, false, List.of(),
                propertyDependencies, struct(inputs));
    }

    private static Struct struct(Map<String, Object> values) {
        Struct.Builder b = Struct.newBuilder();
        values.forEach((k, v) -> b.putFields(k, value(v)));
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static Value value(Object v) {
        if (v instanceof String s) {
            return Value.newBuilder().setStringValue(s).build();
        }
        if (v instanceof Number n) {
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (v instanceof Boolean b) {
            return Value.newBuilder().setBoolValue(b).build();
        }
        if (v instanceof List<?> list) {
            ListValue.Builder lb = ListValue.newBuilder();
            list.forEach(x -> lb.addValues(value(x)));
            return Value.newBuilder().setListValue(lb).build();
        }
        return Value.newBuilder().setStructValue(struct((Map<String, Object>) v)).build();
    }

    @Test
    void classicRulesAndValueMatchedReferencesWorkWithoutPropertyDependencies() {
        RecordedResource tier = component("demo:app:App", "demo-dev-app");
        List<RecordedResource> resources = new ArrayList<>(List.of(
                new RecordedResource(STACK, null, "pulumi:pulumi:Stack", "demo-dev", null, false, false, List.of(),
                        Map.of(), Struct.getDefaultInstance()),
                tier,
                resource(tier.urn(), "aws:ec2/securityGroup:SecurityGroup", "demo-dev-web-sg", "sg-web", Map.of(), Map.of()),
                resource(tier.urn(), "aws:ec2/securityGroup:SecurityGroup", "demo-dev-db-sg", "sg-db", Map.of(), Map.of()),
                // aws:ec2/securityGroupRule with ids only (no property dependencies recorded)
                resource(tier.urn(), "aws:ec2/securityGroupRule:SecurityGroupRule", "demo-dev-db-from-web", "sgr-1",
                        Map.of(), Map.of("type", "ingress", "securityGroupId", "sg-db", "sourceSecurityGroupId", "sg-web",
                                "protocol", "tcp", "fromPort", 5432, "toPort", 5432)),
                resource(tier.urn(), "aws:ec2/securityGroupRule:SecurityGroupRule", "demo-dev-web-from-office", "sgr-2",
                        Map.of(), Map.of("type", "ingress", "securityGroupId", "sg-web",
                                "cidrBlocks", List.of("203.0.113.0/24", "0.0.0.0/0"),
                                "protocol", "tcp", "fromPort", 8000, "toPort", 8100)),
                resource(tier.urn(), "aws:ec2/securityGroupRule:SecurityGroupRule", "demo-dev-web-all-out", "sgr-3",
                        Map.of(), Map.of("type", "egress", "securityGroupId", "sg-web", "cidrBlocks", List.of("0.0.0.0/0"),
                                "protocol", "-1", "fromPort", 0, "toPort", 0)),
                resource(tier.urn(), "aws:ec2/instance:Instance", "demo-dev-web", "i-1", Map.of(),
                        Map.of("vpcSecurityGroupIds", List.of("sg-web"))),
                resource(tier.urn(), "aws:rds/instance:Instance", "demo-dev-db", "db-1",
                        Map.of("vpcSecurityGroupIds", List.of(urn("aws:ec2/securityGroup:SecurityGroup", "demo-dev-db-sg"))),
                        Map.of("engine", "postgres", "engineVersion", "16", "instanceClass", "db.t4g.micro", "multiAz", false))));
        Diagram d = ArchitectureDiagram.of("demo/dev", resources, "demo-dev-");
        String mermaid = Mermaid.render(d, "");
        MermaidSyntax.parse(mermaid);
        assertThat(mermaid).contains("subgraph app[\"App · 7 resources\"]",
                "app_web_sg -->|\"tcp 5432\"| app_db_sg",
                "ext_203_0_113_0_24 -->|\"tcp 8000-8100\"| app_web_sg",
                "internet -->|\"tcp 8000-8100\"| app_web_sg",
                "app_web_sg -->|\"all traffic\"| internet",
                "app_db[(\"RDS instance<br/>db<br/>postgres 16 · db.t4g.micro · single-AZ\")]",
                // the RDS instance through its property dependency, the EC2 instance through the id it names
                "app_db -.- app_db_sg",
                "app_web -.- app_web_sg",
                // what the rule between the groups means for their members
                "app_web ==>|\"tcp 5432\"| app_db");
        // Rules to CIDRs and the internet are shown between groups only, not as flows.
        assertThat(d.edges(Diagram.Kind.FLOW)).hasSize(1);
    }

    @Test
    void labelsAreEscapedAndLinesBecomeBreaks() {
        assertThat(Mermaid.escape("a \"quoted\" name\nsecond")).isEqualTo("a #quot;quoted#quot; name<br/>second");
        assertThat(Mermaid.node(new Diagram.Node("x_y", "S3 bucket\ndocs", Diagram.Shape.DATABASE,
                Diagram.Style.DATA_STORE, 1))).isEqualTo("x_y[(\"S3 bucket<br/>docs\")]");
        assertThat(Mermaid.edge(new Diagram.Edge("a", "b", Diagram.Kind.MEMBER, ""))).isEqualTo("a -.- b");
        assertThat(Mermaid.edge(new Diagram.Edge("a", "b", Diagram.Kind.PROTECTS, "protects")))
                .isEqualTo("a -.->|\"protects\"| b");
        assertThat(ArchitectureDiagram.sanitize("Alb-Cert--Validation.")).isEqualTo("alb_cert_validation");
        assertThat(ArchitectureDiagram.sanitize("1st")).isEqualTo("n_1st");
        assertThat(List.of("tcp 8000", "tcp 443", "tcp 80").stream().sorted(ArchitectureDiagram.NATURAL).toList())
                .containsExactly("tcp 80", "tcp 443", "tcp 8000");
    }

    @Test
    void markdownSplicingReplacesOnlyTheStacksBlock(@TempDir Path dir) throws Exception {
        String doc = "# Title\n\nintro\n\n" + DiagramFiles.beginMarker("staging") + "\nold\n"
                + DiagramFiles.endMarker("staging") + "\n\nafter\n";
        Path md = dir.resolve("arch.md");
        Files.writeString(md, doc);
        DiagramFiles.write(md, "staging", "flowchart LR\n  a[\"x\"]\n");
        String spliced = Files.readString(md);
        assertThat(spliced).isEqualTo("# Title\n\nintro\n\n<!-- BEGIN generated diagram: staging -->\n```mermaid\n"
                + "flowchart LR\n  a[\"x\"]\n```\n<!-- END generated diagram: staging -->\n\nafter\n");
        assertThat(DiagramFiles.embedded(spliced, "staging")).isEqualTo("flowchart LR\n  a[\"x\"]\n");
        assertThat(DiagramFiles.embedded(spliced, "production")).isNull();
        // Splicing is idempotent.
        DiagramFiles.write(md, "staging", "flowchart LR\n  a[\"x\"]\n");
        assertThat(Files.readString(md)).isEqualTo(spliced);

        assertThatThrownBy(() -> DiagramFiles.write(md, "production", "flowchart LR\n"))
                .isInstanceOf(PlanException.class)
                .hasMessage("cannot splice the diagram into " + md + ": it needs the lines "
                        + "'<!-- BEGIN generated diagram: production -->' and, after it, "
                        + "'<!-- END generated diagram: production -->'");
        assertThatThrownBy(() -> DiagramFiles.write(dir.resolve("missing.md"), "staging", "flowchart LR\n"))
                .isInstanceOf(PlanException.class).hasMessageContaining("no such file");

        Path mmd = dir.resolve("sub/dir/arch.mmd");
        DiagramFiles.write(mmd, "staging", "flowchart LR\n");
        assertThat(Files.readString(mmd)).isEqualTo("flowchart LR\n");
    }
}
