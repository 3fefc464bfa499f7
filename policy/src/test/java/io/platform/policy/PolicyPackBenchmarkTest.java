package io.platform.policy;

import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.StackContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In-process throughput of the whole pack over a generated stack of 100 copies of the SPEC-shaped
 * fixture (6,100 resources, every resource and stack policy). Excluded from the normal build;
 * run with {@code mvn -B -f policy/pom.xml test -Pbenchmark}.
 */
@Tag("benchmark")
class PolicyPackBenchmarkTest {
    private static final int COPIES = 100;
    private static final int WARMUP_RUNS = 10;
    private static final int MEASURED_RUNS = 20;

    @Test
    void throughput() {
        List<PolicyResource> resources = PlatformStackFixture.replicated("staging", COPIES);
        PolicyEngine engine = new PolicyEngine(PlatformPolicyPack.create());
        StackContext stack = new StackContext("staging", "platform", "", Map.of(), true);
        PackConfig config = PackConfig.load(Path.of("config", "staging.json"));

        PolicyReport report = null;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            report = engine.run(fresh(resources), stack, config);
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            List<PolicyResource> input = fresh(resources);
            long start = System.nanoTime();
            report = engine.run(input, stack, config);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[MEASURED_RUNS / 2] / 1e6;
        double bestMs = nanos[0] / 1e6;
        System.out.printf("policy pack benchmark: %d resources, %d policies, median %.1f ms (best %.1f ms) per run, "
                        + "%,.0f resources/second (median), %d findings%n",
                resources.size(), engine.pack().policies().size(), medianMs, bestMs,
                resources.size() / (medianMs / 1000), report.violations().size());
        assertThat(resources).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(report.resourceCount()).isEqualTo(resources.size());
    }

    /** New property maps, so JSON documents parsed in an earlier run are parsed again, as in a real run. */
    private static List<PolicyResource> fresh(List<PolicyResource> resources) {
        return resources.stream().map(r -> r.withProperties(r.properties().asMap())).toList();
    }
}
