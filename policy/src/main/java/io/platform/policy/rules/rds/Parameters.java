package io.platform.policy.rules.rds;

import io.platform.policy.sdk.PropertyMap;

import java.util.Optional;

/** Reads a parameter group's {@code parameters} list (the last entry of a name wins, as RDS applies them). */
final class Parameters {
    private Parameters() {
    }

    static Optional<String> last(PropertyMap group, String name) {
        return group.maps("parameters").stream()
                .filter(param -> param.string("name").map(name::equals).orElse(false))
                .map(param -> param.string("value").orElse(""))
                .reduce((first, second) -> second);
    }
}
