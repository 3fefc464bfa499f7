package io.platform.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values are spelled in config by a fixed name (e.g. {@code perAz}). */
public interface Named {
    String configName();

    static <E extends Enum<E> & Named> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.configName().equals(text)).findFirst();
    }

    static <E extends Enum<E> & Named> java.util.List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::configName).toList();
    }

    static <E extends Enum<E> & Named> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::configName).collect(Collectors.joining(", "));
    }
}
