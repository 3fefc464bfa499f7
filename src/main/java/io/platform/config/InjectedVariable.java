package io.platform.config;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The environment variables the platform gives every container: where the data stores answer and
 * the region. The program injects exactly these (PlatformProgram); a service that set one itself
 * would silently shadow it, so config readers refuse that.
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
     * Refuses any of {@code variables} (the keys of {@code section}'s map, e.g. a service's
     * {@code environment}) that the platform injects.
     *
     * @param unit what sets them, for the message: {@code service 'api'}
     */
    public static void rejectRedefinition(ConfigSection section, String unit, Collection<String> variables) {
        for (String variable : variables) {
            named(variable).ifPresent(injected -> {
                throw new ConfigException(section.keyOf(variable), unit + " sets " + variable + ", which the platform "
                        + "already injects into every container (" + injected.meaning() + "); remove it here");
            });
        }
    }
}
