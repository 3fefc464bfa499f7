package io.platform.policy.sdk;

/**
 * An input marked secret by the engine. Typed accessors see through it so rules can check it,
 * but {@link #toString()} and {@link PropertyMap#display(String)} never show the value.
 */
public record Secret(Object value) {

    /** The value inside any number of secret wrappers, or {@code raw} itself. */
    public static Object unwrap(Object raw) {
        Object v = raw;
        while (v instanceof Secret s) {
            v = s.value();
        }
        return v;
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
