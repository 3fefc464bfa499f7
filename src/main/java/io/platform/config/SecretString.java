package io.platform.config;

/**
 * A config value set with {@code pulumi config set --secret}. It never prints its value;
 * tiers pass it to resources with {@code Output.ofSecret(secret.reveal())} so it stays
 * encrypted in state.
 */
public final class SecretString {
    private final String value;

    public SecretString(String value) {
        this.value = value;
    }

    /** The plain value, for {@code Output.ofSecret} only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
