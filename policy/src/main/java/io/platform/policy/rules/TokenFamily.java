package io.platform.policy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every type token a current or recent {@code pulumi-aws} emits for one kind of AWS resource: the
 * 6.x token, its alias module ({@code aws:alb/*} beside {@code aws:lb/*}), tokens removed in 6.0 that
 * programs on 5.x and older state still send, and 7.x companions. Rules take families, never single
 * tokens, so a program never slips past a rule by using another name for the same resource.
 *
 * @param kind   what the family is, for documents ("S3 general purpose bucket")
 * @param tokens the tokens with where each comes from, current first
 */
public record TokenFamily(String kind, List<Token> tokens) implements Iterable<String> {

    /** Where a token comes from. */
    public enum Origin {
        /** In com.pulumi:aws 6.83.0 (also 7.x unless said otherwise). */
        V6("6.x"),
        /** An alias module of a 6.x token (same inputs). */
        ALIAS("6.x alias"),
        /** Removed in pulumi-aws 6.0 (renamed); still in 5.x programs and state. */
        LEGACY("≤5.x"),
        /** New in pulumi-aws 7.x. */
        V7("7.x");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One token and its origin. */
    public record Token(String token, Origin origin) {
    }

    public TokenFamily {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException(kind + " has no token");
        }
    }

    public static TokenFamily of(String kind, Token... tokens) {
        return new TokenFamily(kind, List.of(tokens));
    }

    public static Token v6(String token) {
        return new Token(token, Origin.V6);
    }

    public static Token alias(String token) {
        return new Token(token, Origin.ALIAS);
    }

    public static Token legacy(String token) {
        return new Token(token, Origin.LEGACY);
    }

    public static Token v7(String token) {
        return new Token(token, Origin.V7);
    }

    /** The 6.x token, the one the program and the tests use. */
    public String current() {
        return tokens.get(0).token();
    }

    public boolean has(String type) {
        for (Token t : tokens) {
            if (t.token().equals(type)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> set() {
        Set<String> out = new LinkedHashSet<>();
        tokens.forEach(t -> out.add(t.token()));
        return out;
    }

    @Override
    public Iterator<String> iterator() {
        return set().iterator();
    }

    /** All tokens of several families, for builders and references. */
    public static Set<String> union(TokenFamily... families) {
        return union(List.of(families));
    }

    public static Set<String> union(Collection<TokenFamily> families) {
        Set<String> out = new LinkedHashSet<>();
        families.forEach(f -> out.addAll(f.set()));
        return out;
    }

    /** Tokens of one origin, for documents and drift tests. */
    public List<String> tokens(Origin origin) {
        List<String> out = new ArrayList<>();
        tokens.forEach(t -> {
            if (t.origin() == origin) {
                out.add(t.token());
            }
        });
        return out;
    }
}
