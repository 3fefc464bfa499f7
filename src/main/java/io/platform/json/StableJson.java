package io.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes the JSON documents the program embeds in resource inputs (IAM, bucket and key policies,
 * container definitions, dashboards, lifecycle rules) canonically: every object's keys in sorted
 * order, every unordered set sorted, so the same config gives byte-identical inputs on every run
 * and a second {@code pulumi preview} shows no diff.
 *
 * <p>Sorting every map (not only the unordered ones) is deliberate: {@code Map.of} iterates in an
 * order that changes from one JVM to the next, and a {@code LinkedHashMap} copied from one inherits
 * that order, so "keep the author's order" cannot be told apart from "keep a random order".
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
        if (value instanceof JsonNode node) {
            // A document read from config (an EventBridge pattern): as plain maps and lists, then sorted.
            return stable(JSON.convertValue(node, Object.class));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
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
