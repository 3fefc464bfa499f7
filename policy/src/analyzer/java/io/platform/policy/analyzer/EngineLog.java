package io.platform.policy.analyzer;

import com.google.protobuf.Empty;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

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
    private static final long SEND_DEADLINE_SECONDS = 5;
    private static final String PREFIX = "platform-security analyzer: ";

    private static final int MAX_EARLY_MESSAGES = 200;

    private record Message(LogSeverity severity, String text, String urn) {
    }

    private final PrintStream stderr;
    private final List<Message> early = new ArrayList<>();
    private boolean decided; // guarded by early: attach() or toStderrOnly() was called
    private volatile EngineGrpc.EngineStub engine;

    EngineLog(PrintStream stderr) {
        this.stderr = stderr;
    }

    /** From now on, messages go to this engine (those logged so far first). */
    void attach(EngineGrpc.EngineStub engine) {
        this.engine = engine;
        flushEarly();
    }

    /** There is no engine: messages go to stderr (those logged so far first). */
    void toStderrOnly() {
        flushEarly();
    }

    private void flushEarly() {
        List<Message> pending;
        synchronized (early) {
            decided = true;
            pending = new ArrayList<>(early);
            early.clear();
        }
        pending.forEach(m -> log(m.severity(), m.text(), m.urn()));
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
            toStderr(severity, message);
            return;
        }
        LogRequest request = LogRequest.newBuilder()
                .setSeverity(severity)
                .setMessage(message)
                .setUrn(urn == null ? "" : urn)
                .build();
        stub.withDeadlineAfter(SEND_DEADLINE_SECONDS, TimeUnit.SECONDS).log(request, new StreamObserver<>() {
            @Override
            public void onNext(Empty value) {
            }

            @Override
            public void onError(Throwable t) {
                toStderr(severity, message);
            }

            @Override
            public void onCompleted() {
            }
        });
    }

    private void toStderr(LogSeverity severity, String message) {
        if (severity != LogSeverity.DEBUG) {
            stderr.println(PREFIX + severity.name().toLowerCase(Locale.ROOT) + ": " + message);
        }
    }
}
