package io.platform.plan;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time of each phase of one plan, printed on {@code --timings} (to stderr, so the plan and its
 * JSON stay byte-identical). A disabled instance only runs the phases.
 */
final class PhaseTimes {
    private final boolean enabled;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final long startupMillis;

    PhaseTimes(boolean enabled) {
        this.enabled = enabled;
        // JVM start to here: start-up, class loading and the command-line parsing.
        this.startupMillis = enabled ? ManagementFactory.getRuntimeMXBean().getUptime() : 0;
    }

    <T> T time(String phase, Supplier<T> work) {
        if (!enabled) {
            return work.get();
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(phase, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    void run(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    void print(PrintStream err) {
        if (!enabled) {
            return;
        }
        err.printf("timings (wall ms):%n  %-28s %6d%n", "jvm start to plan command", startupMillis);
        millis.forEach((phase, ms) -> err.printf("  %-28s %6d%n", phase, ms));
        err.printf("  %-28s %6d%n", "jvm uptime at end", ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
