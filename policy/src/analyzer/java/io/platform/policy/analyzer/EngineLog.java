package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The analyzer's log. With an engine, messages go to its {@code Log} service (the CLI shows
 * warnings and errors, and debug messages with {@code --debug}); without one (started by hand),
 * info and above go to stderr. Never to stdout, which carries only the port.
 *
 * <p>Sending is asynchronous and never blocks an RPC; a message the engine does not take is
 * written to stderr instead. Messages logged before the engine connection is set up (it is made
 * after the port is printed) are kept and sent once it is.
 */
final class EngineLog {
    private static final long SEND_DEADLINE_SECONDS = 30;
    private static final String PREFIX = "platform-security analyzer: ";

    private static final int MAX_EARLY_MESSAGES = 200;

    private record Message(LogSeverity severity, String text, String urn) {
    }

    private final PrintStream stderr;
    private final List<Message> early = new ArrayList<>();
    private boolean decided; // guarded by early: attach() or toStderrOnly() was called
    private volatile EngineGrpc.EngineStub engine;
    private final AtomicBoolean sendFailureReported = new AtomicBoolean();
    private volatile boolean closing;
    private volatile Runnable onDelivered = () -> { };

    EngineLog(PrintStream stderr) {
        this.stderr = stderr;
    }

    /** From now on, messages go to this engine, after those logged so far (in their order). */
    void attach(EngineGrpc.EngineStub engine) {
        synchronized (early) {
            early.forEach(m -> send(engine, m.severity(), m.text(), m.urn()));
            early.clear();
            this.engine = engine;
            decided = true;
        }
    }

    /** Called after each message the engine took (the watchdog counts it as the engine answering). */
    void onDelivered(Runnable hook) {
        this.onDelivered = hook;
    }

    /** There is no engine: messages go to stderr (those logged so far first). */
    void toStderrOnly() {
        List<Message> pending;
        synchronized (early) {
            pending = new ArrayList<>(early);
            early.clear();
            decided = true;
        }
        pending.forEach(m -> toStderr(m.severity(), m.text()));
    }

    /** The analyzer is stopping: messages still go out, but one the engine does not take is not reported. */
    void closing() {
        closing = true;
    }

    void debug(String message) {
        log(LogSeverity.DEBUG, message, "");
    }

    void info(String message) {
        log(LogSeverity.INFO, message, "");
    }

    void warning(String message) {
        log(LogSeverity.WARNING, message, "");
    }

    void error(String message) {
        log(LogSeverity.ERROR, message, "");
    }

    /** A message about one resource (the CLI shows it under that resource). */
    void debug(String message, String urn) {
        log(LogSeverity.DEBUG, message, urn);
    }

    void log(LogSeverity severity, String message, String urn) {
        EngineGrpc.EngineStub stub = engine;
        if (stub == null) {
            synchronized (early) {
                if (!decided) {
                    if (early.size() < MAX_EARLY_MESSAGES) {
                        early.add(new Message(severity, message, urn));
                    }
                    return;
                }
            }
            stub = engine; // decided meanwhile: attached (engine is set before decided) or no engine
            if (stub == null) {
                toStderr(severity, message);
                return;
            }
        }
        send(stub, severity, message, urn);
    }

    private void send(EngineGrpc.EngineStub stub, LogSeverity severity, String message, String urn) {
        LogRequest request = LogRequest.newBuilder()
                .setSeverity(severity)
                .setMessage(message)
                .setUrn(urn == null ? "" : urn)
                .build();
        // In the root context: a message logged while serving an RPC must not be cancelled when that RPC ends.
        // waitForReady: a message sent while the connection is still being set up waits for it.
        Context.ROOT.run(() -> stub.withWaitForReady().withDeadlineAfter(SEND_DEADLINE_SECONDS, TimeUnit.SECONDS)
                .log(request, new StreamObserver<>() {
            @Override
            public void onNext(Empty value) {
            }

            @Override
            public void onError(Throwable t) {
                if (closing) {
                    return;
                }
                if (!sendFailureReported.getAndSet(true)) {
                    stderr.println(PREFIX + "warning: the engine did not take a log message (" + t + "); "
                            + "messages it does not take go to stderr, debug ones are dropped");
                }
                toStderr(severity, message);
            }

            @Override
            public void onCompleted() {
                onDelivered.run();
            }
        }));
    }

    private void toStderr(LogSeverity severity, String message) {
        if (severity != LogSeverity.DEBUG) {
            stderr.println(PREFIX + severity.name().toLowerCase(Locale.ROOT) + ": " + message);
        }
    }
}
