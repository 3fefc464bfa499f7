package io.platform.config;

import java.util.List;

/**
 * A composite alarm (for paging on a combination rather than on every member): it is in ALARM when
 * any (or all) of its member alarms are, and notifies its severity's topic.
 *
 * @param alarms names of alarms of this stack (built-in {@code <id>} / {@code <id>-<name>}, or custom)
 */
public record CompositeAlarmConfig(String name, String description, List<String> alarms, boolean all,
                                   Severity severity) {
    public CompositeAlarmConfig {
        alarms = List.copyOf(alarms);
    }

    /** CloudWatch's alarm rule over the members' full names. */
    public String rule(java.util.function.UnaryOperator<String> fullName) {
        return String.join(all ? " AND " : " OR ", alarms.stream()
                .map(a -> "ALARM(\"" + fullName.apply(a) + "\")").toList());
    }
}
