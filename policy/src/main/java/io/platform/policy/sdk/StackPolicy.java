package io.platform.policy.sdk;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A policy that sees every resource of the stack at once (with parents and dependencies). */
public final class StackPolicy implements Policy {
    private final PolicyMetadata metadata;
    private final Set<String> inspectedTypes;
    private final StackCheck check;

    private StackPolicy(PolicyMetadata metadata, Set<String> inspectedTypes, StackCheck check) {
        this.metadata = metadata;
        this.inspectedTypes = inspectedTypes;
        this.check = check;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public PolicyMetadata metadata() {
        return metadata;
    }

    /** The types the check reads and joins (documentation: the check still sees every resource). */
    public Set<String> inspectedTypes() {
        return inspectedTypes;
    }

    public StackCheck check() {
        return check;
    }

    @Override
    public String toString() {
        return metadata.id();
    }

    public static final class Builder extends PolicyBuilder<Builder> {
        private final Set<String> types = new LinkedHashSet<>();
        private StackCheck check;

        private Builder(String id) {
            super(id);
        }

        public Builder inspects(String... types) {
            this.types.addAll(List.of(types));
            return this;
        }

        /** All tokens of each family (documentation: the check still sees every resource). */
        @SafeVarargs
        public final Builder inspects(Iterable<String>... families) {
            for (Iterable<String> family : families) {
                family.forEach(this.types::add);
            }
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder check(StackCheck check) {
            this.check = check;
            return this;
        }

        public StackPolicy build() {
            PolicyMetadata m = metadata();
            if (check == null) {
                throw new IllegalArgumentException("policy " + m.id() + " needs a check");
            }
            return new StackPolicy(m, Collections.unmodifiableSet(new LinkedHashSet<>(types)), check);
        }
    }
}
