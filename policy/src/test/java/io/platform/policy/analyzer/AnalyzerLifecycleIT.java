package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** How the analyzer process ends: on SIGTERM, when the engine goes away, and on a bad argument. */
class AnalyzerLifecycleIT {

    @Test
    void exitsOnSigterm() throws Exception {
        try (FakeEngine engine = new FakeEngine(); AnalyzerProcess analyzer = AnalyzerProcess.start(engine.address())) {
            assertThat(analyzer.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion()).isEqualTo(PlatformPolicyPack.VERSION);
            analyzer.process.destroy(); // SIGTERM
            assertThat(analyzer.awaitExit()).as("the JVM's exit code for SIGTERM").isEqualTo(143);
            assertThat(analyzer.stdoutAfterPort()).isEmpty();
        }
    }

    @Test
    void exitsWhenTheEngineGoesAway() throws Exception {
        FakeEngine engine = new FakeEngine();
        String address = engine.address();
        try (AnalyzerProcess analyzer = AnalyzerProcess.start(address)) {
            analyzer.stub().configureStack(Requests.configureStack("staging", java.util.Map.of(), true));
            engine.awaitLog("stack acme/platform/staging", 10_000); // connected to the engine
            long gone = System.nanoTime();
            engine.close();
            assertThat(analyzer.awaitExit()).isZero();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - gone);
            assertThat(seconds).as("noticed within the watchdog's grace plus slack").isLessThan(15);
            assertThat(analyzer.stderr()).contains("platform-security analyzer: the engine at " + address
                    + " does not answer; stopping");
        }
    }

    @Test
    void refusesABadEngineAddress() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", AnalyzerProcess.JAR.toString(), "not-an-address")
                .directory(AnalyzerProcess.PACK_DIR.toFile())
                .start();
        assertThat(p.waitFor(AnalyzerProcess.EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getInputStream().readAllBytes())).isEmpty();
        assertThat(new String(p.getErrorStream().readAllBytes())).startsWith(
                "platform-security analyzer: the engine address \"not-an-address\" is not host:port with a port from 1 "
                        + "to 65535 (the Pulumi CLI passes e.g. 127.0.0.1:50051)");
    }
}
