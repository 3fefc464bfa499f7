package io.platform.policy.analyzer;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import pulumirpc.AnalyzerGrpc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The analyzer started with the engine's address as its argument, as the Pulumi CLI's Java language
 * host starts it — here from the shaded jar ({@code java -jar target/platform-security-analyzer.jar
 * <engine address>}), which runs the same main class as the host's {@code mvn compile exec:java} but
 * without Maven's start-up on every test. Reads the port from the first line of stdout (bounded),
 * keeps stderr in a file. The real host's Maven start is covered by the program's end-to-end tests.
 */
final class AnalyzerProcess implements AutoCloseable {
    static final Path PACK_DIR = Path.of("").toAbsolutePath();
    static final long START_TIMEOUT_SECONDS = 60;
    static final long EXIT_TIMEOUT_SECONDS = 20;
    static final long RPC_DEADLINE_SECONDS = 30;
    /** The shaded analyzer jar the pom builds ({@code analyzer.jar}), relative to the pack's directory. */
    static final Path JAR = Path.of("target", "platform-security-analyzer.jar");
    /** Runs another build of the analyzer instead (the benchmark compares pack versions): {@code -Danalyzer.jar=PATH}. */
    static final String JAR_PROPERTY = "analyzer.jar";

    final Process process;
    final long startNanos;
    final long portNanos;
    final int port;
    private final Path stderr;
    private final CompletableFuture<String> restOfStdout;
    private ManagedChannel channel;

    private AnalyzerProcess(Process process, long startNanos, long portNanos, int port, Path stderr,
                            CompletableFuture<String> restOfStdout) {
        this.process = process;
        this.startNanos = startNanos;
        this.portNanos = portNanos;
        this.port = port;
        this.stderr = stderr;
        this.restOfStdout = restOfStdout;
    }

    /** The jar under test: {@link #JAR}, or the one {@code -Danalyzer.jar} names. */
    static Path jar() {
        String other = System.getProperty(JAR_PROPERTY, "");
        return other.isBlank() ? JAR : Path.of(other);
    }

    static AnalyzerProcess start(String... args) throws IOException, InterruptedException {
        Path jar = jar();
        if (!Files.isRegularFile(PACK_DIR.resolve(jar))) {
            throw new AssertionError(jar + " does not exist; run mvn -f policy/pom.xml package first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(PACK_DIR.resolve("target"), "analyzer-stderr-", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(PACK_DIR.toFile())
                .redirectError(stderr.toFile())
                .start();
        InputStream stdout = process.getInputStream();
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(stdout));
        String line;
        try {
            line = firstLine.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the analyzer printed no port within " + START_TIMEOUT_SECONDS + " s; stderr: "
                    + Files.readString(stderr), e);
        }
        long portAt = System.nanoTime();
        if (line == null || !line.matches("[0-9]{1,5}")) {
            process.destroyForcibly();
            throw new AssertionError("the first stdout line is not a port: " + line + "; stderr: " + Files.readString(stderr));
        }
        CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> readAll(stdout));
        return new AnalyzerProcess(process, start, portAt, Integer.parseInt(line), stderr, rest);
    }

    /** Milliseconds from spawning the JVM to reading the port. */
    double coldStartMillis() {
        return (portNanos - startNanos) / 1e6;
    }

    synchronized AnalyzerGrpc.AnalyzerBlockingStub stub() {
        if (channel == null) {
            channel = Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create())
                    .maxInboundMessageSize(AnalyzerServer.MAX_MESSAGE_BYTES).build();
        }
        return AnalyzerGrpc.newBlockingStub(channel).withDeadlineAfter(RPC_DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits (bounded) for the process to exit and returns its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the analyzer did not exit within " + EXIT_TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** What the process wrote on stdout after the port (should be nothing); after it exited. */
    String stdoutAfterPort() throws Exception {
        return restOfStdout.get(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws Exception {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(stderr);
    }

    private static String readLine(InputStream in) {
        try {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return c == -1 && line.length() == 0 ? null : line.toString().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
