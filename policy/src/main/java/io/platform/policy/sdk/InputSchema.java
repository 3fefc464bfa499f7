package io.platform.policy.sdk;

import java.util.ServiceLoader;

/**
 * The input properties a provider's resource types accept. When an implementation is registered
 * for {@link ServiceLoader} (typically in test resources), {@link PolicyTestKit} fails a
 * test whose rule reads an input path the type does not have: a misspelt property would otherwise
 * read as "not set" and pass or fail for the wrong reason.
 */
public interface InputSchema {
    /** Whether this schema describes {@code type}; other types are not checked. */
    boolean knowsType(String type);

    /** Whether {@code type} accepts the dotted input path (list elements add no segment), e.g. {@code accessLogs.bucket}. */
    boolean hasInput(String type, String path);
}
