package io.platform.policy.sdk;

/** The context of a resource check: report violations of the resource being checked. */
public final class ResourceCheckContext extends CheckContext {
    private final PolicyResource resource;

    ResourceCheckContext(PolicyMetadata policy, StackContext stack, PolicySettings settings, PolicyResource resource) {
        super(policy, stack, settings);
        this.resource = resource;
    }

    /** Reports a violation with the policy's default fix hint. */
    public void report(String message) {
        report(message, null);
    }

    /** Reports a violation with a specific one-line fix hint. */
    public void report(String message, String fixHint) {
        findings.add(new Finding(resource, message, defaultFix(fixHint)));
    }
}
