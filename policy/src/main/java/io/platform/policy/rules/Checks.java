package io.platform.policy.rules;

import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;

import java.util.Optional;

/** The recurring shapes of a resource check, so messages read the same everywhere. */
final class Checks {
    private Checks() {
    }

    /** Reports {@code "<label> is not set; <why>"} or {@code "<label> is false; <why>"} unless the input is true. */
    static void requireTrue(PropertyMap props, String key, String label, ResourceCheckContext ctx, String why) {
        Optional<Boolean> v = props.bool(key);
        if (v.isEmpty()) {
            ctx.report(label + " is not set; " + why);
        } else if (!v.get()) {
            ctx.report(label + " is false; " + why);
        }
    }

    static void requireTrue(PropertyMap props, String key, ResourceCheckContext ctx, String why) {
        requireTrue(props, key, key, ctx, why);
    }

    /** Reports {@code "<key> is true; <why>"} when the input is true. */
    static void forbidTrue(PropertyMap props, String key, ResourceCheckContext ctx, String why) {
        if (props.bool(key, false)) {
            ctx.report(key + " is true; " + why);
        }
    }

    /** Reports {@code "<key> is not set<whenMissing>; <why>"} when the input is missing or blank. */
    static void requireSet(PropertyMap props, String key, ResourceCheckContext ctx, String whenMissing, String why) {
        if (props.nonBlank(key).isEmpty()) {
            ctx.report(key + " is not set" + whenMissing + "; " + why);
        }
    }
}
