package io.platform.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for a misspelt name: the known name nearest by edit distance (an adjacent
 * swap counts as one edit), when it is near enough to be the likely intent.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The nearest known name, if at most a third of the given name's letters (at least one) differ;
     * a name of two letters (a country code) only matches a known one in another case.
     */
    public static Optional<String> nearest(String given, Collection<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        int limit = given.length() <= 2 ? 0 : Math.max(1, given.length() / 3);
        return known.stream()
                .filter(k -> !k.equals(given))
                .map(k -> new Candidate(k, distance(wanted, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance() <= limit)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    /** {@code " (did you mean X?)"}, or an empty string when no known name is near. */
    public static String didYouMean(String given, Collection<String> known) {
        return nearest(given, known).map(n -> " (did you mean " + n + "?)").orElse("");
    }

    private record Candidate(String name, int distance) {
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
