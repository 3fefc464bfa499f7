package io.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example stack under {@code examples/} as a user would run it: copied into a project, its
 * secrets set again, then {@code pulumi preview} with the policy pack under the real CLI — the
 * preview passes the pack and plans exactly the offline plan's resources. The two smallest examples
 * (by resources planned) are also deployed with {@code pulumi up} against the simulated provider.
 */
class ExamplesRealCliIT {
    private static final int DEPLOYED = 2;
    /** The offline plan of each example, made once: the smallest-first order and each test read it. */
    private static final Map<Path, Set<String>> OFFLINE = new ConcurrentHashMap<>();

    private static Set<String> offlinePlanUrns(Path stackFile) {
        return OFFLINE.computeIfAbsent(stackFile, f -> RealCliScenario.offlinePlanUrns(f, stack(f)));
    }

    static List<Path> stackFiles() throws IOException {
        try (Stream<Path> files = Files.walk(E2eWorkspace.repository().resolve("examples"), 2)) {
            return files.filter(f -> f.getFileName().toString().matches("Pulumi\\.[a-z0-9-]+\\.yaml")).sorted().toList();
        }
    }

    /** The examples {@code pulumi up} deploys: the smallest by the offline plan's resource count. */
    static Set<Path> smallest() throws IOException {
        return Set.copyOf(stackFiles().stream()
                .sorted(Comparator.comparingInt((Path f) -> offlinePlanUrns(f).size())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(DEPLOYED).toList());
    }

    private static String stack(Path stackFile) {
        String name = stackFile.getFileName().toString();
        return name.substring("Pulumi.".length(), name.length() - ".yaml".length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stackFiles")
    void theExamplePreviewsWithThePackAndDeploysWhenSmall(Path stackFile) throws IOException {
        String stack = stack(stackFile);
        String example = stackFile.getParent().getFileName().toString();
        E2eWorkspace.Prepared prepared = E2eWorkspace.prepare(stackFile, stack,
                E2eWorkspace.repository().resolve("target/e2e/examples").resolve(example), E2eWorkspace.cliPath());
        PulumiCli cli = prepared.cli();
        List<String> pack = RealCliScenario.policyArgs(
                E2eWorkspace.repository().resolve("policy/config/" + stack + ".json"));
        Set<String> offline = offlinePlanUrns(stackFile);

        PulumiCli.Result preview = cli.run(Stream.concat(Stream.of("preview", "--stack", stack, "--non-interactive",
                "--json"), pack.stream()).toArray(String[]::new)).requireSuccess();
        JsonNode digest = RealCliScenario.JSON.readTree(preview.stdout());
        assertThat(RealCliScenario.plannedUrns(digest)).as(example).containsExactlyInAnyOrderElementsOf(offline);
        assertNoSecret(preview.output(), prepared);

        if (smallest().contains(stackFile)) {
            PulumiCli.Result up = cli.run(Stream.concat(Stream.of("up", "--stack", stack, "--yes", "--non-interactive"),
                    pack.stream()).toArray(String[]::new)).requireSuccess();
            assertThat(up.output()).as(example).contains(PlatformPolicyPack.NAME);
            assertNoSecret(up.output(), prepared);
            assertThat(RealCliScenario.deployedUrns(cli, stack)).as(example).containsExactlyInAnyOrderElementsOf(offline);
        }
    }

    /** Examples without Redis hold no secret; AssertJ refuses an empty list to look for. */
    private static void assertNoSecret(String output, E2eWorkspace.Prepared prepared) {
        for (String secret : prepared.secrets().values()) {
            assertThat(output).doesNotContain(secret);
        }
    }

    /** Keeps the parameter list honest: five seeds, each with at least one stack file. */
    @org.junit.jupiter.api.Test
    void everySeedHasAnExample() throws IOException {
        assertThat(stackFiles()).extracting(f -> f.getParent().getFileName().toString())
                .containsExactlyInAnyOrder("berthcare", "credentialmate", "devsecops-platform", "tax-practice-ai",
                        "techcorp");
    }
}
