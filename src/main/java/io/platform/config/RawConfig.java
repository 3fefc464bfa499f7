package io.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stack configuration exactly as Pulumi hands it to a program: fully-qualified keys
 * ({@code namespace:name}) mapped to raw strings (structured values JSON-encoded), plus
 * the set of keys that were set with {@code --secret}.
 *
 * <p>Under the Pulumi CLI it comes from the {@code PULUMI_CONFIG} environment variables;
 * for the offline plan and tests it comes from a {@code Pulumi.<stack>.yaml} file, where
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

    /** Reads config the way the Pulumi language host passes it to the program process. */
    public static RawConfig fromPulumiEnvironment(Map<String, String> env) {
        String project = env.getOrDefault("PULUMI_PROJECT", "");
        String stack = env.getOrDefault("PULUMI_STACK", "");
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secrets = new TreeSet<>();
        try {
            String config = env.get("PULUMI_CONFIG");
            if (config != null && !config.isBlank()) {
                JsonNode node = JSON.readTree(config);
                node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            }
            String secretKeys = env.get("PULUMI_CONFIG_SECRET_KEYS");
            if (secretKeys != null && !secretKeys.isBlank()) {
                JSON.readTree(secretKeys).forEach(k -> secrets.add(k.asText()));
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException("PULUMI_CONFIG", "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return new RawConfig(project, stack, values, secrets);
    }

    /**
     * Reads a stack file such as {@code Pulumi.staging.yaml}. The stack name is taken from
     * the file name ({@code Pulumi.<stack>.yaml}) unless given.
     */
    public static RawConfig fromStackFile(Path stackFile, String project, String stack) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readString(stackFile));
        } catch (IOException e) {
            throw new ConfigException(stackFile.toString(), "cannot be read as YAML (" + e.getMessage() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secrets = new TreeSet<>();
        JsonNode config = root == null ? null : root.get("config");
        if (config != null && config.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = qualify(e.getKey(), project);
                JsonNode value = e.getValue();
                if (isSecure(value)) {
                    values.put(key, SECRET_PLACEHOLDER);
                    secrets.add(key);
                } else {
                    values.put(key, value.isValueNode() ? value.asText() : stripSecure(value, key, secrets).toString());
                }
            }
        }
        return new RawConfig(project, stack, values, secrets);
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

    private static String qualify(String key, String project) {
        return key.contains(":") ? key : project + ":" + key;
    }

    private static boolean isSecure(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.has("secure");
    }

    /** Nested {@code secure:} values inside structured config are secrets too; keep them opaque. */
    private static JsonNode stripSecure(JsonNode value, String key, Set<String> secrets) {
        if (isSecure(value)) {
            secrets.add(key);
            return TextNode.valueOf(SECRET_PLACEHOLDER);
        }
        if (value.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            value.fields().forEachRemaining(e -> copy.set(e.getKey(), stripSecure(e.getValue(), key, secrets)));
            return copy;
        }
        if (value.isArray()) {
            var copy = JSON.createArrayNode();
            value.forEach(v -> copy.add(stripSecure(v, key, secrets)));
            return copy;
        }
        return value;
    }
}
