package io.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes the JSON documents the program embeds in resource inputs (IAM, bucket and key policies,
 * container definitions, dashboards, lifecycle rules) with a stable key order, so the same config
 * gives byte-identical inputs on every run and a second {@code pulumi preview} shows no diff.
 *
 * <p>A map whose order its author chose ({@link LinkedHashMap}, sorted or enum maps) keeps it
 * ({@code Version} before {@code Statement}); any other map — {@code Map.of}, whose iteration order
 * changes from one JVM to the next, {@code HashMap}, {@code Map.copyOf} — is written in key order.
 * Sets without an order are written sorted.
 */
public final class StableJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StableJson() {
    }

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(stable(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document is not serialisable as JSON", e);
        }
    }

    static Object stable(Object value) {
        if (value instanceof Map<?, ?> map) {
            boolean ordered = map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof EnumMap;
            Map<String, Object> out = ordered ? new LinkedHashMap<>() : new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), stable(v)));
            return out;
        }
        if (value instanceof Set<?> set && !(set instanceof LinkedHashSet) && !(set instanceof SortedSet)) {
            List<Object> items = new ArrayList<>();
            set.forEach(v -> items.add(stable(v)));
            items.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            return items;
        }
        if (value instanceof Collection<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(v -> items.add(stable(v)));
            return items;
        }
        return value;
    }
}
