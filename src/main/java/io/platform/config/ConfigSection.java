package io.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.json.StableJson;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One object of stack config, read with its full key path so every error can name it
 * ({@code platform:network.azCount}). Every key read is remembered; {@link #rejectUnknownKeys()}
 * then turns a typo into an error (suggesting the nearest known key) instead of a silently
 * ignored setting. A section that holds a secret never quotes a value in its errors.
 */
public final class ConfigSection {
    private final String path;
    private final JsonNode node;
    private final boolean secret;
    /** Children set with {@code --secret} (top-level keys only; below that the whole section is secret). */
    private final Set<String> secretChildren;
    private final Set<String> known = new LinkedHashSet<>();

    ConfigSection(String path, JsonNode node) {
        this(path, node, false, Set.of());
    }

    private ConfigSection(String path, JsonNode node, boolean secret, Set<String> secretChildren) {
        this.path = path;
        this.secret = secret;
        this.secretChildren = secretChildren;
        this.node = node == null ? JsonNodeFactory.instance.objectNode() : node;
        if (!this.node.isObject()) {
            throw new ConfigException(path, show(secret, this.node) + " is not an object; expected a map of settings");
        }
    }

    /** The full key of a child, e.g. {@code platform:network} + {@code azCount}. */
    public String keyOf(String key) {
        return path.endsWith(":") ? path + key : path + "." + key;
    }

    public boolean has(String key) {
        return value(key) != null;
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
            throw new ConfigException(keyOf(key), show(key, v) + " is not a string");
        }
        String text = v.asText().trim();
        if (text.isEmpty()) {
            throw new ConfigException(keyOf(key), "is empty; give a value or remove the key");
        }
        return Optional.of(text);
    }

    /** A string that must be a member of {@code catalogue} (a region, an instance class…). */
    public String fromCatalogue(String key, String defaultValue, Catalogue catalogue) {
        String value = string(key, defaultValue);
        if (!catalogue.contains(value)) {
            throw new ConfigException(keyOf(key), catalogue.refusal(value));
        }
        return value;
    }

    public int integer(String key, int defaultValue, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max + " for " + keyOf(key)
                    + "; compare two keys with requireAtMost instead");
        }
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        int parsed = parseInt(key, v, min + ".." + max);
        if (parsed < min || parsed > max) {
            throw new ConfigException(keyOf(key), parsed + " is out of range " + min + ".." + max);
        }
        return parsed;
    }

    /** A whole number that must be one of a fixed set (e.g. CloudWatch retention days). */
    public int integerOneOf(String key, int defaultValue, int... allowed) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        String list = Arrays.stream(allowed).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        int value = parseInt(key, v, list);
        if (Arrays.stream(allowed).noneMatch(a -> a == value)) {
            throw new ConfigException(keyOf(key), value + " is not allowed; allowed: " + list);
        }
        return value;
    }

    /** A decimal number in {@code min..max} (an alarm threshold); whole numbers are accepted as such. */
    public double decimal(String key, double defaultValue, double min, double max) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        String allowed = format(min) + ".." + format(max);
        double parsed;
        if (v.isNumber()) {
            parsed = v.asDouble();
        } else if (v.isTextual() && v.asText().trim().matches("-?\\d+(\\.\\d+)?")) {
            parsed = Double.parseDouble(v.asText().trim());
        } else {
            throw new ConfigException(keyOf(key), show(key, v) + " is not a number; allowed: " + allowed);
        }
        if (parsed < min || parsed > max) {
            throw new ConfigException(keyOf(key), format(parsed) + " is out of range " + allowed);
        }
        return parsed;
    }

    private int parseInt(String key, JsonNode v, String allowed) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.asInt();
        }
        if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText().trim());
        }
        throw new ConfigException(keyOf(key), show(key, v) + " is not a whole number; allowed: " + allowed);
    }

    /**
     * Two settings that must be ordered (min ≤ max): the error names both keys and values,
     * {@code min 5 is greater than max 4}, never an empty range.
     */
    public void requireAtMost(String lowKey, Number low, String highKey, Number high) {
        if (low.doubleValue() > high.doubleValue()) {
            throw new ConfigException(keyOf(lowKey), lowKey + " " + format(low) + " is greater than " + highKey
                    + " " + format(high) + "; " + lowKey + " must be at most " + highKey);
        }
    }

    private static String format(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
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
        if (v.isTextual() && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(keyOf(key), show(key, v) + " is not a boolean; allowed: true, false"
                + (v.isTextual() && text.matches("(?i)yes|no|on|off|y|n") ? " (YAML 1.2, as Pulumi reads it, "
                + "takes " + text + " as a string)" : ""));
    }

    /** One of a closed set of names, e.g. a {@link NatStrategy}. */
    public <E extends Enum<E> & Named> E choice(String key, E defaultValue, Class<E> type) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return defaultValue;
        }
        return Named.parse(type, text.get()).orElseThrow(() -> new ConfigException(keyOf(key),
                "'" + text.get() + "' is not allowed" + Suggestions.didYouMean(text.get(), Named.names(type))
                        + "; allowed: " + Named.allowed(type)));
    }

    /** A list of distinct strings (hosts, codes, names): an entry given twice is a mistake. */
    public List<String> strings(String key, List<String> defaultValue) {
        List<String> values = orderedStrings(key, defaultValue);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                int first = values.indexOf(values.get(i));
                if (first != i) {
                    throw new ConfigException(keyOf(key) + "[" + i + "]", "'" + values.get(i) + "' is listed twice "
                            + "(also at [" + first + "]); list it once");
                }
            }
        }
        return values;
    }

    /** A list of strings whose order matters and whose entries may repeat (a command line). */
    public List<String> orderedStrings(String key, List<String> defaultValue) {
        JsonNode v = value(key);
        if (v == null) {
            return defaultValue;
        }
        if (!v.isArray()) {
            throw new ConfigException(keyOf(key), show(key, v) + " is not a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw new ConfigException(keyOf(key) + "[" + i + "]", show(key, item) + " is not a non-empty string");
            }
            out.add(item.asText().trim());
        }
        return List.copyOf(out);
    }

    /** A list of distinct strings each of which must be in {@code allowed}. */
    public List<String> stringsFrom(String key, List<String> defaultValue, Collection<String> allowed) {
        return stringsFrom(key, defaultValue, Catalogue.of("allowed", allowed));
    }

    /** A list of distinct strings each of which must be in {@code catalogue} (e.g. country codes). */
    public List<String> stringsFrom(String key, List<String> defaultValue, Catalogue catalogue) {
        List<String> values = strings(key, defaultValue);
        for (int i = 0; i < values.size(); i++) {
            if (!catalogue.contains(values.get(i))) {
                throw new ConfigException(keyOf(key) + "[" + i + "]", catalogue.refusal(values.get(i)));
            }
        }
        return values;
    }

    /** An object value as compact JSON in {@link StableJson}'s key order (e.g. an EventBridge event pattern). */
    public Optional<String> json(String key) {
        JsonNode v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isObject() || v.isEmpty()) {
            throw new ConfigException(keyOf(key), show(key, v) + " is not a non-empty object");
        }
        return Optional.of(StableJson.write(v));
    }

    public ConfigSection section(String key) {
        return new ConfigSection(keyOf(key), value(key), isSecret(key), Set.of());
    }

    /** A list of objects, each read with {@code reader} and checked for unknown keys. */
    /**
     * Refuses two entries of the list {@code key} (read with {@link #sections}) whose {@code field} is equal; the
     * error names {@code key[i].field} of the later entry, and {@code message} gets the later and first index.
     */
    public <T> void distinct(String key, List<T> entries, String field, Function<T, ?> value,
                             BiFunction<Integer, Integer, String> message) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (value.apply(entries.get(j)).equals(value.apply(entries.get(i)))) {
                    throw new ConfigException(keyOf(key) + "[" + i + "]." + field, message.apply(i, j));
                }
            }
        }
    }

    public <T> List<T> sections(String key, Function<ConfigSection, T> reader) {
        JsonNode v = value(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ConfigException(keyOf(key), show(key, v) + " is not a list");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode element = v.get(i);
            if (element.isNull()) {
                throw new ConfigException(keyOf(key) + "[" + i + "]", "is empty; give the entry or remove it");
            }
            ConfigSection item = new ConfigSection(keyOf(key) + "[" + i + "]", element, isSecret(key), Set.of());
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
                throw new ConfigException(keyOf(name), "is not a known setting" + Suggestions.didYouMean(name, known)
                        + "; known settings here: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** Builds the top-level section of one namespace from Pulumi's flat key/value map. */
    static ConfigSection namespace(String namespace, RawConfig raw) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Set<String> secrets = new TreeSet<>();
        String prefix = namespace + ":";
        raw.values().forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                String name = key.substring(prefix.length());
                object.set(name, raw.isSecret(key) ? StructuredValue.parseSecret(text) : StructuredValue.parse(key, text));
                if (raw.isSecret(key)) {
                    secrets.add(name);
                }
            }
        });
        return new ConfigSection(prefix, object, false, secrets);
    }

    /** Whether the value under {@code key} is (or holds) a secret, so messages must not quote it. */
    boolean isSecret(String key) {
        return secret || secretChildren.contains(key);
    }

    /** A value for a message: quoted, or summarised when it is (or holds) a secret. */
    String show(String key, JsonNode v) {
        return show(isSecret(key), v);
    }

    private static String show(boolean secret, JsonNode v) {
        if (!secret) {
            return describe(v);
        }
        if (v.isObject()) {
            return "an object of " + v.size() + " settings (not shown: it holds a secret)";
        }
        if (v.isArray()) {
            return "a list of " + v.size() + " items (not shown: it holds a secret)";
        }
        return "[secret]";
    }

    /** The value of {@code key}; absent is null, an explicit YAML/JSON null is an error. */
    private JsonNode value(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        if (v != null && v.isNull()) {
            throw new ConfigException(keyOf(key), "has no value; give one or remove the key");
        }
        return v;
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "'" + v.asText() + "'";
        }
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
