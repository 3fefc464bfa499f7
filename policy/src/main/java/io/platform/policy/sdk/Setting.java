package io.platform.policy.sdk;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One configurable setting of a policy: its name in the pack config, type, default and meaning.
 *
 * @param minimum for integers, the smallest allowed value (null: any)
 */
public record Setting(String name, SettingType type, String description, Object defaultValue, Integer minimum) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        defaultValue = type.read(defaultValue).orElseThrow(() ->
                new IllegalArgumentException("default of setting " + name + " is not " + type.description()));
    }

    public static Setting integer(String name, String description, int defaultValue, int minimum) {
        return new Setting(name, SettingType.INTEGER, description, defaultValue, minimum);
    }

    public static Setting bool(String name, String description, boolean defaultValue) {
        return new Setting(name, SettingType.BOOLEAN, description, defaultValue, null);
    }

    public static Setting string(String name, String description, String defaultValue) {
        return new Setting(name, SettingType.STRING, description, defaultValue, null);
    }

    public static Setting strings(String name, String description, List<String> defaultValue) {
        return new Setting(name, SettingType.STRING_LIST, description, defaultValue, null);
    }

    public static Setting integers(String name, String description, List<Integer> defaultValue) {
        return new Setting(name, SettingType.INTEGER_LIST, description, defaultValue, null);
    }

    public static Setting stringMap(String name, String description, Map<String, String> defaultValue) {
        return new Setting(name, SettingType.STRING_MAP, description, defaultValue, null);
    }

    public static Setting stringListMap(String name, String description, Map<String, List<String>> defaultValue) {
        return new Setting(name, SettingType.STRING_LIST_MAP, description, defaultValue, null);
    }

    /** "an integer >= 1", "a list of strings", ... for error messages. */
    public String allowedDescription() {
        return minimum == null ? type.description() : type.description() + " >= " + minimum;
    }
}
