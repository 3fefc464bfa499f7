package io.platform.policy.sdk;

import java.util.Map;

/**
 * Rewrites a resource's inputs so that it complies, for policies at level {@code remediate}.
 * Called only when the policy's check reported something.
 */
@FunctionalInterface
public interface Remediation {
    /** The complete new inputs, or null when this resource cannot be fixed automatically. */
    Map<String, Object> remediate(PolicyResource resource, ResourceCheckContext ctx);
}
