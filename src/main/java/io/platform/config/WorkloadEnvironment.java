package io.platform.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code environment} and {@code secrets} maps every workload (service, function) declares:
 * upper-case variable names, secrets that exist in this stack, and no variable in both maps.
 */
final class WorkloadEnvironment {
    private static final Pattern ENV_VAR = Pattern.compile("[A-Z_][A-Z0-9_]*");
    /** Keys of the RDS-managed master secret (RDS writes exactly these). */
    private static final List<String> MASTER_SECRET_KEYS = List.of("username", "password");

    private WorkloadEnvironment() {
    }

    /** A flat map of environment-variable names to strings. */
    static Map<String, String> variables(ConfigSection section) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : section.keys()) {
            if (!ENV_VAR.matcher(key).matches()) {
                throw new ConfigException(section.keyOf(key), "is not an environment variable name; allowed: "
                        + "upper-case letters, digits and _");
            }
            values.put(key, section.string(key, ""));
        }
        return values;
    }

    /**
     * Variable → secret reference. {@code jsonKeys} allows {@code name:key} (one key of a JSON
     * secret, which ECS resolves); the database master secret has only {@code username} and
     * {@code password}, the Redis token is a plain string.
     *
     * @param unit what declares them, for messages: {@code service 'api'}
     */
    static Map<String, String> secrets(ConfigSection parent, String unit, List<String> secretNames,
                                       Map<String, String> environment, boolean jsonKeys) {
        ConfigSection section = parent.section("secrets");
        Map<String, String> secrets = variables(section);
        secrets.forEach((variable, text) -> {
            String key = section.keyOf(variable);
            if (environment.containsKey(variable)) {
                throw new ConfigException(key, unit + " sets " + variable + " here and in "
                        + parent.section("environment").keyOf(variable) + "; a variable is either plain environment "
                        + "or injected from Secrets Manager");
            }
            SecretRef ref = SecretRef.parse(text);
            if (!secretNames.contains(ref.name())) {
                throw new ConfigException(key, "'" + ref.name() + "' is not a secret this stack defines"
                        + Suggestions.didYouMean(ref.name(), secretNames) + "; allowed: " + String.join(", ", secretNames));
            }
            ref.jsonKey().ifPresent(json -> checkJsonKey(key, ref, json, jsonKeys));
        });
        return secrets;
    }

    private static void checkJsonKey(String key, SecretRef ref, String json, boolean jsonKeys) {
        if (!jsonKeys) {
            throw new ConfigException(key, "'" + ref.name() + ":" + json + "' names a JSON key, but a function receives "
                    + "the secret's ARN; give the secret name and read the key in code");
        }
        if (!SecretRef.validKey(json)) {
            throw new ConfigException(key, "'" + json + "' is not a JSON key; allowed: 1-64 letters, digits and _.-");
        }
        if (ref.name().equals(DataConfig.DATABASE_MASTER_SECRET) && !MASTER_SECRET_KEYS.contains(json)) {
            throw new ConfigException(key, "'" + json + "' is not a key of the RDS-managed master secret; allowed: "
                    + String.join(", ", MASTER_SECRET_KEYS));
        }
        if (ref.name().equals(DataConfig.REDIS_AUTH_SECRET)) {
            throw new ConfigException(key, "'" + ref.name() + "' holds a plain string, not JSON; reference it without :"
                    + json);
        }
    }
}
