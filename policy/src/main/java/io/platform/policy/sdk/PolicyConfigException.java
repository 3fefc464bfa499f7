package io.platform.policy.sdk;

/** A bad policy pack config: the one-line message names the key, the value and what is allowed. */
public final class PolicyConfigException extends IllegalArgumentException {
    public PolicyConfigException(String message) {
        super(message);
    }

    public PolicyConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
