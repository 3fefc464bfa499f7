package io.platform.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/** Pulumi passes structured config (objects, lists) to programs as JSON text; scalars as plain text. */
final class StructuredValue {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredValue() {
    }

    static JsonNode parse(String key, String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JSON.readTree(trimmed);
            } catch (JsonProcessingException e) {
                throw new ConfigException(key, "is not valid structured config (" + e.getOriginalMessage() + ")");
            }
        }
        return TextNode.valueOf(text);
    }
}
