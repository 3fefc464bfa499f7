package io.platform.config;

import com.fasterxml.jackson.core.JsonLocation;
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

    /**
     * A secret: an object or list that holds one arrives as JSON text (decrypted under the CLI);
     * anything else, a token that happens to start with a brace included, stays text. Never echoed.
     */
    static JsonNode parseSecret(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                if (node != null && node.isContainerNode()) {
                    return node;
                }
            } catch (JsonProcessingException e) {
                return TextNode.valueOf(text);
            }
        }
        return TextNode.valueOf(text);
    }

    /** Where a JSON text went wrong, without quoting it. */
    static String position(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
