package io.platform.policy.analyzer;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Notices when the engine goes away: polls the connection to the engine's address and, once it
 * has not been ready for {@code grace}, calls {@code onEngineGone} (once). Before the first
 * connection, {@code firstConnectGrace} applies instead: a cold JVM on a busy machine can take a
 * few seconds to open its first connection. The CLI normally ends the analyzer itself; this covers a
 * CLI that crashed or was killed, so no JVM is left behind.
 */
final class EngineWatchdog implements AutoCloseable {
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Duration GRACE = Duration.ofSeconds(5);
    static final Duration FIRST_CONNECT_GRACE = Duration.ofSeconds(30);

    private final ManagedChannel channel;
    private final Duration grace;
    private final Duration firstConnectGrace;
    private final Runnable onEngineGone;
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService scheduler;
    private long lastReady;
    private boolean everReady;
    private boolean fired;

    EngineWatchdog(ManagedChannel channel, Runnable onEngineGone) {
        this(channel, GRACE, FIRST_CONNECT_GRACE, onEngineGone, System::nanoTime);
    }

    EngineWatchdog(ManagedChannel channel, Duration grace, Duration firstConnectGrace, Runnable onEngineGone,
                   LongSupplier nanoClock) {
        this.channel = channel;
        this.grace = grace;
        this.firstConnectGrace = firstConnectGrace;
        this.onEngineGone = onEngineGone;
        this.nanoClock = nanoClock;
        this.lastReady = nanoClock.getAsLong();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        long interval = POLL_INTERVAL.toMillis();
        scheduler.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * The engine took a message: it is reachable now, whatever the last poll saw. A poll every
     * 500 ms can miss a connection that comes and goes between two polls.
     */
    synchronized void engineAnswered() {
        everReady = true;
        lastReady = nanoClock.getAsLong();
    }

    /** One poll; package-private so the decision can be tested without waiting. */
    synchronized void check() {
        if (fired) {
            return;
        }
        ConnectivityState state = channel.getState(true); // asks to (re)connect when idle
        long now = nanoClock.getAsLong();
        if (state == ConnectivityState.READY) {
            lastReady = now;
            everReady = true;
        } else if (state == ConnectivityState.SHUTDOWN
                || now - lastReady >= (everReady ? grace : firstConnectGrace).toNanos()) {
            fired = true;
            onEngineGone.run();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
