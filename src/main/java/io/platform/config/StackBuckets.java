package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The buckets a {@code ${bucket:<name>}} placeholder may name, and checks that workloads name only
 * those. The placeholder becomes {@link Naming#bucketName} of the name, the same derivation the data
 * and edge tiers use (prefix, environment, region with {@code regionInNames}, account), so a
 * statement and the bucket agree; a catalogue bucket with an exact {@code bucketName} is not derived,
 * so its placeholder is refused with the name to write instead.
 */
final class StackBuckets {
    /** Bucket name in the stack → its exact physical name, or null where the platform derives it. */
    private final Map<String, String> exactNames = new TreeMap<>();

    StackBuckets(DataConfig data, EdgeConfig edge) {
        exactNames.put("documents", null);
        exactNames.put("access-logs", null);
        data.buckets().forEach(b -> exactNames.put(b.name(), b.bucketName().orElse(null)));
        for (EdgeConfig.FrontEnd frontEnd : edge.frontEnds()) {
            exactNames.put(frontEnd.name() + "-site", null);
            frontEnd.bucketOrigins().forEach(o -> exactNames.put(frontEnd.name() + "-" + o.name(), null));
        }
    }

    void checkStatements(String key, List<IamStatementConfig> statements) {
        for (int s = 0; s < statements.size(); s++) {
            for (String name : statements.get(s).bucketReferences()) {
                check(key + "[" + s + "].resources", name);
            }
        }
    }

    void checkTriggers(String key, List<FunctionConfig.Trigger> triggers) {
        for (int t = 0; t < triggers.size(); t++) {
            if (triggers.get(t) instanceof FunctionConfig.BucketEvents events) {
                Matcher m = IamStatementConfig.BUCKET_REFERENCE.matcher(events.bucket());
                if (m.matches()) {
                    check(key + "[" + t + "].bucket", m.group(1));
                }
            }
        }
    }

    private void check(String key, String name) {
        if (!exactNames.containsKey(name)) {
            throw new ConfigException(key, "'${bucket:" + name + "}' names no bucket of this stack"
                    + Suggestions.didYouMean(name, exactNames.keySet()) + "; allowed: "
                    + String.join(", ", exactNames.keySet()));
        }
        String exact = exactNames.get(name);
        if (exact != null) {
            throw new ConfigException(key, "'${bucket:" + name + "}' is not allowed: bucket '" + name + "' has the "
                    + "exact name " + exact + " (platform:data.buckets bucketName); write that name instead");
        }
    }
}
