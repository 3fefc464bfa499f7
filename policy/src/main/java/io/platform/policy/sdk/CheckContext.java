package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** What a check can read besides the resources: its settings and the stack. */
public abstract sealed class CheckContext permits ResourceCheckContext, StackCheckContext {
    private final PolicyMetadata policy;
    private final StackContext stack;
    private final PolicySettings settings;
    final List<Finding> findings = new ArrayList<>();
    private int skipped;

    CheckContext(PolicyMetadata policy, StackContext stack, PolicySettings settings) {
        this.policy = policy;
        this.stack = stack;
        this.settings = settings;
    }

    public PolicySettings settings() {
        return settings;
    }

    public StackContext stack() {
        return stack;
    }

    /** See {@link StackContext#environment()}. */
    public String environment() {
        return stack.environment();
    }

    /**
     * Whether the stack is a production environment: its environment name is one of the
     * policy's {@code productionEnvironments} setting (default {@code ["production"]}).
     */
    public boolean isProduction() {
        if (!policy.environmentAware()) {
            throw new IllegalStateException("policy " + policy.id() + " must be declared environmentAware() to ask isProduction()");
        }
        return isProduction(stack, settings);
    }

    static boolean isProduction(StackContext stack, PolicySettings settings) {
        String env = stack.environment();
        return settings.strings(PolicyBuilder.PRODUCTION_ENVIRONMENTS).stream().anyMatch(env::equalsIgnoreCase);
    }

    /**
     * Runs one independent part of a check. If it reaches a value that is not known yet, only that part
     * is skipped (and counted): a known violation found by another part is still reported.
     */
    public void isolated(Runnable part) {
        try {
            part.run();
        } catch (UnknownValueException e) {
            skipped++;
        }
    }

    /** Runs {@code check} for each element, skipping just the elements that reach an unknown value. */
    public <T> void forEachIsolated(Collection<T> elements, Consumer<T> check) {
        for (T e : elements) {
            isolated(() -> check.accept(e));
        }
    }

    /** How many parts were skipped because a value was not known yet. */
    int skipped() {
        return skipped;
    }

    void countSkipped() {
        skipped++;
    }

    PolicyMetadata policy() {
        return policy;
    }

    String defaultFix(String fixHint) {
        return fixHint == null || fixHint.isBlank() ? policy.fixHint() : fixHint;
    }
}
