package io.platform.policy.sdk;

/** What a check reported, before the engine applies levels and exemptions. */
record Finding(PolicyResource resource, String message, String fixHint) {
}
