package io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.StackFileMutations.Case;
import io.platform.StackFileMutations.Kind;
import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.PlanCommand;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of single mutations of the committed stack files, each through the plan command
 * ({@code plan --check --config-file}) as a user runs it: the file either loads — and then the
 * mutation changed the config, it was not silently ignored — or the command exits 2 with exactly
 * one line naming a key, never a stack trace. Each refused mutation is also fed through the CLI
 * path with its section marked secret and a canary secret beside it: no output may quote either.
 */
class StackFileMutationTest {
    /** Every mutation, enumerated once: the property runs each exactly once (exhaustive generation). */
    static final List<Case> CASES = StackFileMutations.all();
    private static final String CANARY = "Canary-7f3a9c-Zq1!Redis-Token";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code error: invalid stack config: <key>: <problem>}, the key a config key, a stack-file key or file:line:col. */
    private static final Pattern ONE_LINE = Pattern.compile(
            "error: invalid stack config: ([A-Za-z][\\w-]*:[^\\s:]+|[A-Za-z]+|Pulumi\\.[\\w-]+\\.yaml(:\\d+:\\d+)?): \\S.*");
    private static final Map<String, String> ORIGINAL = new ConcurrentHashMap<>();
    private static Path dir;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("stack-mutations");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<Case> mutations() {
        return Arbitraries.of(CASES);
    }

    @Property(tries = 100_000, generation = GenerationMode.EXHAUSTIVE, shrinking = ShrinkingMode.OFF)
    void aMutatedStackFileLoadsOrFailsWithOneLineNamingAKey(@ForAll("mutations") Case mutation) throws IOException {
        Path file = dir.resolve("Pulumi." + mutation.stack() + ".yaml");
        Files.writeString(file, mutation.yaml());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--check", "--config-file", file.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        String stdout = out.toString(StandardCharsets.UTF_8);

        assertThat(code).as("%s\nstderr: %s", mutation, stderr).isIn(PlanCommand.OK, PlanCommand.INVALID);
        if (code == PlanCommand.OK) {
            assertThat(mutation.kind()).as("%s loaded, but it must be refused", mutation)
                    .isIn(Kind.DROP, Kind.VALUE, Kind.DUPLICATE_ENTRY);
            if (mutation.kind() != Kind.DROP) {
                assertThat(effective(file, mutation.stack())).as("%s loaded but changed nothing: ignored", mutation)
                        .isNotEqualTo(ORIGINAL.computeIfAbsent(mutation.source(),
                                s -> effective(Path.of(s), mutation.stack())));
            }
            return;
        }
        assertThat(stdout).as(mutation.toString()).isEmpty();
        assertThat(stderr.lines().toList()).as(mutation.toString()).hasSize(1);
        assertThat(stderr.strip()).as(mutation.toString()).matches(ONE_LINE);
        if (mutation.kind() == Kind.DUPLICATE_KEY) {
            assertThat(stderr).as(mutation.toString()).contains("is given twice in");
        }
        if (mutation.kind() == Kind.SYNTAX) {
            assertThat(stderr).as(mutation.toString()).contains("is not valid YAML");
        }
        if (mutation.topKey() != null) {
            assertSecretsNotEchoed(file, mutation);
        }
    }

    /** The same mistake under the Pulumi CLI, with its section set as a secret and a canary Redis token. */
    private static void assertSecretsNotEchoed(Path file, Case mutation) throws IOException {
        RawConfig raw;
        try {
            raw = RawConfig.fromStackFile(file, "platform", mutation.stack());
        } catch (ConfigException e) {
            return; // refused while reading the YAML: the CLI would never pass this file on
        }
        Map<String, String> values = new HashMap<>(raw.values());
        values.put("platform:redisAuthToken", CANARY);
        List<String> secretKeys = new ArrayList<>(List.of("platform:redisAuthToken"));
        if (values.containsKey(mutation.topKey())) {
            secretKeys.add(mutation.topKey());
        }
        var err = new ByteArrayOutputStream();
        App.configFromCli(Map.of("PULUMI_PROJECT", "platform", "PULUMI_STACK", mutation.stack(),
                "PULUMI_CONFIG", JSON.writeValueAsString(values),
                "PULUMI_CONFIG_SECRET_KEYS", JSON.writeValueAsString(secretKeys)),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).as(mutation.toString()).doesNotContain(CANARY).doesNotContain(CANARY.substring(0, 10));
        if (printed.isEmpty()) {
            return; // valid under the CLI (the mistake was a plain-text secret, now set as one)
        }
        // The problem text, after the key: a key path holds names, never values.
        Matcher line = ONE_LINE.matcher(printed.strip());
        assertThat(line.matches()).as("%s: %s", mutation, printed).isTrue();
        String problem = printed.strip().substring(line.end(1) + 2);
        for (String secret : leaves(values.get(mutation.topKey()))) {
            assertThat(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(secret) + "(?![A-Za-z0-9])")
                    .matcher(problem).find()).as("%s echoed the secret %s: %s", mutation, secret, problem).isFalse();
        }
    }

    /** The secret section's string values long enough to be told apart from the words of a message. */
    private static Set<String> leaves(String value) throws IOException {
        if (value == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        String trimmed = value.trim();
        JsonNode node = trimmed.startsWith("{") || trimmed.startsWith("[") ? tryJson(trimmed) : null;
        if (node == null) {
            out.add(trimmed);
        } else {
            collect(node, out);
        }
        out.removeIf(s -> s.length() < 6);
        return out;
    }

    private static JsonNode tryJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        } else if (node.isTextual()) {
            out.add(node.asText().trim());
        }
    }

    /** The loaded config's effect; the secret is opaque in both, so it cannot differ by identity. */
    private static String effective(Path file, String stack) {
        return StackConfigLoader.load(RawConfig.fromStackFile(file, "platform", stack)).toString();
    }
}
