package io.platform.plan;

import com.pulumi.Context;
import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.platform.PlatformProgram;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the real program in-process on the Pulumi Java SDK's mock monitor, answering
 * every registration and data source through {@link SimulatedAws}, and records what
 * the program declared.
 */
public final class OfflineEngine {
    private OfflineEngine() {
    }

    public static PlanResult run(RawConfig raw, StackConfig config, String accountId) {
        return new PlanResult(raw.project(), raw.stack(), config, accountId,
                record(raw, config.region(), accountId, ctx -> PlatformProgram.define(ctx, config)));
    }

    /** Runs any program (tests use deliberately broken ones) and returns what it registered. */
    public static List<RecordedResource> record(RawConfig raw, String region, String accountId,
                                                Consumer<Context> program) {
        return record(raw, region, accountId, program, false);
    }

    /**
     * As {@link #record(RawConfig, String, String, Consumer)}; with {@code preview} the program runs as
     * under {@code pulumi preview} of a new stack: AWS answers only the inputs, so every computed
     * output is unknown — and, as in a real preview, the Java SDK records no dependency for an input
     * taken from such an output.
     */
    public static List<RecordedResource> record(RawConfig raw, String region, String accountId,
                                                Consumer<Context> program, boolean preview) {
        SimulatedAws aws = new SimulatedAws(region, accountId, preview);
        Logger quiet = Logger.getLogger("io.platform.plan.engine");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.SEVERE);
        RecordingMonitor monitor = new RecordingMonitor(aws, PulumiTestInternal.mockLog(quiet));
        try {
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(raw.project()).stackName(raw.stack()).preview(preview).build())
                    .mocks(aws)
                    .config(raw.values(), raw.secretKeys())
                    .standardLogger(quiet)
                    .monitorDecorator(ignored -> monitor)
                    .deploymentFactory(OfflineEngine::deployment)
                    .build()
                    .runTest(program);
            if (!result.exceptions().isEmpty() || !result.errors().isEmpty()) {
                String problems = result.exceptions().stream().map(OfflineEngine::describe)
                        .collect(Collectors.joining("; "));
                throw new PlanException("the program failed: "
                        + (problems.isEmpty() ? String.join("; ", result.errors()) : problems),
                        result.exceptions().isEmpty() ? null : result.exceptions().get(0));
            }
            return monitor.recorded();
        } finally {
            PulumiTest.cleanup();
        }
    }

    /** The SDK's deployment with a runner that waits instead of spinning and no debug traffic to the mock engine. */
    private static DeploymentInternal deployment(DeploymentImpl.DeploymentState state) {
        state.logger = new NoDebugEngineLogger(state.logger);
        state.runner = new AwaitingRunner(state.logger);
        return new DeploymentImpl(state);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
