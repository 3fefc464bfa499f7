package io.platform.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.StackPolicy;
import io.platform.testing.StackFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation stays true to the code: links resolve, ADRs and runbooks have the seed 001
 * §12 structure, and every config key, plan option, secret id and AWS name the docs tell an
 * operator to type is one this program really reads or creates.
 */
class DocsTest {
    private static final Path DOCS = Path.of("docs");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CONFIG_KEY = Pattern.compile("(?<![\\w.])platform:([a-zA-Z]+(?:\\.[a-zA-Z]+)*)(?![:\\w])");
    private static final Pattern NAME = Pattern.compile("platform-(staging|production)-[a-z0-9-]*[a-z0-9]");
    private static final Pattern SECRET_ID = Pattern.compile("--secret-id /(staging|production)/([a-z0-9/-]+)");
    private static final List<String> ADR_SECTIONS = List.of("Status", "Context", "Decision", "Consequences",
            "Alternatives Considered");
    private static final List<String> RUNBOOK_SECTIONS = List.of("Purpose", "Prerequisites", "Procedure",
            "Verification", "Rollback", "Escalation");

    private static Map<Path, String> docs;

    @BeforeAll
    static void load() throws IOException {
        docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.put(f, Files.readString(f));
            }
        }
    }

    @Test
    void theReadmeLinksTheDocs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("## Docs");
        String section = readme.substring(readme.indexOf("## Docs"), readme.indexOf("\n## ", readme.indexOf("## Docs") + 1));
        assertThat(section).contains("(docs/architecture.md)", "(docs/ci-cd.md)", "(docs/runbooks/deploy.md)",
                "(docs/runbooks/rollback.md)", "(docs/runbooks/disaster-recovery.md)",
                "(docs/runbooks/secret-rotation.md)");
    }

    @Test
    void theReadmeCountsThePacksRulesAsThePackDoes() throws IOException {
        var policies = PlatformPolicyPack.create().policies();
        long stack = policies.stream().filter(p -> p instanceof StackPolicy).count();
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        assertThat(readme).contains(policies.size() + " rules: " + (policies.size() - stack) + " resource and " + stack
                + " stack rules");
    }

    @Test
    void everyLinkInsideTheRepositoryResolves() throws IOException {
        Map<Path, String> all = new LinkedHashMap<>(docs);
        all.put(Path.of("README.md"), Files.readString(Path.of("README.md")));
        Path root = Path.of("").toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        all.forEach((file, text) -> {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                String[] parts = target.split("#", 2);
                Path resolved = parts[0].isEmpty() ? file : file.toAbsolutePath().getParent().resolve(parts[0]).normalize();
                if (!resolved.toAbsolutePath().startsWith(root)) {
                    continue; // ../shared/SPEC.md lives beside the repository
                }
                if (!Files.exists(resolved)) {
                    broken.add(file + ": " + target);
                } else if (parts.length == 2 && resolved.toString().endsWith(".md")
                        && !anchors(read(resolved)).contains(parts[1])) {
                    broken.add(file + ": " + target + " (no such heading)");
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void adrsFollowTheSeedFormatAndCoverTheRequiredDecisions() {
        Map<Path, String> adrs = new LinkedHashMap<>();
        docs.forEach((p, t) -> {
            if (p.startsWith(DOCS.resolve("adr"))) {
                adrs.put(p, t);
            }
        });
        assertThat(adrs).hasSizeGreaterThanOrEqualTo(6);
        List<String> titles = new ArrayList<>();
        adrs.forEach((file, text) -> {
            String number = file.getFileName().toString().substring(0, 4);
            assertThat(file.getFileName().toString()).matches("\\d{4}-[a-z0-9-]+\\.md");
            String first = text.lines().findFirst().orElse("");
            assertThat(first).as(file.toString()).startsWith("# ADR-" + number.substring(1) + ": ");
            titles.add(first);
            assertThat(headings(text, "## ")).as(file + " sections").containsExactlyElementsOf(ADR_SECTIONS);
            String status = text.substring(text.indexOf("## Status") + "## Status".length()).strip().lines().findFirst()
                    .orElse("");
            assertThat(status).as(file + " status").matches("(Proposed|Accepted|Deprecated|Superseded)\\b.*");
        });
        assertThat(String.join("\n", titles)).contains("`com.pulumi:aws`", "Aurora", "NAT strategy",
                "policy pack", "offline plan", "infrastructure roles");
    }

    @Test
    void runbooksHaveTheSeedSections() {
        List<Path> runbooks = docs.keySet().stream().filter(p -> p.startsWith(DOCS.resolve("runbooks"))).toList();
        assertThat(runbooks).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("deploy.md", "rollback.md", "disaster-recovery.md", "secret-rotation.md");
        runbooks.forEach(p -> assertThat(headings(docs.get(p), "## ")).as(p.toString())
                .containsExactlyElementsOf(RUNBOOK_SECTIONS));
    }

    @Test
    void everyConfigKeyTheDocsNameIsOneTheProgramReads() {
        Set<String> keys = new TreeSet<>();
        docs.values().forEach(text -> {
            Matcher m = CONFIG_KEY.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        });
        assertThat(keys).contains("redisAuthToken", "operations.drRegion", "network.natStrategy",
                "data.database.engine", "security.github.existingOidcProviderArn");
        RawConfig staging = StackFixture.stackFile("staging");
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            try {
                StackConfigLoader.load(withKey(staging, key));
            } catch (ConfigException e) {
                if (e.getMessage().startsWith("platform:" + key + ": is not a known setting")) {
                    unknown.add(key);
                }
            }
        }
        assertThat(unknown).as("config keys in docs/ that the program does not know").isEmpty();
    }

    @Test
    void planOptionsInTheDocsExist() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/platform/plan/PlanCommand.java"));
        Pattern planArgs = Pattern.compile("-Dexec\\.args=\"plan ([^\"]*)\"|`plan ([^`]*)`");
        Set<String> options = new TreeSet<>();
        docs.values().forEach(text -> {
            Matcher m = planArgs.matcher(text);
            while (m.find()) {
                String args = m.group(1) != null ? m.group(1) : m.group(2);
                Matcher o = Pattern.compile("--[a-z-]+").matcher(args);
                while (o.find()) {
                    options.add(o.group());
                }
            }
        });
        assertThat(options).contains("--stack", "--json", "--diagram");
        options.forEach(o -> assertThat(source).as("PlanCommand declares " + o).contains("names = \"" + o + "\""));
    }

    @Test
    void secretIdsInTheDocsAreSecretsTheStacksCreate() {
        StackConfig config = StackConfigLoader.load(StackFixture.stackFile("staging"));
        Set<String> names = new HashSet<>(config.data().appSecrets());
        names.add("redis/auth-token");
        List<String> seen = new ArrayList<>();
        docs.values().forEach(text -> {
            Matcher m = SECRET_ID.matcher(text);
            while (m.find()) {
                seen.add(m.group(2));
            }
        });
        assertThat(seen).isNotEmpty();
        assertThat(names).containsAll(seen);
    }

    @Test
    void awsNamesInTheDocsAreNamesTheStacksUse() {
        Set<String> known = new HashSet<>();
        List<PlanResult> plans = List.of(StackFixture.plan("staging"), StackFixture.plan("production"),
                StackFixture.plan(StackFixture.withOverrides(StackFixture.stackFile("production"),
                        Map.of("platform:operations", "{\"drRegion\":\"us-west-2\"}"))));
        for (PlanResult plan : plans) {
            for (RecordedResource r : plan.resources()) {
                known.add(r.name());
                collectStrings(r.inputValues(), known);
            }
        }
        List<String> unknown = new ArrayList<>();
        docs.forEach((file, text) -> {
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                String name = m.group();
                // Restores create new instances next to the stack's: <identifier>-restore, <identifier>-old.
                String base = name.replaceAll("-(restore(-\\d+)?|old)$", "");
                if (!known.contains(name) && !known.contains(base)) {
                    unknown.add(file + ": " + name);
                }
            }
        });
        assertThat(unknown).as("names in docs/ that no stack creates").isEmpty();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> headings(String text, String level) {
        return text.lines().filter(l -> l.startsWith(level)).map(l -> l.substring(level.length()).strip()).toList();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    private static Set<String> anchors(String text) {
        Set<String> anchors = new HashSet<>();
        text.lines().filter(l -> l.startsWith("#")).forEach(l -> anchors.add(l.replaceFirst("^#+\\s*", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-')));
        return anchors;
    }

    /** The stack config with {@code platform:<key>} (a dotted path) present, given a value when it has none. */
    private static RawConfig withKey(RawConfig base, String dotted) {
        ObjectMapper json = new ObjectMapper();
        String[] path = dotted.split("\\.");
        String top = "platform:" + path[0];
        Map<String, String> values = new HashMap<>(base.values());
        if (path.length == 1) {
            values.putIfAbsent(top, "x");
        } else {
            try {
                ObjectNode node = values.containsKey(top) && values.get(top).startsWith("{")
                        ? (ObjectNode) json.readTree(values.get(top)) : json.createObjectNode();
                ObjectNode current = node;
                for (int i = 1; i < path.length - 1; i++) {
                    current = current.has(path[i]) && current.get(path[i]).isObject()
                            ? (ObjectNode) current.get(path[i]) : current.putObject(path[i]);
                }
                if (!current.has(path[path.length - 1])) {
                    current.put(path[path.length - 1], "x");
                }
                values.put(top, json.writeValueAsString(node));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new RawConfig(base.project(), base.stack(), values, base.secretKeys());
    }

    private static void collectStrings(Object value, Set<String> into) {
        if (value instanceof String s) {
            into.add(s);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectStrings(v, into));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectStrings(v, into));
        }
    }
}
