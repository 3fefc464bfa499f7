package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One configurable setting of a policy: its name in the pack config, type, default, meaning and the
 * values it accepts. A value outside them is refused when the pack is configured (one line naming the
 * policy, the setting, the value and what is allowed), never discovered in the middle of a run.
 *
 * @param minimum    for integers (and each element of an integer list), the smallest allowed value (null: any)
 * @param maximum    likewise, the largest (null: any)
 * @param constraint a further condition on the whole value, with its description (null: none)
 */
public record Setting(String name, SettingType type, String description, Object defaultValue, Integer minimum,
                      Integer maximum, Constraint constraint) {

    /** A condition on a setting's value and how error messages describe it, e.g. "not empty". */
    public record Constraint(String description, Predicate<Object> test) {
        public Constraint {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(test, "test");
        }

        Constraint and(Constraint other) {
            return other == null ? this : new Constraint(description + ", " + other.description,
                    v -> test.test(v) && other.test.test(v));
        }
    }

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        defaultValue = type.read(defaultValue).orElseThrow(() ->
                new IllegalArgumentException("default of setting " + name + " is not " + type.description()));
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("setting " + name + " has minimum " + minimum + " > maximum " + maximum);
        }
    }

    public static Setting integer(String name, String description, int defaultValue, int minimum) {
        return new Setting(name, SettingType.INTEGER, description, defaultValue, minimum, null, null).checkDefault();
    }

    public static Setting integer(String name, String description, int defaultValue, int minimum, int maximum) {
        return new Setting(name, SettingType.INTEGER, description, defaultValue, minimum, maximum, null).checkDefault();
    }

    public static Setting bool(String name, String description, boolean defaultValue) {
        return new Setting(name, SettingType.BOOLEAN, description, defaultValue, null, null, null);
    }

    public static Setting string(String name, String description, String defaultValue) {
        return new Setting(name, SettingType.STRING, description, defaultValue, null, null, null);
    }

    public static Setting strings(String name, String description, List<String> defaultValue) {
        return new Setting(name, SettingType.STRING_LIST, description, defaultValue, null, null, null);
    }

    public static Setting integers(String name, String description, List<Integer> defaultValue) {
        return new Setting(name, SettingType.INTEGER_LIST, description, defaultValue, null, null, null);
    }

    /** A list of integers, each within {@code minimum..maximum} (ports: 0..65535). */
    public static Setting integers(String name, String description, List<Integer> defaultValue, int minimum, int maximum) {
        return new Setting(name, SettingType.INTEGER_LIST, description, defaultValue, minimum, maximum, null).checkDefault();
    }

    public static Setting stringMap(String name, String description, Map<String, String> defaultValue) {
        return new Setting(name, SettingType.STRING_MAP, description, defaultValue, null, null, null);
    }

    public static Setting stringListMap(String name, String description, Map<String, List<String>> defaultValue) {
        return new Setting(name, SettingType.STRING_LIST_MAP, description, defaultValue, null, null, null);
    }

    /** Refuses an empty list or map (and a blank string). */
    public Setting nonEmpty() {
        return with(new Constraint("not empty", Setting::notEmpty));
    }

    /** Every value (or list element) must be one of {@code allowed}. */
    public Setting oneOf(Collection<String> allowed) {
        List<String> values = List.copyOf(allowed);
        return with(new Constraint("each one of " + String.join(", ", values), v -> strings(v).stream().allMatch(values::contains)));
    }

    /** A further condition, described for error messages (e.g. "each a glob of instance classes"). */
    public Setting matching(String description, Predicate<Object> test) {
        return with(new Constraint(description, test));
    }

    /** Whether {@code value} (already of this setting's type) is within bounds and meets the constraint. */
    public boolean accepts(Object value) {
        for (Integer i : integers(value)) {
            if ((minimum != null && i < minimum) || (maximum != null && i > maximum)) {
                return false;
            }
        }
        return constraint == null || constraint.test().test(value);
    }

    /** "an integer from 7 to 30", "a list of strings (not empty)", ... for error messages. */
    public String allowedDescription() {
        String text = type.description();
        if (minimum != null && maximum != null) {
            text += (type == SettingType.INTEGER ? " from " : " each from ") + minimum + " to " + maximum;
        } else if (minimum != null) {
            text += (type == SettingType.INTEGER ? " >= " : " each >= ") + minimum;
        } else if (maximum != null) {
            text += (type == SettingType.INTEGER ? " <= " : " each <= ") + maximum;
        }
        return constraint == null ? text : text + " (" + constraint.description() + ")";
    }

    private Setting with(Constraint c) {
        return new Setting(name, type, description, defaultValue, minimum, maximum,
                constraint == null ? c : constraint.and(c)).checkDefault();
    }

    private Setting checkDefault() {
        if (!accepts(defaultValue)) {
            throw new IllegalArgumentException("default of setting " + name + " is not " + allowedDescription());
        }
        return this;
    }

    private static boolean notEmpty(Object v) {
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !(v instanceof String s) || !s.isBlank();
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> out.add(String.valueOf(e)));
        } else if (v instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> out.add(String.valueOf(k)));
        }
        return out;
    }

    private static List<Integer> integers(Object v) {
        if (v instanceof Integer i) {
            return List.of(i);
        }
        List<Integer> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(e -> {
                if (e instanceof Integer i) {
                    out.add(i);
                }
            });
        }
        return out;
    }
}
