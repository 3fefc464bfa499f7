package io.platform.plan;

import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.resources.Resource;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;

/**
 * The engine logger without its debug messages. The SDK sends a few per resource, each through an
 * asynchronous stage (a new thread on a 2-core machine) to a mock engine that drops them; info,
 * warnings and errors still reach the engine, so the plan's failures read as before.
 */
record NoDebugEngineLogger(EngineLogger delegate) implements EngineLogger {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    @Override
    public CompletableFuture<Void> logAsync(Level level, String message, Resource resource, Integer streamId,
                                           Boolean ephemeral) {
        return level.intValue() <= Level.FINE.intValue() ? DONE
                : delegate.logAsync(level, message, resource, streamId, ephemeral);
    }

    @Override
    public int getErrorCount() {
        return delegate.getErrorCount();
    }

    @Override
    public boolean hasLoggedErrors() {
        return delegate.hasLoggedErrors();
    }
}
