package io.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stack configuration exactly as Pulumi hands it to a program: fully-qualified keys
 * ({@code namespace:name}) mapped to raw strings (structured values JSON-encoded), plus
 * the set of keys that were set with {@code --secret}.
 *
 * <p>Under the Pulumi CLI it comes from the {@code PULUMI_CONFIG} environment variables, secrets
 * decrypted; for the offline plan and tests it comes from a {@code Pulumi.<stack>.yaml} file, where
 * a {@code secure:} value stays encrypted and is represented by {@link #SECRET_PLACEHOLDER}.
 */
public record RawConfig(String project, String stack, Map<String, String> values, Set<String> secretKeys) {

    /** What the offline plan passes for a {@code secure:} value it cannot (and must not) decrypt. */
    public static final String SECRET_PLACEHOLDER = "[secret]";

    private static final ObjectMapper JSON = new ObjectMapper();

    public RawConfig {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        secretKeys = Collections.unmodifiableSet(new TreeSet<>(secretKeys));
    }

    /**
     * Reads config the way the Pulumi language host passes it to the program process. Without
     * {@code aws:region} the AWS provider takes {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION};
     * so does this, so the program and the provider agree on the region.
     */
    public static RawConfig fromPulumiEnvironment(Map<String, String> env) {
        String project = env.getOrDefault("PULUMI_PROJECT", "");
        String stack = env.getOrDefault("PULUMI_STACK", "");
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secrets = new TreeSet<>();
        JsonNode config = json(env, "PULUMI_CONFIG");
        if (config != null) {
            if (!config.isObject()) {
                throw new ConfigException("PULUMI_CONFIG", "is not a JSON object of config keys");
            }
            config.fields().forEachRemaining(e -> values.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        JsonNode secretKeys = json(env, "PULUMI_CONFIG_SECRET_KEYS");
        if (secretKeys != null) {
            secretKeys.forEach(k -> secrets.add(k.asText()));
        }
        if (!values.containsKey("aws:region")) {
            String region = env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
            if (region != null && !region.isBlank()) {
                values.put("aws:region", region);
            }
        }
        return new RawConfig(project, stack, values, secrets);
    }

    /** Parses one variable; an error gives the position only, since the text may hold decrypted secrets. */
    private static JsonNode json(Map<String, String> env, String variable) {
        String text = env.get(variable);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(variable, "is not valid JSON" + StructuredValue.position(e));
        }
    }

    /**
     * Reads a stack file such as {@code Pulumi.staging.yaml} as the Pulumi CLI does (see
     * {@link StackFileReader}). The stack name is taken from the file name unless given.
     */
    public static RawConfig fromStackFile(Path stackFile, String project, String stack) {
        return StackFileReader.read(stackFile, project, stack);
    }

    /** Stack name from a {@code Pulumi.<stack>.yaml} file name, or null when it has another shape. */
    public static String stackNameOf(Path stackFile) {
        String file = stackFile.getFileName().toString();
        if (file.startsWith("Pulumi.") && (file.endsWith(".yaml") || file.endsWith(".yml"))) {
            int dot = file.lastIndexOf('.');
            return dot > "Pulumi.".length() ? file.substring("Pulumi.".length(), dot) : null;
        }
        return null;
    }

    public boolean isSecret(String key) {
        return secretKeys.contains(key);
    }

    /** A secret whose value the program can see: under the CLI; the offline plan only has the placeholder. */
    public boolean isDecryptedSecret(String key) {
        return isSecret(key) && values.containsKey(key) && !SECRET_PLACEHOLDER.equals(values.get(key));
    }
}
