package io.platform.policy.rules.cases;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyPack;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PolicyTestKit;
import io.platform.policy.sdk.PolicyTestKit.ResourceRuleTest;
import io.platform.policy.sdk.PolicyTestKit.StackRuleTest;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.StackPolicy;
import io.platform.policy.sdk.Unknown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The case book of the pack: for every rule a passing case, a failing case and a case with a value not
 * known yet (preview), written as one good baseline and the mutations of it that a rule must catch or
 * skip. A failing case names the start of each message it expects ({@code "<path> is <value>"}); every
 * message must also say what must hold ({@code "; "}). An unknown case expects the rule to skip (and
 * count) the part that reads the unknown value, and to report nothing else, or exactly the violations a
 * known sibling value still causes.
 */
public final class Cases {
    static final PolicyPack PACK = PlatformPolicyPack.create();
    /** A mutation value that removes the input. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };
    public static final Unknown UNKNOWN = Unknown.VALUE;

    public enum Kind { PASS, FAIL, UNKNOWN }

    /** One case: run it to assert it. */
    public record Case(String policyId, Kind kind, String label, Runnable check) {
    }

    private final List<Case> all = new ArrayList<>();

    public List<Case> all() {
        return all;
    }

    static Policy policy(String id) {
        return PACK.policies().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy " + id + " in the pack"));
    }

    // ---- values ---------------------------------------------------------------------------------

    /** A map from alternating keys and values (insertion order kept; values may be null-free only). */
    public static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    public static List<Object> l(Object... values) {
        return Arrays.asList(values);
    }

    /** A mutation: set (or with {@link #ABSENT} remove) the value at a path such as {@code a.b[0].c}. */
    public record Mut(String path, Object value) {
        @Override
        public String toString() {
            return path + "=" + value;
        }
    }

    public static Mut set(String path, Object value) {
        return new Mut(path, value);
    }

    public static Mut del(String path) {
        return new Mut(path, ABSENT);
    }

    static Map<String, Object> apply(Map<String, Object> base, List<Mut> muts) {
        Map<String, Object> copy = deepCopy(base);
        for (Mut mut : muts) {
            put(copy, mut.path(), mut.value());
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, copyValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> map) {
            return deepCopy((Map<String, ?>) map);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(e -> out.add(copyValue(e)));
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        List<Object> segments = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            segments.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                segments.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        Object current = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            Object seg = segments.get(i);
            Object next = seg instanceof Integer idx ? ((List<Object>) current).get(idx) : ((Map<String, Object>) current).get(seg);
            if (next == null) {
                next = segments.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
                ((Map<String, Object>) current).put((String) seg, next);
            }
            current = next;
        }
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer idx) {
            List<Object> list = (List<Object>) current;
            if (value == ABSENT) {
                list.remove((int) idx);
            } else if (idx == list.size()) {
                list.add(value);
            } else {
                list.set(idx, value);
            }
        } else if (value == ABSENT) {
            ((Map<String, Object>) current).remove(last);
        } else {
            ((Map<String, Object>) current).put((String) last, value);
        }
    }

    // ---- resources for stack cases -----------------------------------------------------------------

    /** A resource of a stack case, with its inputs; {@code dep} records an input that came from another resource. */
    public static final class Res {
        private final PolicyResource.Builder builder;

        Res(String type, String name) {
            this.builder = PolicyResource.builder(type, name);
        }

        public Res p(String key, Object value) {
            builder.property(key, value);
            return this;
        }

        public Res ps(Map<String, ?> values) {
            builder.properties(values);
            return this;
        }

        /** {@code key} is an output of {@code from} (its value unknown in preview unless given with {@link #p}). */
        public Res dep(String key, PolicyResource... from) {
            builder.propertyDependsOn(key, from);
            return this;
        }

        public Res parent(PolicyResource parent) {
            builder.parent(parent);
            return this;
        }

        public PolicyResource build() {
            return builder.build();
        }
    }

    public static Res r(String type, String name) {
        return new Res(type, name);
    }

    /** A stack mutation. */
    public interface StackMut extends UnaryOperator<List<PolicyResource>> {
    }

    /** Sets (or removes) an input of the named resource. */
    public static StackMut set(String resource, String path, Object value) {
        return resources -> resources.stream().map(r -> r.name().equals(resource)
                ? r.withProperties(apply(r.properties().asMap(), List.of(new Mut(path, value)))) : r).toList();
    }

    public static StackMut unknown(String resource, String path) {
        return set(resource, path, UNKNOWN);
    }

    public static StackMut drop(String... names) {
        List<String> dropped = List.of(names);
        return resources -> {
            List<String> missing = new ArrayList<>(dropped);
            missing.removeAll(resources.stream().map(PolicyResource::name).toList());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("no resource " + missing + " to drop");
            }
            return resources.stream().filter(r -> !dropped.contains(r.name())).toList();
        };
    }

    public static StackMut add(PolicyResource... added) {
        return resources -> {
            List<PolicyResource> out = new ArrayList<>(resources);
            out.addAll(List.of(added));
            return out;
        };
    }

    // ---- books ------------------------------------------------------------------------------------

    public ResourceCases resource(String id, String type, Map<String, Object> base) {
        return new ResourceCases(id, type, base);
    }

    public StackCases stack(String id, PolicyResource... base) {
        return new StackCases(id, List.of(base));
    }

    static void checkMessages(String id, List<String> actual, String[] prefixes, boolean atLeastOne) {
        if (atLeastOne && actual.isEmpty()) {
            throw new AssertionError("policy " + id + " reported nothing");
        }
        for (String message : actual) {
            if (!message.contains("; ")) {
                throw new AssertionError("policy " + id + " message does not say what must hold: " + message);
            }
        }
        if (prefixes.length > 0) {
            boolean ok = actual.size() == prefixes.length;
            for (int i = 0; ok && i < prefixes.length; i++) {
                ok = actual.get(i).startsWith(prefixes[i]);
            }
            if (!ok) {
                throw new AssertionError("policy " + id + " reported\n  " + String.join("\n  ", actual)
                        + "\nbut expected messages starting with\n  " + String.join("\n  ", prefixes));
            }
        }
    }

    /** Cases of a resource rule around one good resource. */
    public final class ResourceCases {
        private final String id;
        private final ResourcePolicy policy;
        private String type;
        private Map<String, Object> base;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private String stackName = "staging";
        private String name = "subject";

        ResourceCases(String id, String type, Map<String, Object> base) {
            this.id = id;
            this.policy = (ResourcePolicy) policy(id);
            this.type = type;
            this.base = base;
        }

        /** The type (and baseline) of the cases that follow. */
        public ResourceCases as(String type, Map<String, Object> base) {
            this.type = type;
            this.base = base;
            return this;
        }

        public ResourceCases setting(String name, Object value) {
            settings.put(name, value);
            return this;
        }

        public ResourceCases inStack(String name) {
            this.stackName = name;
            return this;
        }

        /** The logical name of the resource of the cases that follow. */
        public ResourceCases named(String name) {
            this.name = name;
            return this;
        }

        private ResourceRuleTest test(Map<String, Object> properties) {
            ResourceRuleTest t = PolicyTestKit.forRule(policy).withType(type).withName(name).withProperties(properties)
                    .inStack(stackName);
            settings.forEach(t::withSetting);
            return t;
        }

        private void add(Kind kind, String label, Runnable check) {
            all.add(new Case(id, kind, type + " " + label, check));
        }

        public ResourceCases pass() {
            Map<String, Object> props = base;
            ResourceRuleTest t = test(props);
            add(Kind.PASS, "baseline", t::expectNoViolations);
            return this;
        }

        /** The baseline changed this way still passes. */
        public ResourceCases pass(Mut... muts) {
            ResourceRuleTest t = test(apply(base, List.of(muts)));
            add(Kind.PASS, Arrays.toString(muts), t::expectNoViolations);
            return this;
        }

        public ResourceCases fail(Mut mut, String... prefixes) {
            return fail(List.of(mut), prefixes);
        }

        public ResourceCases fail(List<Mut> muts, String... prefixes) {
            ResourceRuleTest t = test(apply(base, muts));
            add(Kind.FAIL, muts.toString(), () -> checkMessages(id, t.messages(), prefixes, true));
            return this;
        }

        /** The value at {@code path} is unknown: the rule skips, reporting nothing. */
        public ResourceCases unknown(String path) {
            ResourceRuleTest t = test(apply(base, List.of(new Mut(path, UNKNOWN))));
            add(Kind.UNKNOWN, path + "=unknown", t::expectSkipped);
            return this;
        }

        /**
         * The value at {@code path} is unknown but its presence already settles the rule (an auth token that is
         * set, whatever it turns out to be): no violation, and nothing needs skipping.
         */
        public ResourceCases unknownIsEnough(String path) {
            ResourceRuleTest t = test(apply(base, List.of(new Mut(path, UNKNOWN))));
            add(Kind.UNKNOWN, path + "=unknown (present is enough)", t::expectNoViolations);
            return this;
        }

        /** One value unknown, a sibling known to be wrong: the rule skips the one and still reports the other. */
        public ResourceCases unknown(String path, Mut bad, String... prefixes) {
            ResourceRuleTest t = test(apply(base, List.of(new Mut(path, UNKNOWN), bad)));
            add(Kind.UNKNOWN, path + "=unknown, " + bad, () -> {
                var report = t.run();
                checkMessages(id, report.enforced().stream().map(v -> v.message()).toList(), prefixes, prefixes.length > 0);
                if (report.skippedChecks() == 0) {
                    throw new AssertionError("policy " + id + " skipped no check: the unknown value was not read");
                }
            });
            return this;
        }
    }

    /** Cases of a stack rule around one good stack. */
    public final class StackCases {
        private final String id;
        private final StackPolicy policy;
        private final List<PolicyResource> base;
        private final Map<String, Object> settings = new LinkedHashMap<>();
        private String stackName = "staging";

        StackCases(String id, List<PolicyResource> base) {
            this.id = id;
            this.policy = (StackPolicy) policy(id);
            this.base = base;
        }

        public StackCases setting(String name, Object value) {
            settings.put(name, value);
            return this;
        }

        public StackCases inStack(String name) {
            this.stackName = name;
            return this;
        }

        private StackRuleTest test(List<StackMut> muts) {
            List<PolicyResource> resources = base;
            for (StackMut mut : muts) {
                resources = mut.apply(resources);
            }
            StackRuleTest t = PolicyTestKit.forRule(policy).withResources(resources.toArray(PolicyResource[]::new))
                    .inStack(stackName);
            settings.forEach(t::withSetting);
            return t;
        }

        private void add(Kind kind, String label, Runnable check) {
            all.add(new Case(id, kind, label, check));
        }

        public StackCases pass(StackMut... muts) {
            StackRuleTest t = test(List.of(muts));
            add(Kind.PASS, muts.length == 0 ? "baseline" : muts.length + " change(s)", t::expectNoViolations);
            return this;
        }

        public StackCases fail(StackMut mut, String... prefixes) {
            return fail(List.of(mut), prefixes);
        }

        public StackCases fail(List<StackMut> muts, String... prefixes) {
            StackRuleTest t = test(muts);
            add(Kind.FAIL, muts.size() + " change(s)", () -> checkMessages(id, t.messages(), prefixes, true));
            return this;
        }

        /** Values not known yet whose presence already settles the rule: no violation, nothing needs skipping. */
        public StackCases unknownIsEnough(StackMut... muts) {
            StackRuleTest t = test(List.of(muts));
            add(Kind.UNKNOWN, "unknown (present is enough)", t::expectNoViolations);
            return this;
        }

        public StackCases unknown(StackMut mut) {
            StackRuleTest t = test(List.of(mut));
            add(Kind.UNKNOWN, "unknown", t::expectSkipped);
            return this;
        }

        public StackCases unknown(List<StackMut> muts, String... prefixes) {
            StackRuleTest t = test(muts);
            add(Kind.UNKNOWN, prefixes.length > 0 ? "unknown beside a violation" : "unknown", () -> {
                var report = t.run();
                checkMessages(id, report.enforced().stream().map(v -> v.message()).toList(), prefixes, prefixes.length > 0);
                if (prefixes.length == 0 && !report.enforced().isEmpty()) {
                    throw new AssertionError("policy " + id + " reported " + report.enforced().get(0).message());
                }
                if (report.skippedChecks() == 0) {
                    throw new AssertionError("policy " + id + " skipped no check: the unknown value was not read");
                }
            });
            return this;
        }
    }
}
