package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code platform:secrets}. */
final class SecretsConfigReader {
    private SecretsConfigReader() {
    }

    /**
     * @param secretNames the stack's secrets
     * @param functions   names of {@code platform:functions} entries (rotation functions)
     */
    static SecretsConfig read(ConfigSection secrets, List<String> secretNames, List<String> functions) {
        List<SecretsConfig.Rotation> rotations = secrets.sections("rotation", r -> rotation(r, secretNames, functions));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rotations.size(); i++) {
            if (!seen.add(rotations.get(i).secret())) {
                throw new ConfigException(secrets.keyOf("rotation") + "[" + i + "].secret", "'"
                        + rotations.get(i).secret() + "' already has a rotation schedule");
            }
        }
        secrets.rejectUnknownKeys();
        return new SecretsConfig(rotations);
    }

    private static SecretsConfig.Rotation rotation(ConfigSection r, List<String> secretNames, List<String> functions) {
        String secret = r.requiredString("secret", "the secret to rotate, e.g. database/master");
        if (!secretNames.contains(secret)) {
            throw new ConfigException(r.keyOf("secret"), "'" + secret + "' is not a secret this stack defines"
                    + Suggestions.didYouMean(secret, secretNames) + "; allowed: " + String.join(", ", secretNames));
        }
        if (secret.equals(DataConfig.REDIS_AUTH_SECRET)) {
            throw new ConfigException(r.keyOf("secret"), "'" + secret + "' is rotated by hand with a rolling update "
                    + "(seed 001 §5.5.2): the replication group must learn the new token first");
        }
        int days = r.integer("days", 30, 1, 365);
        Optional<String> function = r.optionalString("function");
        boolean master = secret.equals(DataConfig.DATABASE_MASTER_SECRET);
        if (master && function.isPresent()) {
            throw new ConfigException(r.keyOf("function"), "is set for " + secret + ", which RDS rotates with its own "
                    + "function; remove the key");
        }
        if (!master && function.isEmpty()) {
            throw new ConfigException(r.keyOf("function"), "is required: the entry of platform:functions that rotates "
                    + secret + (functions.isEmpty() ? " (none is defined)" : "; allowed: " + String.join(", ", functions)));
        }
        function.ifPresent(f -> {
            if (!functions.contains(f)) {
                throw new ConfigException(r.keyOf("function"), "'" + f + "' is not a function of platform:functions"
                        + Suggestions.didYouMean(f, functions) + "; allowed: "
                        + (functions.isEmpty() ? "none defined" : String.join(", ", functions)));
            }
        });
        return new SecretsConfig.Rotation(secret, days, function);
    }
}
