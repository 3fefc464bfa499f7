package io.platform.policy.analyzer;

import io.grpc.BindableService;
import io.grpc.HandlerRegistry;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves a gRPC service whose definition is bound after the server has started. Binding
 * {@code pulumirpc.Analyzer} builds the protobuf descriptors of every analyzer message, which is a
 * good part of start-up; done here right after the port is printed, it overlaps with the engine
 * connecting. A call that arrives before the binding is done waits for it (on the transport thread, which
 * the server runs calls on: the engine's first call only, and bounded).
 */
final class LazyServiceRegistry extends HandlerRegistry {
    static final long BIND_TIMEOUT_SECONDS = 30;

    private final CompletableFuture<ServerServiceDefinition> definition = new CompletableFuture<>();

    /** Binds the service; calls waiting in {@link #lookupMethod} proceed. */
    void bind(BindableService service) {
        try {
            definition.complete(service.bindService());
        } catch (Throwable e) {
            definition.completeExceptionally(e);
        }
    }

    @Override
    public List<ServerServiceDefinition> getServices() {
        ServerServiceDefinition d = definition.getNow(null);
        return d == null ? List.of() : List.of(d);
    }

    /** The method, or null (the call then fails with UNIMPLEMENTED) if it is not ours or binding failed. */
    @Override
    public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
        try {
            return definition.get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS).getMethod(methodName);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
