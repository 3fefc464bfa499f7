package io.platform.config;

import java.util.List;

/**
 * One extra IAM statement a workload declares ({@code statements: [{sid, actions, resources}]}):
 * always {@code Allow}, never a {@code *} action, and {@code *} as a resource only for actions AWS
 * does not scope to resources ({@link IamStatementsReader#UNSCOPED_ACTIONS}). Resources are ARNs
 * that may use {@code ${partition}}, {@code ${region}}, {@code ${account}}, {@code ${prefix}}
 * ({@code <prefix>-<env>}) and {@code ${bucket:<name>}} (one of this stack's buckets), or {@code function:<name>} for one of
 * this stack's Lambda functions.
 */
public record IamStatementConfig(String sid, List<String> actions, List<String> resources) {
    /** The prefix of a resource that names one of this stack's functions. */
    public static final String FUNCTION_REFERENCE = "function:";

    public IamStatementConfig {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    /** A {@code ${bucket:<name>}} placeholder; group 1 is the bucket's name in this stack. */
    public static final java.util.regex.Pattern BUCKET_REFERENCE =
            java.util.regex.Pattern.compile("\\$\\{bucket:([a-z0-9][a-z0-9-]*)}");

    /** Names of this stack's buckets the statement refers to with {@code ${bucket:<name>}}. */
    public List<String> bucketReferences() {
        return resources.stream().flatMap(r -> BUCKET_REFERENCE.matcher(r).results().map(m -> m.group(1))).toList();
    }

    /** Names of this stack's functions the statement refers to with {@code function:<name>}. */
    public List<String> functionReferences() {
        return resources.stream().filter(r -> r.startsWith(FUNCTION_REFERENCE))
                .map(r -> r.substring(FUNCTION_REFERENCE.length())).toList();
    }
}
