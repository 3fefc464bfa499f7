package io.platform.policy.sdk;

/** Inspects the whole stack once and reports per resource through the context. */
@FunctionalInterface
public interface StackCheck {
    void check(StackResources stack, StackCheckContext ctx);
}
