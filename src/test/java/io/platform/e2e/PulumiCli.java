package io.platform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code pulumi} binary (built by {@code e2e/build-cli.sh}) against a local file
 * backend with a passphrase secrets provider: no network, no Pulumi Cloud, no AWS. Every
 * command runs in one project directory with one plugin home, so tests are independent of
 * the machine's {@code ~/.pulumi}.
 */
final class PulumiCli {
    /** What a command printed and how it ended. */
    record Result(List<String> command, int exitCode, String stdout, String stderr, Duration wall) {
        String output() {
            return stdout + stderr;
        }

        Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("pulumi " + String.join(" ", command) + " exited " + exitCode
                        + "\n--- stdout\n" + tail(stdout) + "\n--- stderr\n" + tail(stderr));
            }
            return this;
        }

        private static String tail(String text) {
            return text.length() > 6000 ? "…" + text.substring(text.length() - 6000) : text;
        }
    }

    static final String PASSPHRASE = "e2e-only-passphrase";

    private final String path;
    private final Path cliDir;
    private final Path projectDir;
    private final Path home;
    private final Path backend;

    /**
     * @param path       the PATH entries holding {@code pulumi} and {@code pulumi-language-java}
     * @param projectDir the directory with {@code Pulumi.yaml} and the stack files
     * @param stateDir   holds the plugin home and the file backend
     */
    PulumiCli(String path, Path projectDir, Path stateDir) {
        this.cliDir = Path.of(path.split(":")[0]);
        this.path = path;
        this.projectDir = projectDir;
        this.home = stateDir.resolve("pulumi-home");
        this.backend = stateDir.resolve("backend");
        try {
            Files.createDirectories(home);
            Files.createDirectories(backend);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path projectDir() {
        return projectDir;
    }

    Path home() {
        return home;
    }

    Path backend() {
        return backend;
    }

    /** Runs {@code pulumi <args>} and returns its output; the caller asserts on the exit code. */
    Result run(String... args) {
        return run(Duration.ofMinutes(15), args);
    }

    Result run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(cliDir.resolve("pulumi").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", path + ":" + System.getenv("PATH"));
        env.put("PULUMI_HOME", home.toString());
        env.put("PULUMI_BACKEND_URL", backend.toUri().toString());
        env.put("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE);
        env.put("PULUMI_SKIP_UPDATE_CHECK", "true");
        env.put("PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION", "true");
        env.put("PULUMI_SKIP_CONFIRMATIONS", "true");
        env.put("NO_COLOR", "1");
        env.remove("PULUMI_ACCESS_TOKEN");
        try {
            Path out = Files.createTempFile("pulumi-out", ".txt");
            Path err = Files.createTempFile("pulumi-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    Path.of("/dev/null").toFile()));
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("pulumi " + String.join(" ", args) + " did not finish within " + timeout);
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            Result result = new Result(List.of(args), process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), wall);
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
