package io.platform.plan;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.core.internal.Exceptions;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import com.pulumi.exceptions.ResourceException;
import com.pulumi.exceptions.RunException;

import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The SDK's runner ({@code DeploymentImpl.DefaultRunner}) with the same contract — the program is done
 * when every task it registered is done; the first failed task fails the run; failures are logged to
 * the engine and returned with exit code 32 — but it waits instead of spinning. The SDK's runner
 * re-checks its in-flight tasks in a loop until they are all done, formatting the whole task map into a
 * (discarded) log line on every pass, and on a 2-core machine each pass starts a new thread
 * (docs/performance.md): most of the offline plan's CPU went there. Here a check runs only when the
 * program has returned and then whenever the count of unfinished tasks reaches zero or a task fails.
 */
final class AwaitingRunner implements Runner {
    private static final int FAILED = Runner.ProcessExitedAfterLoggingUserActionableMessage;

    private final EngineLogger engineLogger;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final Queue<Exception> swallowed = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> allDone = new CompletableFuture<>();
    private volatile boolean programReturned;

    AwaitingRunner(EngineLogger engineLogger) {
        this.engineLogger = engineLogger;
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        unfinished.incrementAndGet();
        inFlight.add(task);
        task.whenComplete((value, failure) -> {
            if (unfinished.decrementAndGet() == 0 || failure != null) {
                wake();
            }
        });
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> program) {
        CompletableFuture<T> value = ContextAwareCompletableFuture.supplyAsync(program);
        registerTask("AwaitingRunner#runAsync", value);
        return value.thenCompose(v -> {
            programReturned = true;
            wake();
            return allDone.thenApply(ignored -> v);
        }).handle((v, failure) -> failure == null
                ? CompletableFuture.completedFuture(result(engineLogger.hasLoggedErrors() ? FAILED : 0, v))
                : handle(failure).thenApply(code -> this.<T>result(code, null)))
                .thenCompose(Function.identity());
    }

    /** As the SDK's runner: checked on another thread, so a finishing task's other callbacks can register more. */
    private void wake() {
        if (programReturned && !allDone.isDone()) {
            CompletableFuture.runAsync(this::check);
        }
    }

    private synchronized void check() {
        try {
            for (CompletableFuture<?> task : List.copyOf(inFlight)) {
                if (task.isDone()) {
                    inFlight.remove(task);
                    task.join(); // throws for a failed task, as the SDK's runner does
                }
            }
        } catch (RuntimeException e) {
            allDone.completeExceptionally(e);
            return;
        }
        if (inFlight.isEmpty()) {
            allDone.complete(null);
        }
    }

    private CompletableFuture<Integer> handle(Throwable failure) {
        return handle(failure instanceof Exception e ? e : new RunException("unexpected throwable", failure));
    }

    /** The SDK runner's reporting: every wrapper and its cause kept, the cause logged to the engine as an error. */
    private CompletableFuture<Integer> handle(Exception e) {
        swallowed.add(e);
        if (e instanceof CompletionException && e.getCause() instanceof Exception cause) {
            return handle(cause);
        }
        if (e instanceof RunException) {
            return engineLogger.errorAsync(e.getMessage()).thenApply(ignored -> FAILED);
        }
        if (e instanceof ResourceException re) {
            String message = re.isHideStack() ? re.getMessage() : Exceptions.getStackTrace(re);
            return engineLogger.errorAsync(message, re.getResource().orElse(null)).thenApply(ignored -> FAILED);
        }
        return engineLogger.errorAsync(String.format("Running program [PID: %d](%s) failed with an unhandled "
                        + "exception:%n%s", ProcessHandle.current().pid(),
                ProcessHandle.current().info().commandLine().orElse("unknown"), Exceptions.getStackTrace(e)))
                .thenApply(ignored -> FAILED);
    }

    private <T> Result<T> result(int exitCode, T value) {
        return new Result<>(exitCode, List.copyOf(swallowed), Optional.ofNullable(value)) {
        };
    }
}
