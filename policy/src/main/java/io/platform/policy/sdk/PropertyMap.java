package io.platform.policy.sdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Typed, null-safe reads over a resource's input properties (camelCase, JSON-like values plus the
 * {@link Unknown} and {@link Secret} sentinels), so rules never cast raw maps.
 *
 * <p>Missing or null properties read as empty. Secrets are seen through. Reaching an
 * {@link Unknown} value throws {@link UnknownValueException}: the engine then skips the check, so
 * a rule can never report a violation from a value that is not known yet. A value of the wrong
 * type reads as empty (the provider would reject it anyway). Not thread-safe (JSON reads are memoised).
 */
public final class PropertyMap {
    /** Built on first use, not when the pack's rules are created (Jackson takes a while to start). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final PropertyMap EMPTY = new PropertyMap(Map.of(), "", null);

    private final Map<String, Object> values;
    private final String path;
    private final Consumer<String> reads;
    /** An element of a list that is not known yet: every input of it reads as unknown. */
    private final boolean unknown;
    private Map<String, Optional<JsonNode>> jsonCache;

    private PropertyMap(Map<String, Object> values, String path, Consumer<String> reads) {
        this(values, path, reads, false);
    }

    private PropertyMap(Map<String, Object> values, String path, Consumer<String> reads, boolean unknown) {
        this.values = values;
        this.path = path;
        this.reads = reads;
        this.unknown = unknown;
    }

    /** Wraps (does not copy) a JSON-like map; callers must not mutate it afterwards. */
    @SuppressWarnings("unchecked")
    public static PropertyMap of(Map<String, ?> values) {
        return values == null || values.isEmpty() ? EMPTY
                : new PropertyMap(Collections.unmodifiableMap((Map<String, Object>) values), "", null);
    }

    /**
     * Like {@link #of(Map)}, but reports the dotted path of every property a rule reads
     * (list elements add no segment). Tests use it to prove rules read real provider input names.
     */
    @SuppressWarnings("unchecked")
    public static PropertyMap recording(Map<String, ?> values, Consumer<String> reads) {
        return new PropertyMap(Collections.unmodifiableMap((Map<String, Object>) values), "", reads);
    }

    public static PropertyMap empty() {
        return EMPTY;
    }

    /** The raw values, sentinels included. */
    public Map<String, Object> asMap() {
        return values;
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty() && !unknown;
    }

    /** Present and not null; an unknown value counts as present. */
    public boolean has(String key) {
        return Secret.unwrap(read(key)) != null;
    }

    public boolean isUnknown(String key) {
        return Secret.unwrap(read(key)) instanceof Unknown;
    }

    public boolean isSecret(String key) {
        return read(key) instanceof Secret;
    }

    /** The raw value with its sentinels, or null. */
    public Object raw(String key) {
        return read(key);
    }

    /** The value with secrets unwrapped; throws {@link UnknownValueException} if unknown. */
    public Object value(String key) {
        Object v = Secret.unwrap(read(key));
        if (v instanceof Unknown) {
            throw new UnknownValueException(path + key);
        }
        return v;
    }

    public Optional<Boolean> bool(String key) {
        Object v = value(key);
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }

    public boolean bool(String key, boolean whenMissing) {
        return bool(key).orElse(whenMissing);
    }

    public Optional<String> string(String key) {
        Object v = value(key);
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return Optional.of(String.valueOf(v));
        }
        return Optional.empty();
    }

    /** A non-blank string, or empty. */
    public Optional<String> nonBlank(String key) {
        return string(key).filter(s -> !s.isBlank());
    }

    /** Whole numbers, whether they arrive as Integer, Long, Double (protobuf) or a numeric string. */
    public Optional<Integer> integer(String key) {
        return toInteger(value(key));
    }

    public Optional<Double> number(String key) {
        Object v = value(key);
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A list of strings (numbers are rendered); empty if missing. Unknown elements throw. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object element : list(key)) {
            Object e = Secret.unwrap(element);
            if (e instanceof Unknown) {
                throw new UnknownValueException(path + key + "[]");
            }
            if (e instanceof String || e instanceof Number || e instanceof Boolean) {
                out.add(String.valueOf(e));
            }
        }
        return out;
    }

    /** The raw elements of a list (sentinels included); a single non-list value reads as a one-element list. */
    public List<Object> list(String key) {
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return Collections.unmodifiableList(l);
        }
        return List.of(v);
    }

    /** A nested object; empty if missing or not an object. */
    public PropertyMap map(String key) {
        return child(value(key), key);
    }

    /**
     * A list of nested objects (a single object reads as a one-element list, which covers the
     * BucketV2-style list-of-one blocks). An element not known yet is kept as an object whose every
     * input is unknown, so a check that isolates elements skips just that one; an unknown list throws.
     */
    public List<PropertyMap> maps(String key) {
        List<PropertyMap> out = new ArrayList<>();
        for (Object element : list(key)) {
            Object e = Secret.unwrap(element);
            if (e instanceof Unknown) {
                out.add(new PropertyMap(Map.of(), path + key + ".", reads, true));
                continue;
            }
            if (e instanceof Map<?, ?>) {
                out.add(child(e, key));
            }
        }
        return out;
    }

    /** The first nested object of a list-or-object property. */
    public Optional<PropertyMap> first(String key) {
        List<PropertyMap> all = maps(key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * A JSON document held as a string (IAM policies, container definitions) or as an object,
     * parsed once per property. Malformed JSON reads as empty: AWS rejects it before it matters.
     */
    public Optional<JsonNode> json(String key) {
        Object v = value(key);
        if (v == null) {
            return Optional.empty();
        }
        if (jsonCache == null) {
            jsonCache = new HashMap<>();
        }
        Optional<JsonNode> cached = jsonCache.get(key);
        if (cached == null) {
            cached = parseJson(v, key);
            jsonCache.put(key, cached);
        }
        return cached;
    }

    /** Text for messages: secrets as {@code [secret]}, unknowns as {@code <unknown>}, missing as {@code not set}. */
    public String display(String key) {
        return displayValue(read(key));
    }

    /** Text for one raw value, masking secrets. */
    public static String displayValue(Object raw) {
        if (raw == null) {
            return "not set";
        }
        if (raw instanceof Secret || raw instanceof Unknown) {
            return raw.toString();
        }
        if (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
            return containsSecret(raw) ? "[secret]" : String.valueOf(raw);
        }
        return String.valueOf(raw);
    }

    /**
     * Every secret string in these properties (at any depth), so the engine can keep them out of
     * messages even if a rule echoes a value by mistake.
     */
    public List<String> secretStrings() {
        List<String> out = new ArrayList<>();
        collectSecrets(values, false, out);
        return out;
    }

    /** A copy of the raw values with one property replaced, for remediations. */
    public Map<String, Object> with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    static Optional<Integer> toInteger(Object v) {
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return Optional.of((int) d);
            }
            return Optional.empty();
        }
        if (v instanceof String s) {
            try {
                BigDecimal b = new BigDecimal(s.trim());
                return Optional.of(b.intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Object read(String key) {
        if (reads != null) {
            reads.accept(path + key);
        }
        return unknown ? Unknown.VALUE : values.get(key);
    }

    @SuppressWarnings("unchecked")
    private PropertyMap child(Object v, String key) {
        if (v instanceof Map<?, ?> m) {
            return new PropertyMap(Collections.unmodifiableMap((Map<String, Object>) m), path + key + ".", reads);
        }
        return reads == null ? EMPTY : new PropertyMap(Map.of(), path + key + ".", reads);
    }

    private Optional<JsonNode> parseJson(Object v, String key) {
        if (v instanceof String s) {
            try {
                return Optional.ofNullable(Json.MAPPER.readTree(s)).filter(n -> !n.isMissingNode());
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(Json.MAPPER.valueToTree(plain(v, key)));
    }

    /** The value with secrets unwrapped at every depth; an unknown inside throws. */
    private Object plain(Object raw, String key) {
        Object v = Secret.unwrap(raw);
        if (v instanceof Unknown) {
            throw new UnknownValueException(path + key);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, e) -> out.put(String.valueOf(k), plain(e, key)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(plain(e, key)));
            return out;
        }
        return v;
    }

    private static boolean containsSecret(Object raw) {
        if (raw instanceof Secret) {
            return true;
        }
        if (raw instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(PropertyMap::containsSecret);
        }
        if (raw instanceof List<?> l) {
            return l.stream().anyMatch(PropertyMap::containsSecret);
        }
        return false;
    }

    private static void collectSecrets(Object raw, boolean inSecret, List<String> out) {
        if (raw instanceof Secret s) {
            collectSecrets(s.value(), true, out);
        } else if (raw instanceof Map<?, ?> m) {
            m.values().forEach(v -> collectSecrets(v, inSecret, out));
        } else if (raw instanceof List<?> l) {
            l.forEach(v -> collectSecrets(v, inSecret, out));
        } else if (inSecret && raw != null && !(raw instanceof Unknown)) {
            String text = displayPlain(raw);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
    }

    private static String displayPlain(Object raw) {
        if (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(raw);
    }

    @Override
    public String toString() {
        return displayValue(values);
    }
}
