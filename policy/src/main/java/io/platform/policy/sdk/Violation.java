package io.platform.policy.sdk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finding in a report.
 *
 * @param level           the effective level ({@code remediate}: fixed automatically)
 * @param exempted        true when an exemption of the pack config covers it; it then does not count
 * @param exemptionReason the exemption's reason, or null
 */
public record Violation(String policyId, EnforcementLevel level, Severity severity, String urn,
                        String resourceName, String resourceType, String message, String fixHint,
                        boolean exempted, String exemptionReason) {

    /** JSON-ready fields (the offline plan's {@code policy.violations[]} entries). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", policyId);
        m.put("enforcementLevel", level.wireName());
        m.put("severity", severity.wireName());
        m.put("urn", urn);
        m.put("name", resourceName);
        m.put("type", resourceType);
        m.put("message", message);
        m.put("fix", fixHint);
        m.put("exempted", exempted);
        if (exempted) {
            m.put("exemptionReason", exemptionReason);
        }
        return m;
    }
}
