package io.platform.policy.sdk;

/**
 * An input whose value the engine does not know yet (an output of another resource during preview).
 * Rules never report a violation from it: typed accessors throw {@link UnknownValueException}
 * and the engine skips that check for that resource.
 */
public final class Unknown {
    public static final Unknown VALUE = new Unknown();

    private Unknown() {
    }

    @Override
    public String toString() {
        return "<unknown>";
    }
}
