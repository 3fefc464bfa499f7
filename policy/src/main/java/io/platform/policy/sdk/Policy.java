package io.platform.policy.sdk;

/** A rule of a policy pack: a {@link ResourcePolicy} or a {@link StackPolicy}. */
public sealed interface Policy permits ResourcePolicy, StackPolicy {
    PolicyMetadata metadata();

    default String id() {
        return metadata().id();
    }
}
