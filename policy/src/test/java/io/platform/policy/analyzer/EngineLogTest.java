package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EngineLogTest {
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final EngineLog log = new EngineLog(new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void messagesBeforeTheEngineIsKnownAreKeptThenWrittenToStderrWithoutDebug() {
        log.debug("handshake details");
        log.warning("ConfigureStack was not called");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        log.toStderrOnly();
        log.error("the policy pack failed to load");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "platform-security analyzer: warning: ConfigureStack was not called" + System.lineSeparator()
                        + "platform-security analyzer: error: the policy pack failed to load" + System.lineSeparator());
    }

    @Test
    void noMessageIsLostWhileTheEngineIsAttached() throws Exception {
        List<LogRequest> received = new CopyOnWriteArrayList<>();
        String name = InProcessServerBuilder.generateName();
        Server engine = InProcessServerBuilder.forName(name).directExecutor()
                .addService(new EngineGrpc.EngineImplBase() {
                    @Override
                    public void log(LogRequest request, StreamObserver<Empty> out) {
                        received.add(request);
                        out.onNext(Empty.getDefaultInstance());
                        out.onCompleted();
                    }
                }).build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 30; i++) {
                log.debug("early " + i, "urn:pulumi:staging::platform::aws:s3/bucketV2:BucketV2::docs");
            }
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < 4; t++) {
                int thread = t;
                pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 40; i++) {
                        log.info("thread " + thread + " message " + i);
                    }
                    return null;
                });
            }
            go.countDown();
            log.attach(EngineGrpc.newStub(channel));
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.size() < 190 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(received).hasSize(190);
            assertThat(received.get(0).getMessage()).isEqualTo("early 0");
            assertThat(received.get(0).getSeverity()).isEqualTo(LogSeverity.DEBUG);
            assertThat(received.get(0).getUrn()).isEqualTo("urn:pulumi:staging::platform::aws:s3/bucketV2:BucketV2::docs");
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            pool.shutdownNow();
            channel.shutdownNow();
            engine.shutdownNow();
        }
    }
}
