package io.platform.examples;

import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.diagram.DiagramFiles;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Violation;
import io.platform.testing.Examples;
import io.platform.testing.Examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: every example stack plans from its own file with no mandatory policy finding, holds no
 * plain-text secret, maps every seed row with a status, and the README's examples table is what the
 * plans and the mappings say.
 */
class ExamplesTest {
    static final List<Example> EXAMPLES = Examples.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void plansWithNoMandatoryFindingAndOnlyTheJustifiedExemption(Example example) {
        PolicyReport report = Examples.policy(example);
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.MANDATORY)
                .extracting(v -> v.policyId() + " " + v.resourceName() + ": " + v.message()).isEmpty();
        assertThat(report.unmatchedExemptions()).isEmpty();
        // The pack config's one exemption (ALB access logs cannot use SSE-KMS), named in every example's README.
        assertThat(report.exempted()).extracting(Violation::policyId).containsOnly("s3-sse-kms");
        assertThat(report.exempted()).extracting(Violation::resourceName).allMatch(n -> n.endsWith("access-logs-encryption"));
        String readme = String.join("\n", Examples.lines(example.readme()));
        assertThat(readme).contains("s3-sse-kms");
        // Every advisory finding is named in the README, so a new kind of finding cannot pass unexplained.
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.ADVISORY)
                .extracting(Violation::policyId).allSatisfy(id -> assertThat(readme).contains("`" + id + "`"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void holdsNoPlainTextSecret(Example example) {
        RawConfig raw = Examples.raw(example);
        for (String secret : List.of("platform:redisAuthToken", "platform:alertHttpsEndpoint")) {
            if (raw.values().containsKey(secret)) {
                assertThat(raw.isSecret(secret)).as(secret).isTrue();
            }
        }
        // No secret-looking field carries a value anywhere in the config (a service's `secrets` map names
        // Secrets Manager entries, never values, so it is skipped).
        List<String> plain = new ArrayList<>();
        raw.values().forEach((key, value) -> {
            if (!raw.isSecret(key)) {
                secretLookingFields(key, Examples.json(value), plain);
            }
        });
        assertThat(plain).isEmpty();
        assertThat(raw.values().keySet()).filteredOn(k -> k.startsWith("aws:") && !k.equals("aws:region")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void mapsEverySeedRowWithAStatusAndAReason(Example example) {
        List<List<String>> rows = Examples.mappingRows(example);
        assertThat(rows).as("seed mapping of " + example.readme()).hasSizeGreaterThan(20);
        for (List<String> row : rows) {
            String where = example.dir() + ": " + row;
            assertThat(row).as(where).hasSize(6);
            assertThat(Integer.parseInt(row.get(1))).as(where).isPositive();
            assertThat(Examples.STATUSES).as(where).contains(Examples.status(row));
            assertThat(row.get(2)).as(where).isNotBlank();
            if (!Examples.status(row).equals("specified")) {
                assertThat(row.get(5)).as(where + ": say how or why").isNotBlank();
            }
            if (List.of("specified", "approximated").contains(Examples.status(row))) {
                // a config key, or what the program always does ("always …") or a row it repeats ("as row …")
                assertThat(row.get(3)).as(where + ": name the key").isNotBlank().isNotEqualTo("—");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void readmeDiagramIsTheGeneratedOne(Example example) throws Exception {
        String readme = Files.readString(example.readme());
        String command = "plan --config-file " + example.stackFile() + " --diagram " + example.readme();
        assertThat(readme).contains(command);
        assertThat(DiagramFiles.embedded(readme, example.stack()))
                .as(example.readme() + " has a stale diagram; regenerate it with: " + command)
                .isEqualTo(DiagramFiles.mermaid(Examples.plan(example)));
    }

    private static void secretLookingFields(String path, com.fasterxml.jackson.databind.JsonNode node, List<String> found) {
        if (path.matches("(?i).*(password|token|secretkey|accesskey|apikey)") && node.isValueNode()) {
            found.add(path);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("secrets")) {
                    secretLookingFields(path + "." + f.getKey(), f.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> secretLookingFields(path + "[]", n, found));
        }
    }

    @Test
    void readmeTableFiguresComeFromThePlansAndTheMappings() throws Exception {
        List<String> expected = new ArrayList<>();
        expected.add("| seed | system | example | resources planned | specified | approximated | unsupported | n/a |");
        expected.add("|---|---|---|---|---|---|---|---|");
        for (Example example : EXAMPLES) {
            PlanResult plan = Examples.plan(example);
            Map<String, Integer> counts = Examples.statusCounts(example);
            expected.add("| " + example.seed() + " | " + example.system() + " | [`" + example.stackFile() + "`]("
                    + example.stackFile() + ") | " + plan.declared().size() + " | " + counts.get("specified") + " | "
                    + counts.get("approximated") + " | " + counts.get("unsupported") + " | " + counts.get("n/a") + " |");
        }
        List<String> actual = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.contains("END examples table")) {
                inside = false;
            }
            if (inside) {
                actual.add(line);
            }
            if (line.contains("BEGIN examples table")) {
                inside = true;
            }
        }
        assertThat(String.join("\n", actual)).as("README.md between the examples-table markers")
                .isEqualTo(String.join("\n", expected));
    }
}
