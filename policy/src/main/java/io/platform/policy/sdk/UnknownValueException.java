package io.platform.policy.sdk;

/**
 * Thrown by typed accessors when a check reaches an {@link Unknown} value. The engine catches it,
 * keeps what the check reported from known values, and counts the check as skipped.
 * No stack trace: it is control flow, thrown often during previews.
 */
public final class UnknownValueException extends RuntimeException {
    private final String path;

    public UnknownValueException(String path) {
        super(path + " is not known yet", null, false, false);
        this.path = path;
    }

    /** The property path that was unknown, e.g. {@code viewerCertificate.minimumProtocolVersion}. */
    public String path() {
        return path;
    }
}
