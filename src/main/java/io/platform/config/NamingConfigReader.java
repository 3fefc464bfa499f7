package io.platform.config;

import java.util.regex.Pattern;

/** Reads and validates {@code platform:naming}. */
final class NamingConfigReader {
    /** Lower-case, starts with a letter: every AWS name the stack makes starts with it, bucket names included. */
    static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private NamingConfigReader() {
    }

    static NamingConfig read(ConfigSection naming, String project) {
        String prefix = naming.string("prefix", project);
        if (!PREFIX.matcher(prefix).matches() || prefix.endsWith("-") || prefix.contains("--")) {
            throw new ConfigException(naming.keyOf("prefix"), "'" + prefix + "' is not allowed; allowed: 2-31 "
                    + "lower-case letters, digits and single '-', starting with a letter (it begins every AWS name)");
        }
        boolean regionInNames = naming.bool("regionInNames", true);
        naming.rejectUnknownKeys();
        return new NamingConfig(prefix, regionInNames);
    }
}
