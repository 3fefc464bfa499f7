package io.platform.policy.sdk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-stack policy configuration, in the shape {@code pulumi ... --policy-pack-config} takes:
 *
 * <pre>{@code
 * {
 *   "all": "advisory",
 *   "rds-no-public-access": "mandatory",
 *   "rds-backup-retention": {"enforcementLevel": "mandatory", "minimumDays": 14},
 *   "s3-sse-kms": {"exemptions": [{"namePattern": "*-access-logs*", "reason": "ALB access logs need SSE-S3"}]}
 * }
 * }</pre>
 *
 * Top-level keys are policy ids or {@code all} (which takes only a level). A value is a level or
 * an object with {@code enforcementLevel}, {@code exemptions} and the policy's settings.
 * Syntax is checked here; policy ids and setting types are checked against the pack by
 * {@link PolicyPack#configure(PackConfig)}.
 */
public final class PackConfig {
    public static final String ALL = "all";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One policy's entry: level (null = not overridden), settings as plain Java values, exemptions. */
    public record PolicyConfig(EnforcementLevel level, Map<String, Object> settings, List<Exemption> exemptions) {
        public PolicyConfig {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            exemptions = List.copyOf(exemptions);
        }
    }

    private final String source;
    private final EnforcementLevel allLevel;
    private final Map<String, PolicyConfig> policies;

    private PackConfig(String source, EnforcementLevel allLevel, Map<String, PolicyConfig> policies) {
        this.source = source;
        this.allLevel = allLevel;
        this.policies = Collections.unmodifiableMap(policies);
    }

    public static PackConfig empty() {
        return new PackConfig("", null, Map.of());
    }

    public static PackConfig parse(String json) {
        return parse(json, "");
    }

    public static PackConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PolicyConfigException("cannot read policy pack config " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** The same structure already decoded (e.g. from the engine's per-policy config). */
    public static PackConfig fromMap(Map<String, ?> config) {
        return fromTree(JSON.valueToTree(config), "");
    }

    public Optional<EnforcementLevel> allLevel() {
        return Optional.ofNullable(allLevel);
    }

    public Map<String, PolicyConfig> policies() {
        return policies;
    }

    public Optional<PolicyConfig> policy(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    /** Where this config came from (a file path, or empty), for messages. */
    public String source() {
        return source;
    }

    /** An exception whose message starts with this config's name. */
    PolicyConfigException error(String detail) {
        return error(source, detail);
    }

    /** A value as it appears in JSON, shortened for one-line messages. */
    static String render(Object value) {
        String text;
        try {
            text = value instanceof JsonNode n ? JSON.writeValueAsString(n) : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            text = String.valueOf(value);
        }
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static PolicyConfigException error(String source, String detail) {
        String where = source.isEmpty() ? "invalid policy pack config: " : "invalid policy pack config " + source + ": ";
        return new PolicyConfigException(where + detail);
    }

    private static PackConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw error(source, "not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return fromTree(root, source);
    }

    private static PackConfig fromTree(JsonNode root, String source) {
        if (root == null || root.isMissingNode()) {
            return new PackConfig(source, null, Map.of());
        }
        if (!root.isObject()) {
            throw error(source, "the top level is " + render(root)
                    + "; expected an object whose keys are policy ids or \"all\"");
        }
        EnforcementLevel all = null;
        Map<String, PolicyConfig> policies = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(ALL)) {
                all = parseAll(e.getValue(), source);
            } else {
                policies.put(e.getKey(), parsePolicy(e.getKey(), e.getValue(), source));
            }
        }
        return new PackConfig(source, all, policies);
    }

    private static EnforcementLevel parseAll(JsonNode value, String source) {
        if (value.isTextual()) {
            return level(ALL, value, source);
        }
        if (value.isObject()) {
            EnforcementLevel level = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals(ConfigSchema.ENFORCEMENT_LEVEL)) {
                    throw error(source, ALL + "." + e.getKey() + ": " + render(e.getValue())
                            + " is not allowed; \"all\" takes only enforcementLevel (settings and exemptions go under a policy id)");
                }
                level = level(ALL + "." + ConfigSchema.ENFORCEMENT_LEVEL, e.getValue(), source);
            }
            return level;
        }
        throw error(source, ALL + ": " + render(value) + " is not an enforcement level; allowed: "
                + EnforcementLevel.allowedNames() + ", or {\"enforcementLevel\": ...}");
    }

    private static PolicyConfig parsePolicy(String id, JsonNode value, String source) {
        if (value.isTextual()) {
            return new PolicyConfig(level(id, value, source), Map.of(), List.of());
        }
        if (!value.isObject()) {
            throw error(source, id + ": " + render(value) + " is not an enforcement level or an object; allowed: "
                    + EnforcementLevel.allowedNames() + ", or {\"enforcementLevel\": ..., \"exemptions\": [...], <setting>: ...}");
        }
        EnforcementLevel level = null;
        List<Exemption> exemptions = List.of();
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) value).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = id + "." + e.getKey();
            switch (e.getKey()) {
                case ConfigSchema.ENFORCEMENT_LEVEL -> level = level(key, e.getValue(), source);
                case ConfigSchema.EXEMPTIONS -> exemptions = exemptions(key, e.getValue(), source);
                default -> settings.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
            }
        }
        return new PolicyConfig(level, settings, exemptions);
    }

    private static EnforcementLevel level(String key, JsonNode value, String source) {
        return Optional.ofNullable(value.isTextual() ? value.textValue() : null)
                .flatMap(EnforcementLevel::fromWireName)
                .orElseThrow(() -> error(source, key + ": " + render(value)
                        + " is not an enforcement level; allowed: " + EnforcementLevel.allowedNames()));
    }

    private static List<Exemption> exemptions(String key, JsonNode value, String source) {
        String shape = "{\"urn\": ... or \"namePattern\": ..., \"reason\": ...}";
        if (!value.isArray()) {
            throw error(source, key + ": " + render(value) + " is not a list; expected a list of " + shape);
        }
        List<Exemption> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemKey = key + "[" + i + "]";
            if (!item.isObject()) {
                throw error(source, itemKey + ": " + render(item) + " is not an object; expected " + shape);
            }
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!List.of("urn", "namePattern", "reason").contains(name)) {
                    throw error(source, itemKey + "." + name + ": " + render(item.get(name))
                            + " is not allowed; an exemption has urn or namePattern, and reason");
                }
            }
            String urn = text(itemKey + ".urn", item.get("urn"), source);
            String pattern = text(itemKey + ".namePattern", item.get("namePattern"), source);
            if ((urn == null) == (pattern == null)) {
                throw error(source, itemKey + ": " + render(item) + " must set exactly one of \"urn\" or \"namePattern\"");
            }
            String reason = text(itemKey + ".reason", item.get("reason"), source);
            if (reason == null) {
                throw error(source, itemKey + ".reason: not set; every exemption needs a reason of at least "
                        + Exemption.MIN_REASON_LENGTH + " characters");
            }
            if (reason.strip().length() < Exemption.MIN_REASON_LENGTH) {
                throw error(source, itemKey + ".reason: " + render(reason) + " is too short ("
                        + reason.strip().length() + " characters); a reason needs at least "
                        + Exemption.MIN_REASON_LENGTH + " characters");
            }
            out.add(new Exemption(urn, pattern, reason.strip()));
        }
        return out;
    }

    private static String text(String key, JsonNode node, String source) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw error(source, key + ": " + render(node) + " is not a non-empty string");
        }
        return node.textValue();
    }
}
