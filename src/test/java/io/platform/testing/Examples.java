package io.platform.testing;

import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example stacks under {@code examples/}, one per seed system (issue 17): each is planned once per
 * test JVM from its stack file exactly as {@code plan --config-file} reads it, and checked against the
 * policy config the plan command would pick (the stack's own, else its environment's).
 */
public final class Examples {
    /** A seed system's example: its directory, stack file and the seed it follows. */
    public record Example(String seed, String system, String dir, String stack) {
        public Path stackFile() {
            return Path.of("examples", dir, "Pulumi." + stack + ".yaml");
        }

        public Path readme() {
            return Path.of("examples", dir, "README.md");
        }

        @Override
        public String toString() {
            return seed + " " + system;
        }
    }

    public static final List<Example> ALL = List.of(
            new Example("000", "Tax Practice AI", "tax-practice-ai", "production"),
            new Example("001", "DevSecOps cloud platform", "devsecops-platform", "production"),
            new Example("002", "CredentialMate", "credentialmate", "production"),
            new Example("003", "BerthCare", "berthcare", "staging"),
            new Example("004", "TechCorp", "techcorp", "production"));

    /** The statuses a seed row may have in an example's mapping table. */
    public static final List<String> STATUSES = List.of("specified", "approximated", "unsupported", "n/a");

    private static final Map<String, PlanResult> PLANS = new ConcurrentHashMap<>();

    private Examples() {
    }

    public static Example byDir(String dir) {
        return ALL.stream().filter(e -> e.dir().equals(dir)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example " + dir));
    }

    public static RawConfig raw(Example example) {
        return RawConfig.fromStackFile(example.stackFile(), "platform", example.stack());
    }

    public static PlanResult plan(Example example) {
        return PLANS.computeIfAbsent(example.dir(), d -> StackFixture.plan(raw(example)));
    }

    public static Template template(Example example) {
        PlanResult plan = plan(example);
        return Template.of(plan.resources(), plan.config().naming().name(""));
    }

    public static PolicyReport policy(Example example) {
        PlanResult plan = plan(example);
        Path own = Path.of("policy", "config", example.stack() + ".json");
        Path env = Path.of("policy", "config", plan.config().environment().configName() + ".json");
        return PolicyCheck.run(plan, raw(example), PackConfig.load(Files.isRegularFile(own) ? own : env));
    }

    /**
     * The rows of the example README's seed mapping, the Markdown table between the
     * {@code BEGIN seed mapping} and {@code END seed mapping} markers: each row's cells.
     */
    public static List<List<String>> mappingRows(Example example) {
        List<List<String>> rows = new ArrayList<>();
        boolean inside = false;
        for (String line : lines(example.readme())) {
            if (line.contains("BEGIN seed mapping")) {
                inside = true;
            } else if (line.contains("END seed mapping")) {
                inside = false;
            } else if (inside && line.startsWith("|") && !line.matches("\\|[-| :]+\\|")) {
                rows.add(cells(line));
            }
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    /** Seed rows per status (the {@code status} column; {@code rows} says how many seed rows one line covers). */
    public static Map<String, Integer> statusCounts(Example example) {
        Map<String, Integer> counts = new TreeMap<>();
        STATUSES.forEach(s -> counts.put(s, 0));
        for (List<String> row : mappingRows(example)) {
            counts.merge(status(row), Integer.parseInt(row.get(1)), Integer::sum);
        }
        return counts;
    }

    /** The status word of a mapping row ({@code unsupported (issue 16)} counts as unsupported). */
    public static String status(List<String> row) {
        return row.get(4).split(" ")[0];
    }

    /** A config value as Pulumi passes it: JSON for objects and lists, else a plain string. */
    public static com.fasterxml.jackson.databind.JsonNode json(String value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(value);
        } catch (IOException e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
        }
    }

    static List<String> cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
