package io.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One object of stack config, read with its full key path so every error can name it
 * ({@code platform:network.azCount}). Every key read is remembered; {@link #rejectUnknownKeys()}
 * then turns a typo into an error instead of a silently ignored setting.
 */
public final class ConfigSection {
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    ConfigSection(String path, JsonNode node) {
        this.path = path;
        this.node = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (!this.node.isObject()) {
            throw new ConfigException(path, describe(this.node) + " is not an object; expected a map of settings");
        }
    }

    /** The full key of a child, e.g. {@code platform:network} + {@code azCount}. */
    public String keyOf(String key) {
        return path.endsWith(":") ? path + key : path + "." + key;
    }

    public boolean has(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    public String requiredString(String key, String meaning) {
        return optionalString(key).orElseThrow(() ->
                new ConfigException(keyOf(key), "is required: " + meaning));
    }

    public Optional<String> optionalString(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new ConfigException(keyOf(key), describe(v) + " is not a string");
        }
        String text = v.asText().trim();
        if (text.isEmpty()) {
            throw new ConfigException(keyOf(key), "is empty; give a value or remove the key");
        }
        return Optional.of(text);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        int parsed;
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            parsed = v.asInt();
        } else if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
            parsed = Integer.parseInt(v.asText().trim());
        } else {
            throw new ConfigException(keyOf(key), describe(v) + " is not a whole number; allowed: " + min + ".." + max);
        }
        if (parsed < min || parsed > max) {
            throw new ConfigException(keyOf(key), parsed + " is out of range " + min + ".." + max);
        }
        return parsed;
    }

    /** A whole number that must be one of a fixed set (e.g. CloudWatch retention days). */
    public int integerOneOf(String key, int defaultValue, int... allowed) {
        int value = integer(key, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (Arrays.stream(allowed).noneMatch(a -> a == value)) {
            throw new ConfigException(keyOf(key), value + " is not allowed; allowed: "
                    + Arrays.stream(allowed).mapToObj(Integer::toString).collect(Collectors.joining(", ")));
        }
        return value;
    }

    public boolean bool(String key, boolean defaultValue) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String text = v.asText().trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(keyOf(key), describe(v) + " is not a boolean; allowed: true, false");
    }

    /** One of a closed set of names, e.g. a {@link NatStrategy}. */
    public <E extends Enum<E> & Named> E choice(String key, E defaultValue, Class<E> type) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return Named.parse(type, text.get()).orElseThrow(() -> new ConfigException(keyOf(key),
                "'" + text.get() + "' is not allowed; allowed: " + Named.allowed(type)));
    }

    public List<String> strings(String key, List<String> defaultValue) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        if (!v.isArray()) {
            throw new ConfigException(keyOf(key), describe(v) + " is not a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw new ConfigException(keyOf(key) + "[" + i + "]", describe(item) + " is not a non-empty string");
            }
            out.add(item.asText().trim());
        }
        return List.copyOf(out);
    }

    /** A list of strings each of which must be in {@code allowed}. */
    public List<String> stringsFrom(String key, List<String> defaultValue, Collection<String> allowed) {
        List<String> values = strings(key, defaultValue);
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                throw new ConfigException(keyOf(key) + "[" + i + "]", "'" + values.get(i)
                        + "' is not allowed; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return values;
    }

    /** An object value as compact JSON, keys in the order given (e.g. an EventBridge event pattern). */
    public Optional<String> json(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isObject() || v.isEmpty()) {
            throw new ConfigException(keyOf(key), describe(v) + " is not a non-empty object");
        }
        return Optional.of(v.toString());
    }

    public ConfigSection section(String key) {
        return new ConfigSection(keyOf(key), value(key));
    }

    /** A list of objects, each read with {@code reader} and checked for unknown keys. */
    public <T> List<T> sections(String key, Function<ConfigSection, T> reader) {
        JsonNode v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ConfigException(keyOf(key), describe(v) + " is not a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            ConfigSection item = new ConfigSection(keyOf(key) + "[" + i + "]", v.get(i));
            out.add(reader.apply(item));
            item.rejectUnknownKeys();
        }
        return List.copyOf(out);
    }

    /** All keys present, for free-form maps (environment variables); each counts as known. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        known.addAll(keys);
        return keys;
    }

    /** Fails on the first key that no reader asked for: almost always a typo. */
    public void rejectUnknownKeys() {
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new ConfigException(keyOf(name), "is not a known setting; known settings here: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** Builds the top-level section of one namespace from Pulumi's flat key/value map. */
    static ConfigSection namespace(String namespace, RawConfig raw) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        String prefix = namespace + ":";
        raw.values().forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                // A secret is never parsed: a parse error would echo part of it.
                object.set(key.substring(prefix.length()), raw.isSecret(key)
                        ? JsonNodeFactory.instance.textNode(text) : StructuredValue.parse(key, text));
            }
        });
        return new ConfigSection(prefix, object);
    }

    private JsonNode value(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "'" + v.asText() + "'";
        }
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
