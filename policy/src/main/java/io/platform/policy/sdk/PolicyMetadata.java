package io.platform.policy.sdk;

import java.util.List;

/**
 * What every policy declares, whatever it inspects.
 *
 * @param id               stable id used in pack config and reports, e.g. {@code rds-no-public-access}
 * @param description      one sentence: what the policy requires
 * @param defaultLevel     level when the pack config does not override it
 * @param severity         how bad a violation is
 * @param controls         compliance controls it maps to (AWS FSBP ids like {@code RDS.2}, {@code CIS 2.3.3})
 * @param fixHint          one line telling the user how to comply (a check may give a more specific one)
 * @param configSchema     the settings it accepts
 * @param environmentAware whether it reads {@code productionEnvironments} (see {@link CheckContext#isProduction()})
 * @param productionOnly   whether it only runs in production environments
 */
public record PolicyMetadata(String id, String description, EnforcementLevel defaultLevel, Severity severity,
                             List<String> controls, String fixHint, ConfigSchema configSchema,
                             boolean environmentAware, boolean productionOnly) {
    public PolicyMetadata {
        controls = List.copyOf(controls);
    }
}
