package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every resource of the stack, indexed by URN, type and parent, with joins between companions. */
public final class StackResources {
    private final List<PolicyResource> all;
    private final Map<String, PolicyResource> byUrn = new HashMap<>();
    private final Map<String, List<PolicyResource>> byType = new HashMap<>();
    private final Map<String, List<PolicyResource>> children = new HashMap<>();
    private final Map<Reference, Map<String, List<PolicyResource>>> keyIndexes = new IdentityHashMap<>();
    private final Map<Reference, Map<String, List<PolicyResource>>> referrers = new IdentityHashMap<>();
    private final Map<Reference, List<PolicyResource>> unresolved = new IdentityHashMap<>();

    public StackResources(List<PolicyResource> resources) {
        this.all = List.copyOf(resources);
        for (PolicyResource r : all) {
            byUrn.put(r.urn(), r);
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
            if (r.parent() != null) {
                children.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(r);
            }
        }
    }

    public List<PolicyResource> all() {
        return all;
    }

    public List<PolicyResource> ofType(String... types) {
        return ofTypes(List.of(types));
    }

    public List<PolicyResource> ofTypes(Iterable<String> types) {
        List<PolicyResource> out = new ArrayList<>();
        for (String t : types) {
            out.addAll(byType.getOrDefault(t, List.of()));
        }
        return out;
    }

    /** The resources of every token of the given families. */
    @SafeVarargs
    public final List<PolicyResource> of(Iterable<String>... families) {
        List<PolicyResource> out = new ArrayList<>();
        for (Iterable<String> family : families) {
            out.addAll(ofTypes(family));
        }
        return out;
    }

    public Optional<PolicyResource> get(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
    }

    public List<PolicyResource> children(PolicyResource parent) {
        return children.getOrDefault(parent.urn(), List.of());
    }

    /** The resources {@code source} points at through {@code ref} (see {@link Reference}). */
    public List<PolicyResource> targets(PolicyResource source, Reference ref) {
        Set<PolicyResource> out = new LinkedHashSet<>();
        for (String urn : source.propertyDependencies(ref.rootProperty())) {
            PolicyResource t = byUrn.get(urn);
            if (t != null && ref.targetTypes().contains(t.type())) {
                out.add(t);
            }
        }
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        Lookup value = lookup(source.properties().asMap(), ref.property());
        if (!value.present()) {
            return List.of();
        }
        Map<String, List<PolicyResource>> index = keyIndex(ref);
        for (String v : value.strings()) {
            out.addAll(index.getOrDefault(ref.normalize().apply(v), List.of()));
        }
        if (!out.isEmpty()) {
            return List.copyOf(out);
        }
        // Ids unknown (preview) or not matching inputs (offline mocks): trust a dependency if it is the only candidate.
        List<PolicyResource> candidates = new ArrayList<>();
        for (String urn : source.dependencies()) {
            PolicyResource t = byUrn.get(urn);
            if (t != null && ref.targetTypes().contains(t.type())) {
                candidates.add(t);
            }
        }
        return candidates.size() == 1 ? candidates : List.of();
    }

    /**
     * The resources of {@code ref.sourceTypes()} that point at {@code target}. When none does but some source's
     * reference is not known yet (preview) and leads nowhere the stack can see, it may point at {@code target}:
     * that throws {@link UnknownValueException}, so a rule skips the target instead of reporting it.
     */
    public List<PolicyResource> referrers(PolicyResource target, Reference ref) {
        List<PolicyResource> found = referrers.computeIfAbsent(ref, this::buildReferrers).getOrDefault(target.urn(), List.of());
        if (found.isEmpty()) {
            List<PolicyResource> open = unresolved(ref);
            if (!open.isEmpty()) {
                throw new UnknownValueException(open.get(0).name() + "." + ref.property());
            }
        }
        return found;
    }

    /** The sources of {@code ref} whose reference is set but not known yet and resolves to no resource of the stack. */
    public List<PolicyResource> unresolved(Reference ref) {
        return unresolved.computeIfAbsent(ref, r -> {
            List<PolicyResource> out = new ArrayList<>();
            for (PolicyResource source : ofTypes(r.sourceTypes())) {
                if (lookup(source.properties().asMap(), r.property()).unknown() && targets(source, r).isEmpty()) {
                    out.add(source);
                }
            }
            return List.copyOf(out);
        });
    }

    private Map<String, List<PolicyResource>> buildReferrers(Reference ref) {
        Map<String, List<PolicyResource>> out = new HashMap<>();
        for (PolicyResource source : ofTypes(ref.sourceTypes())) {
            for (PolicyResource target : targets(source, ref)) {
                out.computeIfAbsent(target.urn(), u -> new ArrayList<>()).add(source);
            }
        }
        return out;
    }

    private Map<String, List<PolicyResource>> keyIndex(Reference ref) {
        return keyIndexes.computeIfAbsent(ref, r -> {
            Map<String, List<PolicyResource>> index = new LinkedHashMap<>();
            for (PolicyResource t : ofTypes(r.targetTypes())) {
                for (String key : r.targetKeys()) {
                    if (Secret.unwrap(t.properties().raw(key)) instanceof String s && !s.isEmpty()) {
                        index.computeIfAbsent(r.normalize().apply(s), k -> new ArrayList<>()).add(t);
                    }
                }
            }
            return index;
        });
    }

    /** A dotted input path: whether it is set at all (unknown counts), its known string values, and whether part is unknown. */
    record Lookup(boolean present, List<String> strings, boolean unknown) {
    }

    static Lookup lookup(Map<String, Object> root, String path) {
        List<Object> current = new ArrayList<>();
        current.add(root);
        for (String segment : path.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object o : current) {
                if (o instanceof Unknown) {
                    next.add(o);
                } else if (o instanceof Map<?, ?> m) {
                    flatten(m.get(segment), next);
                }
            }
            current = next;
        }
        List<String> strings = new ArrayList<>();
        boolean unknown = false;
        for (Object o : current) {
            if (o instanceof String s) {
                strings.add(s);
            } else if (o instanceof Unknown) {
                unknown = true;
            }
        }
        return new Lookup(!current.isEmpty(), strings, unknown);
    }

    private static void flatten(Object value, List<Object> out) {
        Object v = Secret.unwrap(value);
        if (v instanceof List<?> l) {
            l.forEach(e -> flatten(e, out));
        } else if (v != null) {
            out.add(v);
        }
    }
}
