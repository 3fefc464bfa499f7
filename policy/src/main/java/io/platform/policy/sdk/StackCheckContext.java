package io.platform.policy.sdk;

import java.util.Collection;
import java.util.function.Consumer;

/** The context of a stack check: report violations against any resource of the stack. */
public final class StackCheckContext extends CheckContext {

    StackCheckContext(PolicyMetadata policy, StackContext stack, PolicySettings settings) {
        super(policy, stack, settings);
    }

    public void report(PolicyResource resource, String message) {
        report(resource, message, null);
    }

    public void report(PolicyResource resource, String message, String fixHint) {
        findings.add(new Finding(resource, message, defaultFix(fixHint)));
    }

    /**
     * Runs {@code check} for each resource, skipping just that resource when it reaches an unknown
     * value, so one unknown input does not silence the policy for the whole stack.
     */
    public void forEach(Collection<PolicyResource> resources, Consumer<PolicyResource> check) {
        forEachIsolated(resources, check);
    }
}
