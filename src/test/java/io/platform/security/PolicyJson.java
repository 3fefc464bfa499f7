package io.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.RecordedResource;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the IAM documents the program renders, the way IAM reads them (a string or a list). */
final class PolicyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyJson() {
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON document held in one input property, e.g. {@code policy} or {@code assumeRolePolicy}. */
    static JsonNode document(RecordedResource resource, String property) {
        Object value = resource.inputValues().get(property);
        if (!(value instanceof String text)) {
            throw new AssertionError(resource.name() + "." + property + " is not a JSON string: " + value);
        }
        JsonNode doc = parse(text);
        if (!"2012-10-17".equals(doc.path("Version").asText())) {
            throw new AssertionError(resource.name() + "." + property + " has no Version 2012-10-17: " + text);
        }
        return doc;
    }

    static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode statement = doc.get("Statement");
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    static JsonNode statement(JsonNode doc, String sid) {
        return statements(doc).stream().filter(s -> sid.equals(s.path("Sid").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + doc));
    }

    /** A string-or-list field as a list ({@code Action}, {@code Resource}, a condition value). */
    static List<String> strings(JsonNode node) {
        return io.platform.testing.Template.strings(node);
    }

    static List<String> actions(JsonNode statement) {
        return strings(statement.get("Action"));
    }

    static List<String> resources(JsonNode statement) {
        return strings(statement.get("Resource"));
    }
}
