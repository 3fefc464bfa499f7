package io.platform.config;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A closed set of names a config value must come from (AWS regions, country codes, instance
 * classes), with the words that say what it is. Refusals name the value, suggest the nearest
 * name and list the names when there are few enough to read.
 *
 * @param what  what a member is, for messages: "an AWS region", "an ISO 3166-1 alpha-2 country code"
 * @param names the members
 */
public record Catalogue(String what, Set<String> names) {
    /** Lists longer than this are described by {@link #what} only, with the nearest name suggested. */
    private static final int LISTED = 30;

    public Catalogue {
        names = Collections.unmodifiableSet(new TreeSet<>(names));
    }

    public static Catalogue of(String what, Collection<String> names) {
        return new Catalogue(what, new TreeSet<>(names));
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Why {@code value} is refused, e.g. {@code 'us-east-9' is not an AWS region (did you mean us-east-1?)}. */
    public String refusal(String value) {
        return "'" + value + "' is not " + what + Suggestions.didYouMean(value, names)
                + (names.size() <= LISTED ? "; allowed: " + String.join(", ", names) : "");
    }
}
