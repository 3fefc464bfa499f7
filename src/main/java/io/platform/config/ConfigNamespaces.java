package io.platform.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks every config key's namespace: the project's keys are read by {@link StackConfigLoader};
 * {@code aws:} keys must be settings of the AWS provider; {@code pulumi:} keys settings of the
 * engine. Anything else ({@code platfrom:network}) is a typo that would otherwise be ignored.
 */
final class ConfigNamespaces {
    static final String AWS = "aws";
    static final String PULUMI = "pulumi";
    /**
     * The AWS provider's config keys: the SDK generates one accessor of {@code com.pulumi.aws.Config}
     * per key of the provider's config schema, named as the key.
     */
    static final Set<String> AWS_KEYS = Arrays.stream(com.pulumi.aws.Config.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0)
            .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    /** The engine's stack-config keys (sdk/go/common/workspace). */
    static final Set<String> PULUMI_KEYS = Set.of("disable-default-providers", "tags");
    /** Credentials a stack file must never hold in plain text. */
    private static final Set<String> AWS_CREDENTIALS = Set.of("accessKey", "secretKey", "token");

    private ConfigNamespaces() {
    }

    static void check(RawConfig raw) {
        String project = raw.project();
        List<String> namespaces = List.of(project, AWS, PULUMI);
        for (String key : raw.values().keySet()) {
            int colon = key.indexOf(':');
            if (colon <= 0 || colon == key.length() - 1) {
                throw new ConfigException(key, "is not a config key; expected <namespace>:<name>, e.g. " + project
                        + ":owner");
            }
            String namespace = key.substring(0, colon);
            String name = key.substring(colon + 1);
            if (namespace.equals(AWS)) {
                aws(raw, key, name);
            } else if (namespace.equals(PULUMI)) {
                pulumi(raw, key, name);
            } else if (!namespace.equals(project)) {
                Optional<String> near = Suggestions.nearest(namespace, namespaces);
                throw new ConfigException(key, "'" + namespace + "' is not a config namespace this program reads"
                        + near.map(n -> " (did you mean " + n + ":" + name + "?)").orElse("")
                        + "; namespaces read: " + project + " (this project), " + AWS + " (the AWS provider), "
                        + PULUMI + " (the engine)");
            }
        }
    }

    private static void aws(RawConfig raw, String key, String name) {
        if (!AWS_KEYS.contains(name)) {
            throw new ConfigException(key, "is not a setting of the AWS provider"
                    + Suggestions.nearest(name, AWS_KEYS).map(n -> " (did you mean " + AWS + ":" + n + "?)").orElse("")
                    + "; its settings: " + String.join(", ", AWS_KEYS));
        }
        if (AWS_CREDENTIALS.contains(name) && !raw.isSecret(key)) {
            throw new ConfigException(key, "is set in plain text; credentials must be encrypted (pulumi config set "
                    + "--secret " + key + ") or, better, come from an AWS profile or OIDC role");
        }
    }

    private static void pulumi(RawConfig raw, String key, String name) {
        if (!PULUMI_KEYS.contains(name)) {
            throw new ConfigException(key, "is not a setting of the Pulumi engine"
                    + Suggestions.nearest(name, PULUMI_KEYS).map(n -> " (did you mean " + PULUMI + ":" + n + "?)")
                    .orElse("") + "; its stack settings: " + String.join(", ", new TreeSet<>(PULUMI_KEYS)));
        }
        if (name.equals("disable-default-providers")) {
            JsonNode list = StructuredValue.parse(key, raw.values().get(key));
            for (JsonNode item : list) {
                if (item.asText().equals(AWS) || item.asText().equals("*")) {
                    throw new ConfigException(key, "disables the default " + item.asText() + " provider, which "
                            + "every resource of this program uses; remove '" + item.asText() + "'");
                }
            }
        }
    }
}
