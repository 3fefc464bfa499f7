package io.platform.policy.sdk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a policy's findings are enforced, with the same names Pulumi CrossGuard uses. */
public enum EnforcementLevel {
    /** Reported, never blocks. */
    ADVISORY,
    /** Reported and blocks the update. */
    MANDATORY,
    /** The policy's remediation rewrites the inputs; findings it cannot fix block like mandatory ones. */
    REMEDIATE,
    /** The policy does not run. */
    DISABLED;

    /** The lower-case name used in pack config files and on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EnforcementLevel> fromWireName(String name) {
        return Arrays.stream(values()).filter(l -> l.wireName().equals(name)).findFirst();
    }

    /** "advisory, mandatory, remediate, disabled", for error messages. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(EnforcementLevel::wireName).collect(Collectors.joining(", "));
    }
}
