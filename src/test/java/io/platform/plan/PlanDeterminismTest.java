package io.platform.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs of the same stack, in two JVMs (a {@code Map.of} iterates differently in each, and
 * registrations complete in a different order), give byte-identical text and JSON plans.
 */
class PlanDeterminismTest {
    @Test
    void twoRunsOfTheSameStackAreByteIdentical(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Process a = plan(first);
        Process b = plan(second);
        assertThat(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(first.resolve("err.txt"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(second.resolve("err.txt"))).isZero();

        byte[] text = Files.readAllBytes(first.resolve("out.txt"));
        assertThat(new String(text)).contains("platform-staging-network").contains("Wrote plan.json");
        assertThat(Files.readAllBytes(second.resolve("out.txt"))).isEqualTo(text);
        byte[] json = Files.readAllBytes(first.resolve("plan.json"));
        assertThat(json.length).isGreaterThan(100_000);
        assertThat(Files.readAllBytes(second.resolve("plan.json"))).isEqualTo(json);
    }

    /** {@code plan --stack staging --json plan.json} in its own JVM, run from {@code dir}. */
    private static Process plan(Path dir) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.platform.App", "plan", "--stack", "staging",
                "--project-dir", Path.of("").toAbsolutePath().toString(), "--json", "plan.json"));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    }
}
