package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a policy accepts in the pack config. Every schema also accepts
 * {@code enforcementLevel} and {@code exemptions}; the SDK adds them, rules never declare them.
 */
public final class ConfigSchema {
    public static final String ENFORCEMENT_LEVEL = "enforcementLevel";
    public static final String EXEMPTIONS = "exemptions";

    private final Map<String, Setting> settings;

    public ConfigSchema(Collection<Setting> settings) {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (Setting s : settings) {
            if (s.name().equals(ENFORCEMENT_LEVEL) || s.name().equals(EXEMPTIONS)) {
                throw new IllegalArgumentException("setting name " + s.name() + " is reserved by the SDK");
            }
            if (m.put(s.name(), s) != null) {
                throw new IllegalArgumentException("setting " + s.name() + " is declared twice");
            }
        }
        this.settings = Collections.unmodifiableMap(m);
    }

    public Collection<Setting> settings() {
        return settings.values();
    }

    public Optional<Setting> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** A bound on an integer, or on each element of an integer list. */
    @SuppressWarnings("unchecked")
    private static void bound(Map<String, Object> property, boolean list, String key, int value) {
        if (list) {
            Map<String, Object> items = new LinkedHashMap<>((Map<String, Object>) property.get("items"));
            items.put(key, value);
            property.put("items", items);
        } else {
            property.put(key, value);
        }
    }

    /** Every key a policy's config object may hold, for error messages. */
    public List<String> allowedKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(ENFORCEMENT_LEVEL);
        keys.add(EXEMPTIONS);
        keys.addAll(settings.keySet());
        return keys;
    }

    /** A JSON schema (as plain maps) of the policy's config object, as GetAnalyzerInfo reports it. */
    public Map<String, Object> toJsonSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ENFORCEMENT_LEVEL, Map.of("type", "string", "enum",
                Arrays.stream(EnforcementLevel.values()).map(EnforcementLevel::wireName).toList()));
        properties.put(EXEMPTIONS, Map.of(
                "type", "array",
                "description", "Resources this policy does not enforce, each with the reason",
                "items", Map.of("type", "object",
                        "properties", Map.of(
                                "urn", Map.of("type", "string"),
                                "namePattern", Map.of("type", "string"),
                                "reason", Map.of("type", "string", "minLength", Exemption.MIN_REASON_LENGTH)),
                        "required", List.of("reason"))));
        for (Setting s : settings.values()) {
            Map<String, Object> p = new LinkedHashMap<>(s.type().jsonSchema());
            p.put("description", s.description());
            p.put("default", s.defaultValue());
            boolean list = s.type() == SettingType.INTEGER_LIST;
            if (s.minimum() != null) {
                bound(p, list, "minimum", s.minimum());
            }
            if (s.maximum() != null) {
                bound(p, list, "maximum", s.maximum());
            }
            if (s.constraint() != null && s.constraint().description().startsWith("not empty")) {
                p.put(s.type() == SettingType.STRING_MAP || s.type() == SettingType.STRING_LIST_MAP
                        ? "minProperties" : "minItems", 1);
            }
            properties.put(s.name(), p);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }
}
