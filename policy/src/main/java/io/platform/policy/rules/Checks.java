package io.platform.policy.rules;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;

import java.util.Collection;
import java.util.Optional;

/**
 * The recurring shapes of a resource check, so messages read the same everywhere
 * ({@code "<path> is <value>; <what must hold>"}). Each runs isolated: a value not known yet skips
 * only that check, never a sibling's known violation.
 */
public final class Checks {
    private Checks() {
    }

    /** Reports {@code "<label> is not set; <why>"} or {@code "<label> is false; <why>"} unless the input is true. */
    public static void requireTrue(PropertyMap props, String key, String label, ResourceCheckContext ctx, String why) {
        ctx.isolated(() -> {
            Optional<Boolean> v = props.bool(key);
            if (v.isEmpty()) {
                ctx.report(label + " is not set; " + why);
            } else if (!v.get()) {
                ctx.report(label + " is false; " + why);
            }
        });
    }

    public static void requireTrue(PropertyMap props, String key, ResourceCheckContext ctx, String why) {
        requireTrue(props, key, key, ctx, why);
    }

    /** Reports {@code "<label> is false; <why>"} when the input is false; missing means AWS's default (true). */
    public static void forbidFalse(PropertyMap props, String key, String label, ResourceCheckContext ctx, String why) {
        ctx.isolated(() -> {
            if (!props.bool(key, true)) {
                ctx.report(label + " is false; " + why);
            }
        });
    }

    /** Reports {@code "<label> is true; <why>"} when the input is true. */
    public static void forbidTrue(PropertyMap props, String key, String label, ResourceCheckContext ctx, String why) {
        ctx.isolated(() -> {
            if (props.bool(key, false)) {
                ctx.report(label + " is true; " + why);
            }
        });
    }

    public static void forbidTrue(PropertyMap props, String key, ResourceCheckContext ctx, String why) {
        forbidTrue(props, key, key, ctx, why);
    }

    /** Reports {@code "<key> is not set<whenMissing>; <why>"} when the input is missing or blank. */
    public static void requireSet(PropertyMap props, String key, ResourceCheckContext ctx, String whenMissing, String why) {
        requireSet(props, key, key, ctx, whenMissing, why);
    }

    public static void requireSet(PropertyMap props, String key, String label, ResourceCheckContext ctx, String whenMissing,
                                  String why) {
        ctx.isolated(() -> {
            if (props.nonBlank(key).isEmpty()) {
                ctx.report(label + " is not set" + whenMissing + "; " + why);
            }
        });
    }

    /**
     * Reports {@code "<label> is <value>; <why>"} unless the string input is one of {@code allowed};
     * {@code missing} is what a missing input means (null: report it as not set).
     */
    public static void requireOneOf(PropertyMap props, String key, String label, Collection<String> allowed, String missing,
                                    ResourceCheckContext ctx, String why) {
        ctx.isolated(() -> {
            String value = props.nonBlank(key).orElse(missing);
            if (value == null) {
                ctx.report(label + " is not set; " + why);
            } else if (!allowed.contains(value)) {
                ctx.report(label + " is " + value + (props.has(key) ? "" : " (the default)") + "; " + why);
            }
        });
    }
}
