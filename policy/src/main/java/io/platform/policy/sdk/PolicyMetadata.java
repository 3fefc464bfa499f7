package io.platform.policy.sdk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every policy declares, whatever it inspects.
 *
 * @param id               stable id used in pack config and reports, e.g. {@code rds-no-public-access}
 * @param description      one sentence: what the policy requires
 * @param defaultLevel     level when the pack config does not override it
 * @param severity         how bad a violation is
 * @param controls         the controls it checks, each under its own framework (sorted, no duplicates)
 * @param noControlReason  when {@code controls} is empty: why no public control maps to it
 * @param fixHint          one line telling the user how to comply (a check may give a more specific one)
 * @param configSchema     the settings it accepts
 * @param environmentAware whether it reads {@code productionEnvironments} (see {@link CheckContext#isProduction()})
 * @param productionOnly   whether it only runs in production environments
 */
public record PolicyMetadata(String id, String description, EnforcementLevel defaultLevel, Severity severity,
                             List<Control> controls, String noControlReason, String fixHint,
                             ConfigSchema configSchema, boolean environmentAware, boolean productionOnly) {
    public PolicyMetadata {
        controls = List.copyOf(new TreeSet<>(controls));
        if (controls.isEmpty() && (noControlReason == null || noControlReason.isBlank())) {
            throw new IllegalArgumentException("policy " + id + " cites no control and does not say why");
        }
        if (!controls.isEmpty() && noControlReason != null) {
            throw new IllegalArgumentException("policy " + id + " cites controls and also says it has none");
        }
    }

    /** The cited controls grouped by framework, in framework order. */
    public Map<Framework, List<String>> controlsByFramework() {
        Map<Framework, List<String>> out = new TreeMap<>();
        for (Control c : controls) {
            out.computeIfAbsent(c.framework(), f -> new java.util.ArrayList<>()).add(c.id());
        }
        return out;
    }

    /** The ids cited under one framework. */
    public List<String> controls(Framework framework) {
        return controls.stream().filter(c -> c.framework() == framework).map(Control::id).toList();
    }
}
