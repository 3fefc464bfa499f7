package io.platform.testing;

import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.OfflineEngine;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the repository's real stack files, applies overrides, and runs the program on
 * the offline engine (the SDK's mock monitor), so tests assert on what a stack deploys.
 */
public final class StackFixture {
    public static final String ACCOUNT = "123456789012";
    private static final Map<String, PlanResult> CACHE = new ConcurrentHashMap<>();

    private StackFixture() {
    }

    public static RawConfig stackFile(String stack) {
        return RawConfig.fromStackFile(Path.of("Pulumi." + stack + ".yaml"), "platform", stack);
    }

    /** The stack file with some keys replaced ({@code null} removes a key); values as Pulumi passes them. */
    public static RawConfig withOverrides(RawConfig base, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(base.values());
        Set<String> secrets = new HashSet<>(base.secretKeys());
        overrides.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
                secrets.remove(k);
            } else {
                values.put(k, v);
            }
        });
        return new RawConfig(base.project(), base.stack(), values, secrets);
    }

    public static StackConfig load(RawConfig raw) {
        return StackConfigLoader.load(raw);
    }

    /** Plan of an unchanged stack file, computed once per test JVM. */
    public static PlanResult plan(String stack) {
        return CACHE.computeIfAbsent(stack, s -> plan(stackFile(s)));
    }

    public static PlanResult plan(RawConfig raw) {
        return OfflineEngine.run(raw, StackConfigLoader.load(raw), ACCOUNT);
    }

    /**
     * The resource named {@code name}. A component and an AWS resource may share a name (the
     * {@code platform-staging-data} tier and KMS key): the AWS resource is meant, unless only the
     * component has the name.
     */
    public static RecordedResource named(PlanResult plan, String name) {
        List<RecordedResource> found = plan.resources().stream().filter(r -> r.name().equals(name)).toList();
        List<RecordedResource> custom = found.stream().filter(RecordedResource::custom).toList();
        List<RecordedResource> candidates = custom.isEmpty() ? found : custom;
        if (candidates.size() != 1) {
            throw new AssertionError(candidates.isEmpty() ? "no resource named " + name
                    : "several resources named " + name + ": " + candidates);
        }
        return candidates.get(0);
    }

    /** Resources of {@code type} whose input {@code key} equals {@code value}. */
    public static List<RecordedResource> where(PlanResult plan, String type, String key, Object value) {
        return plan.ofType(type).stream().filter(r -> Objects.equals(r.inputValues().get(key), value)).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
