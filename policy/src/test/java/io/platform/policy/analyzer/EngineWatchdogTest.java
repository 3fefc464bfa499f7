package io.platform.policy.analyzer;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class EngineWatchdogTest {
    /** A channel whose state the test sets. */
    static final class StubChannel extends ManagedChannel {
        volatile ConnectivityState state = ConnectivityState.IDLE;
        final AtomicInteger connectRequests = new AtomicInteger();

        @Override
        public ConnectivityState getState(boolean requestConnection) {
            if (requestConnection) {
                connectRequests.incrementAndGet();
            }
            return state;
        }

        @Override
        public ManagedChannel shutdown() {
            return this;
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public ManagedChannel shutdownNow() {
            return this;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }

        @Override
        public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String authority() {
            return "127.0.0.1:1";
        }
    }

    final StubChannel channel = new StubChannel();
    final AtomicLong now = new AtomicLong();
    final AtomicInteger fired = new AtomicInteger();
    final EngineWatchdog watchdog = new EngineWatchdog(channel, Duration.ofSeconds(2), Duration.ofSeconds(30),
            fired::incrementAndGet, now::get);

    @Test
    void aReadyEngineKeepsTheAnalyzerRunning() {
        channel.state = ConnectivityState.READY;
        for (int i = 0; i < 20; i++) {
            now.addAndGet(TimeUnit.SECONDS.toNanos(1));
            watchdog.check();
        }
        assertThat(fired).hasValue(0);
        assertThat(channel.connectRequests).hasValue(20);
    }

    @Test
    void anEngineNotReadyForTheGracePeriodIsGoneOnce() {
        channel.state = ConnectivityState.READY;
        watchdog.check();
        channel.state = ConnectivityState.TRANSIENT_FAILURE;
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        watchdog.check();
        channel.state = ConnectivityState.CONNECTING; // reconnect attempts do not count as alive
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(400));
        watchdog.check();
        assertThat(fired).hasValue(0);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
        watchdog.check();
        watchdog.check();
        assertThat(fired).hasValue(1);
    }

    @Test
    void aFirstConnectionGetsLongerThanAReconnection() {
        channel.state = ConnectivityState.CONNECTING; // a cold JVM on a busy machine: slow to open its first connection
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        watchdog.check();
        assertThat(fired).hasValue(0);
        channel.state = ConnectivityState.READY;
        watchdog.check();
        channel.state = ConnectivityState.TRANSIENT_FAILURE;
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));
        watchdog.check();
        assertThat(fired).hasValue(1);
    }

    @Test
    void anEngineThatNeverAnswersIsGoneAfterTheFirstConnectGrace() {
        channel.state = ConnectivityState.TRANSIENT_FAILURE;
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(29_999));
        watchdog.check();
        assertThat(fired).hasValue(0);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        watchdog.check();
        assertThat(fired).hasValue(1);
    }

    @Test
    void aShutDownChannelMeansStopping() {
        channel.state = ConnectivityState.SHUTDOWN;
        watchdog.check();
        assertThat(fired).hasValue(1);
    }
}
