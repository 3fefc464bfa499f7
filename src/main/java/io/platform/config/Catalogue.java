package io.platform.config;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A closed set of names a config value must come from (AWS regions, country codes, instance
 * classes), with the words that say what it is. Refusals name the value, suggest the nearest
 * name (or the member an alias stands for) and list the names when there are few enough to read.
 *
 * @param what    what a member is, for messages: "an AWS region (such as us-east-1)"
 * @param names   the members
 * @param aliases other spellings of a member, e.g. a country's alpha-3 code, mapped to the member
 */
public record Catalogue(String what, Set<String> names, Map<String, String> aliases) {
    /** Lists longer than this are described by {@link #what} only, with the nearest name suggested. */
    private static final int LISTED = 30;

    public Catalogue {
        names = Collections.unmodifiableSet(new TreeSet<>(names));
        aliases = Collections.unmodifiableMap(new TreeMap<>(aliases));
    }

    public static Catalogue of(String what, Collection<String> names) {
        return new Catalogue(what, new TreeSet<>(names), Map.of());
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Why {@code value} is refused, e.g. {@code 'us-east-9' is not an AWS region (did you mean us-east-1?)}. */
    public String refusal(String value) {
        String suggestion = Optional.ofNullable(aliases.get(value))
                .map(member -> " (did you mean " + member + "? " + value + " is another code for it)")
                .orElseGet(() -> Suggestions.didYouMean(value, names));
        return "'" + value + "' is not " + what + suggestion
                + (names.size() <= LISTED ? "; allowed: " + String.join(", ", names) : "");
    }
}
