package io.platform.policy.sdk;

import java.util.Objects;

/**
 * Exempts resources from one policy, with a written reason. Exactly one of {@code urn} (one
 * resource) or {@code namePattern} is set. A name pattern is a case-insensitive glob matched
 * against the logical name and against the physical-name inputs {@code bucket} and {@code name},
 * so {@code *-access-logs*} covers a bucket and its companion resources.
 */
public final class Exemption {
    public static final int MIN_REASON_LENGTH = 10;
    private static final String[] NAME_INPUTS = {"bucket", "name"};

    private final String urn;
    private final String namePattern;
    private final String reason;

    public Exemption(String urn, String namePattern, String reason) {
        if ((urn == null) == (namePattern == null)) {
            throw new IllegalArgumentException("an exemption needs exactly one of urn or namePattern");
        }
        this.urn = urn;
        this.namePattern = namePattern;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static Exemption forUrn(String urn, String reason) {
        return new Exemption(urn, null, reason);
    }

    public static Exemption forNamePattern(String namePattern, String reason) {
        return new Exemption(null, namePattern, reason);
    }

    public String urn() {
        return urn;
    }

    public String namePattern() {
        return namePattern;
    }

    public String reason() {
        return reason;
    }

    public boolean matches(PolicyResource resource) {
        if (urn != null) {
            return urn.equals(resource.urn());
        }
        if (Glob.matches(namePattern, resource.name())) {
            return true;
        }
        for (String input : NAME_INPUTS) {
            // asMap(): a name lookup on any type is not a rule reading that type's inputs.
            if (Secret.unwrap(resource.properties().asMap().get(input)) instanceof String s && Glob.matches(namePattern, s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code urn "..."} or {@code namePattern "..."}, for reports. */
    public String selector() {
        return urn != null ? "urn \"" + urn + "\"" : "namePattern \"" + namePattern + "\"";
    }

    @Override
    public String toString() {
        return selector() + " (" + reason + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exemption e && Objects.equals(urn, e.urn)
                && Objects.equals(namePattern, e.namePattern) && reason.equals(e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(urn, namePattern, reason);
    }
}
