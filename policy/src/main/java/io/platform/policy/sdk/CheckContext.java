package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.List;

/** What a check can read besides the resources: its settings and the stack. */
public abstract sealed class CheckContext permits ResourceCheckContext, StackCheckContext {
    private final PolicyMetadata policy;
    private final StackContext stack;
    private final PolicySettings settings;
    final List<Finding> findings = new ArrayList<>();

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

    PolicyMetadata policy() {
        return policy;
    }

    String defaultFix(String fixHint) {
        return fixHint == null || fixHint.isBlank() ? policy.fixHint() : fixHint;
    }
}
