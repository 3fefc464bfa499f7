package io.platform.policy.analyzer;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.platform.policy.sdk.ConfiguredPolicy;
import io.platform.policy.sdk.PolicyEngine;
import io.platform.policy.sdk.PropertyMap;
import pulumirpc.EngineGrpc;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analyzer plugin's entry point. The Pulumi CLI's Java language host runs it through Maven
 * ({@code mvn compile exec:java -Dexec.args=<engine address>}, the exec plugin's mainClass in the pack's
 * pom); the tests and the benchmark run the same class from the shaded jar
 * ({@code java -jar target/platform-security-analyzer.jar <engine address>}).
 *
 * <p>It listens on 127.0.0.1 (an ephemeral port), prints only that port on stdout, and serves
 * {@code pulumirpc.Analyzer}. To start fast, nothing but the gRPC server is set up before the port is
 * printed; the service is bound and the pack (its policies, 759 taggable types) built right after, while
 * the engine connects, and RPCs that need them wait for them (bounded). It stops when the engine sends Cancel, when the
 * engine goes away (its address stops answering), and on SIGTERM/SIGINT (graceful, bounded).
 *
 * <p>Exit codes: 0 after Cancel or when the engine went away, 2 for a bad argument, 1 when it cannot
 * listen; on a signal the JVM's own (143 for SIGTERM, 130 for SIGINT).
 */
public final class AnalyzerServer {
    /** The engine's own limit for analyzer messages (AnalyzeStack of a large stack is big). */
    static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
    static final long GRACE_SECONDS = 2;
    static final int EXIT_BAD_ARGUMENT = 2;
    static final int EXIT_CANNOT_LISTEN = 1;
    private static final String NO_NATIVE = "io.grpc.netty.shaded.io.netty.transport.noNative";

    private final String engineAddress;
    private final EngineLog log;
    private final AnalyzerState state = new AnalyzerState();
    private final CompletableFuture<AnalyzerService.LoadedPack> pack = new CompletableFuture<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final long startNanos;
    private final LazyServiceRegistry registry = new LazyServiceRegistry();
    private AnalyzerService service;
    private Server server;
    private volatile ManagedChannel engineChannel;
    private volatile EngineWatchdog watchdog;

    AnalyzerServer(String engineAddress, PrintStream stderr, long startNanos) {
        this.engineAddress = engineAddress;
        this.log = new EngineLog(stderr);
        this.startNanos = startNanos;
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        // NIO is plenty for one loopback client, and skips extracting Netty's epoll library to /tmp at start-up.
        if (System.getProperty(NO_NATIVE) == null) {
            System.setProperty(NO_NATIVE, "true");
        }
        String engineAddress;
        try {
            engineAddress = engineAddress(args);
        } catch (IllegalArgumentException e) {
            System.err.println("platform-security analyzer: " + e.getMessage());
            System.err.println("usage: java -jar platform-security-analyzer.jar [<engine host:port>]");
            System.exit(EXIT_BAD_ARGUMENT);
            return;
        }
        AnalyzerServer analyzer = new AnalyzerServer(engineAddress, System.err, start);
        int port;
        try {
            port = analyzer.start();
        } catch (IOException e) {
            System.err.println("platform-security analyzer: cannot listen on 127.0.0.1: " + e.getMessage());
            System.exit(EXIT_CANNOT_LISTEN);
            return;
        }
        PrintStream stdout = System.out;
        stdout.println(port);
        stdout.flush();
        System.setOut(System.err); // the port is the only thing stdout ever carries
        analyzer.initialize(port);
        analyzer.awaitTermination();
        System.exit(0);
    }

    /**
     * The engine's address, the first argument ({@code 127.0.0.1:PORT}); none when started by hand.
     * Further arguments are ignored, as other plugin hosts pass a working directory after it.
     */
    static String engineAddress(String[] args) {
        if (args.length == 0) {
            return null;
        }
        String address = args[0];
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? "" : address.substring(0, colon);
        String port = colon < 0 ? "" : address.substring(colon + 1);
        if (host.isEmpty() || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("the engine address \"" + address
                    + "\" is not host:port with a port from 1 to 65535 (the Pulumi CLI passes e.g. 127.0.0.1:50051)");
        }
        return address;
    }

    /**
     * Starts serving on 127.0.0.1 and returns the port. The service is bound right after (see
     * {@link LazyServiceRegistry}); calls arriving before wait for it.
     */
    int start() throws IOException {
        service = new AnalyzerService(pack, state, log, () -> stopAsync("the engine sent Cancel"),
                Executors.newCachedThreadPool(daemonThreads("analyzer-rpc-")));
        server = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create())
                .fallbackHandlerRegistry(registry)
                // Calls start on the transport's thread: an Analyze takes tens of microseconds, and handing it to a
                // pool thread and the answer back cost more than that (two thread wake-ups per call, each a
                // scheduling delay on a busy machine). The service moves slow or waiting calls to its own pool.
                .directExecutor()
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop("signal"), "analyzer-shutdown"));
        return server.getPort();
    }

    /**
     * After the port is printed, on two threads for the two cores: one binds the service (Handshake
     * waits for it), then connects to the engine and loads what Configure and the first Analyze need
     * (JSON, config classes); the other builds the pack, which GetAnalyzerInfo waits for.
     */
    void initialize(int port) {
        daemonThreads("analyzer-init-").newThread(() -> {
            long before = System.nanoTime();
            registry.bind(service);
            log.debug("service bound in " + millis(before, System.nanoTime()) + " ms");
            connectToEngine();
            warmUp();
        }).start();
        daemonThreads("analyzer-pack-").newThread(() -> {
            long before = System.nanoTime();
            try {
                pack.complete(AnalyzerService.LoadedPack.load());
            } catch (Throwable e) {
                pack.completeExceptionally(e);
                log.error("the policy pack failed to load: " + e);
            }
            log.debug("listening on 127.0.0.1:" + port + " (port printed " + millis(startNanos, before)
                    + " ms after start); pack loaded in " + millis(before, System.nanoTime()) + " ms");
        }).start();
    }

    private void connectToEngine() {
        if (engineAddress == null) {
            log.toStderrOnly();
            log.info("started without an engine address: logging to stderr, not watching an engine");
            return;
        }
        ManagedChannel channel = Grpc.newChannelBuilder(engineAddress, InsecureChannelCredentials.create()).build();
        engineChannel = channel;
        log.attach(EngineGrpc.newStub(channel));
        EngineWatchdog dog = new EngineWatchdog(channel, () -> {
            System.err.println("platform-security analyzer: the engine at " + engineAddress + " does not answer; stopping");
            stopAsync("the engine went away");
        });
        watchdog = dog;
        log.onDelivered(dog::engineAnswered);
        dog.start();
    }

    /** Loads what Configure and the first Analyze need before they arrive; only a head start. */
    private void warmUp() {
        try {
            PolicyConfigMapper.toPackConfig(Map.of()); // the JSON library, for Configure
            PropertyMap.of(Map.of("policy", "{}")).json("policy"); // and for rules reading JSON inputs
            PolicyEngine engine = pack.get().engine();
            List<ConfiguredPolicy> defaults = state.configured(engine.pack());
            synchronized (engine) {
                engine.run(List.of(), AnalyzerState.UNKNOWN_STACK.context(), defaults, PolicyEngine.Scope.ALL);
            }
        } catch (Exception e) {
            // the RPCs report real problems
        }
    }

    /** Stops on another thread (an RPC thread must not wait for the server it runs in). */
    void stopAsync(String reason) {
        Thread t = new Thread(() -> stop(reason), "analyzer-stop");
        t.setDaemon(false);
        t.start();
    }

    /** Graceful: running RPCs get {@link #GRACE_SECONDS} to finish, new ones are refused. Idempotent. */
    void stop(String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        log.debug("stopping: " + reason);
        EngineWatchdog dog = watchdog;
        if (dog != null) {
            dog.close();
        }
        if (server != null) {
            server.shutdown();
            try {
                if (!server.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    server.shutdownNow();
                }
            } catch (InterruptedException e) {
                server.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        ManagedChannel channel = engineChannel;
        if (channel != null) {
            log.closing(); // from here, a message the engine does not take is not worth a warning
            channel.shutdown(); // lets the last log messages go out
            try {
                channel.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            channel.shutdownNow();
        }
    }

    void awaitTermination() {
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }
}
