package io.platform.testing;

import com.pulumi.Context;
import io.platform.config.RawConfig;
import io.platform.plan.OfflineEngine;
import io.platform.plan.RecordedResource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs one component on the offline engine (no stack config, no other tier) and returns
 * what it registered, so component tests assert on the same decoded inputs, ids and ARNs
 * as the stack tests (a bucket's id is its name, its ARN {@code arn:aws:s3:::<name>}). Every
 * tier's unit components (buckets, read replicas, file systems, Lambda functions) are tested this way.
 */
public final class ComponentHarness {
    public static final String PROJECT = "proj";
    public static final String STACK = "test";
    public static final String ACCOUNT = "111122223333";

    private ComponentHarness() {
    }

    /** What one run registered. */
    public record Run(List<RecordedResource> resources) {
        public List<RecordedResource> ofType(String type) {
            return resources.stream().filter(r -> r.type().equals(type)).toList();
        }

        public RecordedResource named(String name) {
            return resources.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no resource named " + name + " in " + resources));
        }

        public RecordedResource single(String type) {
            List<RecordedResource> found = ofType(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type + " but found " + found);
            }
            return found.get(0);
        }
    }

    public static Run run(Consumer<Context> program) {
        RawConfig raw = new RawConfig(PROJECT, STACK, Map.of(), Set.of());
        return new Run(OfflineEngine.record(raw, "us-east-1", ACCOUNT, program));
    }
}
