package io.platform.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The environment variables the platform gives every container: where the data stores answer and
 * the region. The program injects exactly these (PlatformProgram), and per stack also each catalogue
 * bucket's {@code <NAME>_BUCKET} and, to a caller, each called service's {@code <NAME>_URL}
 * ({@link #forService}); a service that set one itself would silently shadow it, so config readers
 * refuse that.
 */
public enum InjectedVariable {
    AWS_REGION("the stack's region"),
    DATABASE_HOST("the database endpoint"),
    DATABASE_PORT("the database port"),
    REDIS_HOST("the Redis primary endpoint"),
    REDIS_PORT("the Redis port"),
    DOCUMENTS_BUCKET("the documents bucket's name");

    private final String meaning;

    InjectedVariable(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<InjectedVariable> named(String variable) {
        return Arrays.stream(values()).filter(v -> v.name().equals(variable)).findFirst();
    }

    /**
     * What the platform injects into one service's containers, variable → where and what: the fixed
     * variables and each catalogue bucket's {@code <NAME>_BUCKET} go into every container, the
     * {@code <NAME>_URL} of each service it {@code calls} into its own.
     */
    public static Map<String, String> forService(List<BucketConfig> buckets, List<String> calls) {
        Map<String, String> injected = new TreeMap<>();
        for (InjectedVariable v : values()) {
            injected.put(v.name(), "into every container (" + v.meaning() + ")");
        }
        buckets.forEach(b -> injected.put(b.environmentVariable(), "into every container (the name of bucket '"
                + b.name() + "')"));
        calls.forEach(c -> injected.put(ServiceConfig.urlVariable(c), "into this service's containers (the address "
                + "of service '" + c + "', which it calls)"));
        return injected;
    }

    /**
     * Refuses any of {@code variables} (the keys of {@code section}'s map, e.g. a service's
     * {@code environment}) that the platform injects, fixed ones only.
     *
     * @param unit what sets them, for the message: {@code service 'api'}
     */
    public static void rejectRedefinition(ConfigSection section, String unit, Collection<String> variables) {
        rejectRedefinition(section, unit, variables, forService(List.of(), List.of()));
    }

    /** As above, against {@code injected} (from {@link #forService}). */
    public static void rejectRedefinition(ConfigSection section, String unit, Collection<String> variables,
                                          Map<String, String> injected) {
        for (String variable : variables) {
            String where = injected.get(variable);
            if (where != null) {
                throw new ConfigException(section.keyOf(variable), unit + " sets " + variable + ", which the platform "
                        + "already injects " + where + "; remove it here");
            }
        }
    }
}
