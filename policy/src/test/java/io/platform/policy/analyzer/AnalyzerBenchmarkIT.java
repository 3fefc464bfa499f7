package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.platform.policy.PlatformStackFixture;
import io.platform.policy.Tokens;
import io.platform.policy.sdk.PolicyResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzer jar's start-up and latencies, measured from outside as the engine sees them:
 * cold start (spawn → port on stdout), spawn → first GetAnalyzerInfo answered, Analyze round trips
 * over gRPC on 127.0.0.1 (after 3,000 calls, and again once the JIT compilers of both JVMs have settled), and
 * AnalyzeStack of 1,000 resources. Excluded from the normal build; run with
 * {@code mvn -B -f policy/pom.xml verify -Pbenchmark} ({@code -Danalyzer.jar=PATH} measures another build, e.g. the
 * previous version's jar, for a before/after at the same load). Prints the figures and writes them to
 * {@code target/analyzer-benchmark.txt}.
 */
@Tag("benchmark")
class AnalyzerBenchmarkIT {
    static final int COLD_STARTS = 10;
    static final int ANALYZE_WARMUP = 3_000;
    static final int ANALYZE_MEASURED = 10_000;
    /**
     * After the first measurement, this many more calls before measuring again: at 3,000 calls both JVMs are still
     * compiling the call path (the client's gRPC stack, the analyzer's rules), on the same two cores.
     */
    static final int ANALYZE_SETTLE = 30_000;
    static final int STACK_RESOURCES = 1_000;
    static final int STACK_WARMUP = 5;
    static final int STACK_MEASURED = 15;
    /** USER_HZ of /proc/<pid>/stat; 100 on Linux x86-64. */
    static final int CLOCK_TICKS = 100;

    @Test
    void startUpAndLatencies() throws Exception {
        StringBuilder out = new StringBuilder();
        try (FakeEngine engine = new FakeEngine()) {
            double[] cold = new double[COLD_STARTS];
            double[] coldCpu = new double[COLD_STARTS];
            double[] firstInfo = new double[COLD_STARTS];
            double[] firstInfoCpu = new double[COLD_STARTS];
            for (int i = 0; i < COLD_STARTS; i++) {
                try (AnalyzerProcess p = AnalyzerProcess.start(engine.address())) {
                    cold[i] = p.coldStartMillis();
                    coldCpu[i] = cpuMillis(p.process.pid());
                    AnalyzerInfo info = p.stub().getAnalyzerInfo(Empty.getDefaultInstance());
                    firstInfo[i] = (System.nanoTime() - p.startNanos) / 1e6;
                    firstInfoCpu[i] = cpuMillis(p.process.pid());
                    assertThat(info.getPoliciesCount()).isGreaterThan(70);
                }
            }
            out.append(line("cold start, spawn -> port printed (ms)", cold));
            out.append(line("  CPU time of the JVM (all threads) at that point (ms)", coldCpu));
            out.append(line("spawn -> first GetAnalyzerInfo answered (ms)", firstInfo));
            out.append(line("  CPU time of the JVM (all threads) at that point (ms)", firstInfoCpu));
            System.out.print(out);

            try (AnalyzerProcess p = AnalyzerProcess.start(engine.address())) {
                AnalyzerGrpc.AnalyzerBlockingStub rpc = p.stub();
                rpc.configureStack(Requests.configureStack("staging", Map.of("platform:environment", "staging"), true));
                AnalyzerInfo info = rpc.getAnalyzerInfo(Empty.getDefaultInstance());
                rpc.configure(Requests.configure(info, Path.of("config", "staging.json")));

                // the staging stack's resources (compliant) and one violating resource, so findings are built too
                List<AnalyzeRequest> requests = new ArrayList<>(
                        PlatformStackFixture.stack("staging").stream().map(Requests::analyze).toList());
                requests.add(Requests.analyze("staging", Tokens.S3_PUBLIC_ACCESS_BLOCK, "open", Map.of(
                        "bucket", "open", "blockPublicAcls", false, "blockPublicPolicy", false)));
                for (int i = 0; i < ANALYZE_WARMUP; i++) {
                    p.stub().analyze(requests.get(i % requests.size()));
                }
                double[] analyze = new double[ANALYZE_MEASURED];
                int diagnostics = 0;
                for (int i = 0; i < ANALYZE_MEASURED; i++) {
                    AnalyzerGrpc.AnalyzerBlockingStub stub = p.stub();
                    long start = System.nanoTime();
                    AnalyzeResponse response = stub.analyze(requests.get(i % requests.size()));
                    analyze[i] = (System.nanoTime() - start) / 1e6;
                    diagnostics += response.getDiagnosticsCount();
                }
                out.append(percentiles("Analyze round trip over gRPC (ms), " + requests.size()
                        + " resource shapes of the staging stack", analyze));
                for (int i = 0; i < ANALYZE_SETTLE; i++) {
                    p.stub().analyze(requests.get(i % requests.size()));
                }
                double[] settled = new double[ANALYZE_MEASURED];
                for (int i = 0; i < ANALYZE_MEASURED; i++) {
                    AnalyzerGrpc.AnalyzerBlockingStub stub = p.stub();
                    long start = System.nanoTime();
                    stub.analyze(requests.get(i % requests.size()));
                    settled[i] = (System.nanoTime() - start) / 1e6;
                }
                out.append(percentiles("  the same after " + (ANALYZE_WARMUP + ANALYZE_MEASURED + ANALYZE_SETTLE)
                        + " calls (JIT compilation of both JVMs settled)", settled));
                out.append(percentiles("  the same Analyze calls in this JVM, this build's service, no gRPC (ms)", inProcess(requests, info)));

                List<PolicyResource> stack = PlatformStackFixture.replicated("staging", 17).subList(0, STACK_RESOURCES);
                AnalyzeStackRequest request = AnalyzerProtocolIT.stackRequest(stack);
                for (int i = 0; i < STACK_WARMUP; i++) {
                    p.stub().analyzeStack(request);
                }
                double[] analyzeStack = new double[STACK_MEASURED];
                for (int i = 0; i < STACK_MEASURED; i++) {
                    AnalyzerGrpc.AnalyzerBlockingStub stub = p.stub();
                    long start = System.nanoTime();
                    stub.analyzeStack(request);
                    analyzeStack[i] = (System.nanoTime() - start) / 1e6;
                }
                out.append(line("AnalyzeStack of " + STACK_RESOURCES + " resources (ms, request "
                        + request.getSerializedSize() / 1024 + " KiB)", analyzeStack));
                assertThat(diagnostics).isPositive();
            }
        }
        out.append(String.format("machine: %d cores, load average %s, %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        out.append("analyzer: ").append(AnalyzerProcess.jar()).append(System.lineSeparator());
        System.out.print(out);
        Files.writeString(Path.of("target", "analyzer-benchmark.txt"), out);
    }

    private static String line(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format("%-75s median %8.1f   min %8.1f   max %8.1f%n", what, v[v.length / 2], v[0], v[v.length - 1]);
    }

    private static String percentiles(String what, double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format("%-75s p50 %7.3f   p90 %7.3f   p99 %7.3f   max %7.1f%n", what,
                v[(int) (v.length * 0.50)], v[(int) (v.length * 0.90)], v[(int) (v.length * 0.99)], v[v.length - 1]);
    }

    /** The service's own time per Analyze: called directly, as the gRPC layer would call it. */
    private static double[] inProcess(List<AnalyzeRequest> requests, AnalyzerInfo info) {
        EngineLog log = new EngineLog(System.err);
        log.toStderrOnly();
        AnalyzerService service = new AnalyzerService(
                java.util.concurrent.CompletableFuture.completedFuture(AnalyzerService.LoadedPack.load()),
                new AnalyzerState(), log, () -> { });
        service.configureStack(Requests.configureStack("staging", Map.of("platform:environment", "staging"), true),
                new Discard<>());
        try {
            service.configure(Requests.configure(info, Path.of("config", "staging.json")), new Discard<>());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Discard<AnalyzeResponse> out = new Discard<>();
        for (int i = 0; i < ANALYZE_WARMUP * 3; i++) {
            service.analyze(requests.get(i % requests.size()), out);
        }
        double[] millis = new double[ANALYZE_MEASURED];
        for (int i = 0; i < ANALYZE_MEASURED; i++) {
            long start = System.nanoTime();
            service.analyze(requests.get(i % requests.size()), out);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** Takes an answer and drops it; fails on an error. */
    static final class Discard<T> implements io.grpc.stub.StreamObserver<T> {
        @Override
        public void onNext(T value) {
        }

        @Override
        public void onError(Throwable t) {
            throw new AssertionError(t);
        }

        @Override
        public void onCompleted() {
        }
    }

    /** user + system CPU time of a process so far, from /proc (10 ms resolution). */
    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000.0 / CLOCK_TICKS;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
