package io.platform.policy.sdk;

import java.util.List;

/** A policy with the pack config applied: its effective level, settings and exemptions. */
public final class ConfiguredPolicy {
    private final Policy policy;
    private final EnforcementLevel level;
    private final PolicySettings settings;
    private final List<Exemption> exemptions;

    ConfiguredPolicy(Policy policy, EnforcementLevel level, PolicySettings settings, List<Exemption> exemptions) {
        this.policy = policy;
        this.level = level;
        this.settings = settings;
        this.exemptions = List.copyOf(exemptions);
    }

    public Policy policy() {
        return policy;
    }

    public EnforcementLevel level() {
        return level;
    }

    public PolicySettings settings() {
        return settings;
    }

    public List<Exemption> exemptions() {
        return exemptions;
    }
}
