package io.platform.plan;

/** The plan could not be produced (missing stack file, program failure); the message is for the user. */
public final class PlanException extends RuntimeException {
    public PlanException(String message) {
        super(message);
    }

    public PlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
