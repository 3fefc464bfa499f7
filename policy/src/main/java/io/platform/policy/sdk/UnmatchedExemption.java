package io.platform.policy.sdk;

import java.util.LinkedHashMap;
import java.util.Map;

/** An exemption of the pack config that covered no violation: stale, or a typo in its pattern. */
public record UnmatchedExemption(String policyId, Exemption exemption) {

    public String message() {
        return "exemption of " + policyId + " for " + exemption.selector()
                + " matched no violation; remove it or fix its urn/namePattern";
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", policyId);
        if (exemption.urn() != null) {
            m.put("urn", exemption.urn());
        } else {
            m.put("namePattern", exemption.namePattern());
        }
        m.put("reason", exemption.reason());
        m.put("message", message());
        return m;
    }
}
