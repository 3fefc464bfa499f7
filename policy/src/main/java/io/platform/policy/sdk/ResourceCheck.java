package io.platform.policy.sdk;

/** Inspects one resource and reports what is wrong through the context. */
@FunctionalInterface
public interface ResourceCheck {
    void check(PolicyResource resource, ResourceCheckContext ctx);
}
