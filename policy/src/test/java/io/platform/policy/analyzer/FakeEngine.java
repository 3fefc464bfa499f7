package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The engine's side of the analyzer protocol that a plugin calls: the {@code Log} service, on 127.0.0.1. */
final class FakeEngine implements AutoCloseable {
    private final List<LogRequest> logs = new CopyOnWriteArrayList<>();
    private final Server server;

    FakeEngine() throws IOException {
        server = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create())
                .addService(new EngineGrpc.EngineImplBase() {
                    @Override
                    public void log(LogRequest request, StreamObserver<Empty> out) {
                        logs.add(request);
                        out.onNext(Empty.getDefaultInstance());
                        out.onCompleted();
                    }
                })
                .build()
                .start();
    }

    /** The address the CLI passes to a plugin. */
    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    List<LogRequest> logs() {
        return List.copyOf(logs);
    }

    /** Waits (bounded) until a log message containing {@code text} arrived. */
    LogRequest awaitLog(String text, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            for (LogRequest r : logs) {
                if (r.getMessage().contains(text)) {
                    return r;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no engine log containing \"" + text + "\" within " + timeoutMillis + " ms; got "
                + logs.stream().map(LogRequest::getMessage).toList());
    }

    /** The engine goes away: its port stops answering. */
    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(5, TimeUnit.SECONDS);
    }
}
