package io.platform.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a stack's secrets (every leaf of a secret section too), so that no error can
 * print one: the last line of defence behind {@link ConfigSection}'s own summaries, for readers
 * that quote a value they read from a secret section.
 */
final class SecretValues {
    static final String MASK = "[secret]";
    /**
     * Shorter strings, numbers and booleans of a secret section are not scrubbed from reader-built
     * messages: masking every "2" or "true" would garble every message and protect nothing real.
     * {@link ConfigSection} itself never quotes any value of a secret section.
     */
    private static final int MIN_LENGTH = 3;
    private final List<Pattern> patterns = new ArrayList<>();

    private SecretValues(Set<String> values) {
        values.stream().filter(v -> !v.isBlank() && !v.equals(MASK))
                .sorted(Comparator.comparingInt(String::length).reversed())
                // Whole tokens only: a secret "api" must not eat the "api" inside "rapid".
                .forEach(v -> patterns.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(v) + "(?![A-Za-z0-9])")));
    }

    static SecretValues of(RawConfig raw) {
        Set<String> values = new LinkedHashSet<>();
        raw.secretKeys().forEach(key -> {
            String text = raw.values().get(key);
            if (text != null) {
                values.add(text.trim());
                leaves(StructuredValue.parseSecret(text), values);
            }
        });
        return new SecretValues(values);
    }

    private static void leaves(JsonNode node, Set<String> out) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, out));
        } else if (node.isTextual() && node.asText().trim().length() >= MIN_LENGTH) {
            out.add(node.asText().trim());
        }
    }

    /** The same error with every secret value in its problem text replaced by {@value #MASK}. */
    ConfigException redact(ConfigException e) {
        String problem = e.getMessage().substring(e.key().length() + 2);
        String masked = problem;
        for (Pattern p : patterns) {
            masked = p.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return masked.equals(problem) ? e : new ConfigException(e.key(), masked);
    }
}
