package io.platform.delivery;

import io.platform.plan.PlanCommand;
import io.platform.plan.diagram.DiagramFiles;
import io.platform.plan.diagram.Mermaid;
import io.platform.testing.StackFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staging diagram in {@code docs/architecture.md} (and {@code docs/architecture.mmd}) is the
 * one the offline plan generates now: a change to the program or to {@code Pulumi.staging.yaml}
 * that changes the architecture fails here until the documented command has been run.
 */
class ArchitectureDocTest {
    static final String REGENERATE = "mvn -q compile exec:java -Dexec.args=\"plan --stack staging "
            + "--diagram docs/architecture.mmd --diagram docs/architecture.md\"";
    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path SOURCE = Path.of("docs", "architecture.mmd");

    private static String fresh() {
        return DiagramFiles.mermaid(StackFixture.plan("staging"));
    }

    @Test
    void theEmbeddedDiagramIsTheGeneratedOne() throws Exception {
        String doc = Files.readString(DOC);
        String embedded = DiagramFiles.embedded(doc, "staging");
        assertThat(embedded).as("docs/architecture.md has a ```mermaid block between the staging markers").isNotNull();
        assertThat(embedded).as("the diagram in docs/architecture.md is stale; regenerate it with: " + REGENERATE)
                .isEqualTo(fresh());
        assertThat(Files.readString(SOURCE)).as("docs/architecture.mmd is stale; regenerate it with: " + REGENERATE)
                .isEqualTo(fresh());
        // The document tells readers the same command this test does.
        assertThat(doc).contains(REGENERATE);
        assertThat(Files.readString(Path.of("README.md"))).contains("--diagram PATH");
    }

    @Test
    void theDocumentedCommandWritesBothFiles(@TempDir Path dir) throws Exception {
        Path mmd = dir.resolve("architecture.mmd");
        Path md = dir.resolve("architecture.md");
        // A document whose diagram is out of date: the command replaces the block and nothing else.
        String doc = Files.readString(DOC);
        String stale = DiagramFiles.splice(doc, "staging", "flowchart LR\n  old[\"stale\"]\n", "test");
        Files.writeString(md, stale);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "--stack", "staging", "--diagram", mmd.toString(), "--diagram", md.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        var diagram = io.platform.plan.diagram.ArchitectureDiagram.of(StackFixture.plan("staging"));
        String size = "(architecture diagram: " + diagram.allNodes().size() + " nodes, " + diagram.edges().size() + " edges)";
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + mmd + " " + size, "Wrote " + md + " " + size);
        assertThat(Files.readString(mmd)).isEqualTo(fresh()).startsWith("flowchart LR\n");
        assertThat(Files.readString(md)).isEqualTo(DiagramFiles.splice(doc, "staging", fresh(), "test"));
        assertThat(Mermaid.render(diagram, "")).isNotEmpty();
    }

    @Test
    void aDocumentWithoutMarkersIsAUsageError(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# Notes\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--stack", "staging", "--diagram", md.toString());
        assertThat(code).isEqualTo(PlanCommand.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("error: cannot splice the diagram into " + md
                + ": it needs the lines '<!-- BEGIN generated diagram: staging -->' and, after it, "
                + "'<!-- END generated diagram: staging -->'");
        assertThat(Files.readString(md)).isEqualTo("# Notes\n");
    }
}
