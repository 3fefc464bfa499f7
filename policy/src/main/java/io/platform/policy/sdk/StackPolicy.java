package io.platform.policy.sdk;

/** A policy that sees every resource of the stack at once (with parents and dependencies). */
public final class StackPolicy implements Policy {
    private final PolicyMetadata metadata;
    private final StackCheck check;

    private StackPolicy(PolicyMetadata metadata, StackCheck check) {
        this.metadata = metadata;
        this.check = check;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    @Override
    public PolicyMetadata metadata() {
        return metadata;
    }

    public StackCheck check() {
        return check;
    }

    @Override
    public String toString() {
        return metadata.id();
    }

    public static final class Builder extends PolicyBuilder<Builder> {
        private StackCheck check;

        private Builder(String id) {
            super(id);
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
            return new StackPolicy(m, check);
        }
    }
}
