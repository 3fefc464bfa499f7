package io.platform.policy.sdk;

/** A policy's check threw: a bug in the rule, reported with the policy and resource it hit. */
public final class PolicyExecutionException extends RuntimeException {
    public PolicyExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
