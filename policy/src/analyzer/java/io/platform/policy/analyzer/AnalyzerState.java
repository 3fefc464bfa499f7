package io.platform.policy.analyzer;

import io.platform.policy.sdk.ConfiguredPolicy;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.StackContext;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the engine told the analyzer: the stack (ConfigureStack) and the policies' levels and
 * settings (Configure). Each is replaced as a whole, so readers always see a consistent snapshot.
 */
final class AnalyzerState {
    /** The stack as ConfigureStack described it; secret config values are not kept. */
    record StackInfo(StackContext context, Set<String> secretConfigKeys, Map<String, String> tags) {
        StackInfo {
            secretConfigKeys = Set.copyOf(secretConfigKeys);
            tags = Map.copyOf(tags);
        }
    }

    /** Until ConfigureStack arrives: no stack name, so production-only policies do not run. */
    static final StackInfo UNKNOWN_STACK = new StackInfo(new StackContext("", "", "", Map.of(), false), Set.of(), Map.of());

    private volatile StackInfo stack = UNKNOWN_STACK;
    private volatile boolean stackConfigured;
    private volatile List<ConfiguredPolicy> configured;
    private volatile boolean cancelled;
    private final AtomicBoolean warnedWithoutStack = new AtomicBoolean();

    /**
     * Records the stack. Secret config values are dropped (only their keys are kept): no policy reads
     * them, and what is not kept cannot end up in a message.
     */
    StackInfo configureStack(AnalyzerStackConfigureRequest request) {
        Set<String> secretKeys = new TreeSet<>(request.getConfigSecretKeysList());
        Map<String, String> config = new LinkedHashMap<>();
        request.getConfigMap().forEach((k, v) -> {
            if (!secretKeys.contains(k)) {
                config.put(k, v);
            }
        });
        StackInfo info = new StackInfo(
                new StackContext(request.getStack(), request.getProject(), request.getOrganization(), config,
                        request.getDryRun()),
                secretKeys, request.getTagsMap());
        stack = info;
        stackConfigured = true;
        return info;
    }

    StackInfo stack() {
        return stack;
    }

    boolean stackConfigured() {
        return stackConfigured;
    }

    /** True once, on the first analysis before ConfigureStack: the caller warns that the stack is unknown. */
    boolean firstRunWithoutStack() {
        return !stackConfigured && warnedWithoutStack.compareAndSet(false, true);
    }

    /**
     * Applies the engine's merged per-policy config.
     *
     * @throws io.platform.policy.sdk.PolicyConfigException when it does not fit the pack
     */
    List<ConfiguredPolicy> configure(PolicyPack pack, PackConfig config) {
        List<ConfiguredPolicy> result = pack.configure(config);
        configured = result;
        return result;
    }

    /** The configured policies; the pack's defaults until Configure is called. */
    List<ConfiguredPolicy> configured(PolicyPack pack) {
        List<ConfiguredPolicy> current = configured;
        if (current == null) {
            synchronized (this) {
                if (configured == null) {
                    configured = pack.configure(PackConfig.empty());
                }
                current = configured;
            }
        }
        return current;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }
}
