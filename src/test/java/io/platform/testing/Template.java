package io.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.RecordedResource;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Template-style assertions over what a plan or a component run registered (STYLE §6): find a
 * resource by type and short name ({@code <project>-<env>-<shortName>}), read its inputs, parse its
 * JSON-string inputs (policies, container definitions) and IAM statements.
 */
public final class Template {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RecordedResource> resources;
    private final String prefix;

    private Template(List<RecordedResource> resources, String prefix) {
        this.resources = List.copyOf(resources);
        this.prefix = prefix;
    }

    /** @param prefix {@code platform-staging-} for a staging plan */
    public static Template of(List<RecordedResource> resources, String prefix) {
        return new Template(resources, prefix);
    }

    public List<RecordedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public int resourceCount(String type) {
        return ofType(type).size();
    }

    /** The one resource of {@code type} named {@code <prefix><shortName>}. */
    public RecordedResource single(String type, String shortName) {
        List<RecordedResource> found = ofType(type).stream().filter(r -> r.name().equals(prefix + shortName)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + prefix + shortName + ", found " + found.size()
                    + " among " + ofType(type).stream().map(RecordedResource::name).toList());
        }
        return found.get(0);
    }

    public boolean has(String type, String shortName) {
        return ofType(type).stream().anyMatch(r -> r.name().equals(prefix + shortName));
    }

    public Map<String, Object> inputs(String type, String shortName) {
        return single(type, shortName).inputValues();
    }

    /** A JSON-string input parsed (a policy document, container definitions, an event pattern). */
    public JsonNode json(String type, String shortName, String property) {
        return parse(String.valueOf(inputs(type, shortName).get(property)));
    }

    /** The statements of a policy document, by Sid. */
    public static Map<String, JsonNode> statements(JsonNode policy) {
        Map<String, JsonNode> bySid = new java.util.LinkedHashMap<>();
        policy.get("Statement").forEach(s -> bySid.put(s.path("Sid").asText(), s));
        return bySid;
    }

    /** A string-or-list field of an IAM statement as a list. */
    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
