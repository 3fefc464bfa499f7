package io.platform.policy.sdk;

import java.util.List;
import java.util.Map;

/**
 * Inputs a {@code remediate}-level policy rewrote.
 *
 * @param fixed      the messages the check reported before the rewrite
 * @param properties the complete new inputs
 */
public record RemediatedResource(String policyId, String urn, String resourceName, List<String> fixed,
                                 Map<String, Object> properties) {
    public RemediatedResource {
        fixed = List.copyOf(fixed);
    }
}
