package io.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.RecordedResource;

import java.util.ArrayList;
import java.util.List;

/** Reads the IAM documents the program renders, the way IAM reads them (a string or a list). */
public final class PolicyJson {
    private PolicyJson() {
    }

    public static JsonNode parse(String json) {
        return io.platform.testing.Template.parse(json);
    }

    /** The JSON document held in one input property, e.g. {@code policy} or {@code assumeRolePolicy}. */
    public static JsonNode document(RecordedResource resource, String property) {
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

    public static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode statement = doc.get("Statement");
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else {
            out.add(statement);
        }
        return out;
    }

    public static JsonNode statement(JsonNode doc, String sid) {
        return statements(doc).stream().filter(s -> sid.equals(s.path("Sid").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + doc));
    }

    /** A string-or-list field as a list ({@code Action}, {@code Resource}, a condition value). */
    public static List<String> strings(JsonNode node) {
        return io.platform.testing.Template.strings(node);
    }

    public static List<String> actions(JsonNode statement) {
        return strings(statement.get("Action"));
    }

    public static List<String> resources(JsonNode statement) {
        return strings(statement.get("Resource"));
    }
}
