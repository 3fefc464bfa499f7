package io.platform.policy.sdk;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A policy that inspects one resource at a time, for the resource types it lists. */
public final class ResourcePolicy implements Policy {
    private final PolicyMetadata metadata;
    private final Set<String> resourceTypes;
    private final ResourceCheck check;
    private final Remediation remediation;

    private ResourcePolicy(PolicyMetadata metadata, Set<String> resourceTypes, ResourceCheck check, Remediation remediation) {
        this.metadata = metadata;
        this.resourceTypes = resourceTypes;
        this.check = check;
        this.remediation = remediation;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public PolicyMetadata metadata() {
        return metadata;
    }

    /** Type tokens this policy inspects, e.g. {@code aws:rds/instance:Instance}. */
    public Set<String> resourceTypes() {
        return resourceTypes;
    }

    public ResourceCheck check() {
        return check;
    }

    public Optional<Remediation> remediation() {
        return Optional.ofNullable(remediation);
    }

    @Override
    public String toString() {
        return metadata.id();
    }

    public static final class Builder extends PolicyBuilder<Builder> {
        private final Set<String> types = new LinkedHashSet<>();
        private ResourceCheck check;
        private Remediation remediation;

        private Builder(String id) {
            super(id);
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder types(String... types) {
            this.types.addAll(Set.of(types));
            return this;
        }

        /** All tokens of each family (a family is any iterable of type tokens). */
        @SafeVarargs
        public final Builder types(Iterable<String>... families) {
            for (Iterable<String> family : families) {
                family.forEach(this.types::add);
            }
            return this;
        }

        public Builder check(ResourceCheck check) {
            this.check = check;
            return this;
        }

        public Builder remediation(Remediation remediation) {
            this.remediation = remediation;
            return this;
        }

        public ResourcePolicy build() {
            PolicyMetadata m = metadata();
            if (types.isEmpty()) {
                throw new IllegalArgumentException("policy " + m.id() + " needs at least one resource type");
            }
            if (check == null) {
                throw new IllegalArgumentException("policy " + m.id() + " needs a check");
            }
            return new ResourcePolicy(m, Set.copyOf(types), check, remediation);
        }
    }
}
