package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The value types a policy setting can have; each knows its JSON schema and how to read a config value. */
public enum SettingType {
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    STRING("a string"),
    STRING_LIST("a list of strings"),
    INTEGER_LIST("a list of integers"),
    STRING_MAP("an object of strings"),
    STRING_LIST_MAP("an object of string lists");

    private final String description;

    SettingType(String description) {
        this.description = description;
    }

    /** E.g. "a list of strings", for error messages. */
    public String description() {
        return description;
    }

    /** The normalised value (immutable), or empty if {@code raw} does not have this type. */
    public Optional<Object> read(Object raw) {
        switch (this) {
            case BOOLEAN:
                return raw instanceof Boolean ? Optional.of(raw) : Optional.empty();
            case INTEGER:
                return raw instanceof Number ? PropertyMap.toInteger(raw).map(i -> (Object) i) : Optional.empty();
            case STRING:
                return raw instanceof String ? Optional.of(raw) : Optional.empty();
            case STRING_LIST:
                return stringList(raw).map(l -> (Object) l);
            case INTEGER_LIST:
                return integerList(raw);
            case STRING_MAP:
                return stringMap(raw);
            case STRING_LIST_MAP:
                return stringListMap(raw);
            default:
                throw new IllegalStateException(name());
        }
    }

    /** The JSON schema fragment for this type. */
    public Map<String, Object> jsonSchema() {
        switch (this) {
            case BOOLEAN:
                return Map.of("type", "boolean");
            case INTEGER:
                return Map.of("type", "integer");
            case STRING:
                return Map.of("type", "string");
            case STRING_LIST:
                return Map.of("type", "array", "items", Map.of("type", "string"));
            case INTEGER_LIST:
                return Map.of("type", "array", "items", Map.of("type", "integer"));
            case STRING_MAP:
                return Map.of("type", "object", "additionalProperties", Map.of("type", "string"));
            case STRING_LIST_MAP:
                return Map.of("type", "object", "additionalProperties",
                        Map.of("type", "array", "items", Map.of("type", "string")));
            default:
                throw new IllegalStateException(name());
        }
    }

    private static Optional<List<String>> stringList(Object raw) {
        if (!(raw instanceof List<?> l)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof String s)) {
                return Optional.empty();
            }
            out.add(s);
        }
        return Optional.of(List.copyOf(out));
    }

    private static Optional<Object> integerList(Object raw) {
        if (!(raw instanceof List<?> l)) {
            return Optional.empty();
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : l) {
            Optional<Integer> i = o instanceof Number ? PropertyMap.toInteger(o) : Optional.empty();
            if (i.isEmpty()) {
                return Optional.empty();
            }
            out.add(i.get());
        }
        return Optional.of(List.copyOf(out));
    }

    private static Optional<Object> stringMap(Object raw) {
        if (!(raw instanceof Map<?, ?> m)) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                return Optional.empty();
            }
            out.put(String.valueOf(e.getKey()), s);
        }
        return Optional.of(Collections.unmodifiableMap(out));
    }

    private static Optional<Object> stringListMap(Object raw) {
        if (!(raw instanceof Map<?, ?> m)) {
            return Optional.empty();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Optional<List<String>> list = stringList(e.getValue());
            if (list.isEmpty()) {
                return Optional.empty();
            }
            out.put(String.valueOf(e.getKey()), list.get());
        }
        return Optional.of(Collections.unmodifiableMap(out));
    }
}
