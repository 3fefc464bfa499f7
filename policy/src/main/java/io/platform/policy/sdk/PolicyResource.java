package io.platform.policy.sdk;

import com.google.protobuf.Struct;
import pulumirpc.AnalyzerOuterClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource as a policy sees it: identity, parent, dependencies and the input properties
 * (camelCase, as the engine sends them).
 *
 * @param urn                  the resource URN
 * @param type                 the type token, e.g. {@code aws:s3/bucketV2:BucketV2}
 * @param name                 the logical name (the last URN segment)
 * @param parent               the parent's URN, or null
 * @param dependencies         URNs this resource depends on
 * @param propertyDependencies for each input property, the URNs its value came from
 * @param properties           the inputs
 */
public record PolicyResource(
        String urn,
        String type,
        String name,
        String parent,
        List<String> dependencies,
        Map<String, List<String>> propertyDependencies,
        PropertyMap properties) {

    public PolicyResource {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(type, "type");
        name = name == null || name.isEmpty() ? nameFromUrn(urn) : name;
        parent = parent == null || parent.isEmpty() ? null : parent;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        propertyDependencies = propertyDependencies == null ? Map.of() : copyOf(propertyDependencies);
        properties = properties == null ? PropertyMap.empty() : properties;
    }

    /** Builds a resource from the engine's protobuf inputs (decoding secrets, unknowns and the like). */
    public static PolicyResource fromStruct(String urn, String type, String name, String parent,
                                            List<String> dependencies,
                                            Map<String, List<String>> propertyDependencies,
                                            Struct properties) {
        return new PolicyResource(urn, type, name, parent, dependencies, propertyDependencies,
                PropertyMap.of(StructCodec.toJava(properties)));
    }

    /** Builds a resource from one entry of an {@code AnalyzeStack} request. */
    public static PolicyResource fromAnalyzerResource(AnalyzerOuterClass.AnalyzerResource r) {
        Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
        r.getPropertyDependenciesMap().forEach((k, v) -> propertyDependencies.put(k, v.getUrnsList()));
        return fromStruct(r.getUrn(), r.getType(), r.getName(), r.getParent(), r.getDependenciesList(),
                propertyDependencies, r.getProperties());
    }

    /** A builder for tests and offline plans; the URN is derived from type and name unless set. */
    public static Builder builder(String type, String name) {
        return new Builder(type, name);
    }

    /** The URNs the given input property came from (empty if none are known). */
    public List<String> propertyDependencies(String property) {
        return propertyDependencies.getOrDefault(property, List.of());
    }

    /** The same resource with other inputs (used by remediations). */
    public PolicyResource withProperties(Map<String, ?> newProperties) {
        return new PolicyResource(urn, type, name, parent, dependencies, propertyDependencies,
                PropertyMap.of(newProperties));
    }

    /** The logical name: the text after the last {@code ::} of a URN. */
    public static String nameFromUrn(String urn) {
        int i = urn.lastIndexOf("::");
        return i < 0 ? urn : urn.substring(i + 2);
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? List.of() : List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    public static final class Builder {
        private final String type;
        private final String name;
        private String urn;
        private String parent;
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final LinkedHashSet<String> dependencies = new LinkedHashSet<>();
        private final Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();

        private Builder(String type, String name) {
            this.type = Objects.requireNonNull(type, "type");
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder urn(String urn) {
            this.urn = urn;
            return this;
        }

        public Builder parent(PolicyResource parent) {
            this.parent = parent.urn();
            return this;
        }

        public Builder parent(String parentUrn) {
            this.parent = parentUrn;
            return this;
        }

        public Builder property(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        public Builder properties(Map<String, ?> values) {
            properties.putAll(values);
            return this;
        }

        public Builder dependsOn(PolicyResource... others) {
            for (PolicyResource o : others) {
                dependencies.add(o.urn());
            }
            return this;
        }

        /** Records that input {@code property} came from the given resources (and depends on them). */
        public Builder propertyDependsOn(String property, PolicyResource... others) {
            List<String> urns = new ArrayList<>(propertyDependencies.getOrDefault(property, List.of()));
            for (PolicyResource o : others) {
                urns.add(o.urn());
                dependencies.add(o.urn());
            }
            propertyDependencies.put(property, urns);
            return this;
        }

        public PolicyResource build() {
            String u = urn != null ? urn : "urn:pulumi:test::test::" + type + "::" + name;
            return new PolicyResource(u, type, name, parent, new ArrayList<>(dependencies),
                    propertyDependencies, PropertyMap.of(new LinkedHashMap<>(properties)));
        }
    }
}
