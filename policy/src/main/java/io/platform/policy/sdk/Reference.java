package io.platform.policy.sdk;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How one kind of resource points at another through an input, e.g. a
 * {@code BucketPublicAccessBlock}'s {@code bucket} input points at a {@code BucketV2}.
 * {@link StackResources} resolves it from property dependencies first (exact, and works in
 * preview when ids are unknown), then by matching the input's value with the target's key
 * inputs, then from plain dependencies when exactly one candidate target is among them.
 *
 * @param sourceTypes types of the pointing resources
 * @param property    dotted input path on the source, e.g. {@code accessLogs.bucket}; list
 *                    elements are flattened, and the first segment names the property dependency
 * @param targetTypes types of the resources pointed at
 * @param targetKeys  inputs of the target whose values identify it (e.g. {@code bucket}); also
 *                    {@code id}/{@code arn} when the properties carry outputs
 * @param normalize   maps a source value to a target key (e.g. an S3 ARN to a bucket name)
 */
public record Reference(Set<String> sourceTypes, String property, Set<String> targetTypes,
                        List<String> targetKeys, UnaryOperator<String> normalize) {

    public Reference {
        sourceTypes = Set.copyOf(sourceTypes);
        targetTypes = Set.copyOf(targetTypes);
        targetKeys = List.copyOf(targetKeys);
        Objects.requireNonNull(property, "property");
        normalize = normalize == null ? UnaryOperator.identity() : normalize;
    }

    public static Reference of(Set<String> sourceTypes, String property, Set<String> targetTypes, String... targetKeys) {
        return new Reference(sourceTypes, property, targetTypes, List.of(targetKeys), null);
    }

    public Reference normalizedBy(UnaryOperator<String> normalize) {
        return new Reference(sourceTypes, property, targetTypes, targetKeys, normalize);
    }

    /** The top-level input whose property dependencies hold the target's URN. */
    public String rootProperty() {
        int dot = property.indexOf('.');
        return dot < 0 ? property : property.substring(0, dot);
    }
}
