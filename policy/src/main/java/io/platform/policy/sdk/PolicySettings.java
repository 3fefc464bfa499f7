package io.platform.policy.sdk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A policy's settings after the pack config is applied over the schema's defaults. */
public final class PolicySettings {
    private final String policyId;
    private final ConfigSchema schema;
    private final Map<String, Object> values;

    PolicySettings(String policyId, ConfigSchema schema, Map<String, Object> overrides) {
        this.policyId = policyId;
        this.schema = schema;
        Map<String, Object> v = new LinkedHashMap<>();
        for (Setting s : schema.settings()) {
            v.put(s.name(), overrides.getOrDefault(s.name(), s.defaultValue()));
        }
        this.values = v;
    }

    public int integer(String name) {
        return (Integer) get(name, SettingType.INTEGER);
    }

    public boolean bool(String name) {
        return (Boolean) get(name, SettingType.BOOLEAN);
    }

    public String string(String name) {
        return (String) get(name, SettingType.STRING);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        return (List<String>) get(name, SettingType.STRING_LIST);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) get(name, SettingType.INTEGER_LIST);
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String name) {
        return (Map<String, String>) get(name, SettingType.STRING_MAP);
    }

    @SuppressWarnings("unchecked")
    public Map<String, List<String>> stringListMap(String name) {
        return (Map<String, List<String>>) get(name, SettingType.STRING_LIST_MAP);
    }

    /** All values by name, for reports. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    private Object get(String name, SettingType expected) {
        Setting setting = schema.setting(name).orElseThrow(() -> new IllegalStateException(
                "policy " + policyId + " reads setting " + name + " that its schema does not declare"));
        if (setting.type() != expected) {
            throw new IllegalStateException("policy " + policyId + " reads setting " + name + " as " + expected.description());
        }
        return values.get(name);
    }
}
