package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a pack over a stack: each resource policy over the resources of its types, each stack
 * policy once, then applies levels, settings and exemptions from the pack config.
 *
 * <p>Order per resource: remediations first (each sees the inputs the previous one produced),
 * then the other policies on the final inputs; stack policies see the remediated resources.
 * A remediate-level policy without a remediation, or whose remediation cannot fix everything,
 * reports what is left as mandatory. Not thread-safe; create one engine per thread.
 */
public final class PolicyEngine {
    private static final int MIN_SECRET_LENGTH_TO_MASK = 4;

    private final PolicyPack pack;
    /** Indexes into {@code pack.policies()}, built once so each resource finds its policies by type. */
    private final Map<String, int[]> resourcePoliciesByType;
    private final int[] stackPolicies;
    /** The configured list last checked against the pack (the analyzer runs one list per Configure, many times). */
    private volatile Checked checked;

    /** A configured list that belongs to the pack, and the indexes of its policies that have exemptions. */
    private record Checked(List<ConfiguredPolicy> configured, int[] exempting) {
    }

    public PolicyEngine(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
        Map<String, List<Integer>> byType = new HashMap<>();
        List<Integer> stack = new ArrayList<>();
        List<Policy> policies = pack.policies();
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i) instanceof ResourcePolicy rp) {
                for (String type : rp.resourceTypes()) {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(i);
                }
            } else {
                stack.add(i);
            }
        }
        this.resourcePoliciesByType = new HashMap<>();
        byType.forEach((t, l) -> resourcePoliciesByType.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
        this.stackPolicies = stack.stream().mapToInt(Integer::intValue).toArray();
    }

    public PolicyPack pack() {
        return pack;
    }

    /** Which policies a run evaluates. */
    public enum Scope {
        /** Resource policies on each resource, then stack policies on the (remediated) resources. */
        ALL,
        /** Only resource policies (and remediations), e.g. the analyzer's per-resource {@code Analyze}. */
        RESOURCE_POLICIES,
        /** Only stack policies, on the resources as given, e.g. the analyzer's {@code AnalyzeStack}. */
        STACK_POLICIES
    }

    /**
     * @throws PolicyConfigException     if the config does not fit the pack
     * @throws PolicyExecutionException if a policy's check throws
     */
    public PolicyReport run(List<PolicyResource> resources, StackContext stack, PackConfig config) {
        return run(resources, stack, pack.configure(config), Scope.ALL);
    }

    /**
     * Runs with policies already configured by {@code pack().configure(...)} (configure once, run many
     * times), limited to {@code scope}. Exemptions of policies outside the scope are never "unmatched".
     *
     * @throws IllegalArgumentException if {@code configured} was not made from this engine's pack
     * @throws PolicyExecutionException if a policy's check throws
     */
    public PolicyReport run(List<PolicyResource> resources, StackContext stack, List<ConfiguredPolicy> configured,
                            Scope scope) {
        Objects.requireNonNull(scope, "scope");
        Run run = new Run(configured, stack, scope, requireFromPack(configured));
        List<PolicyResource> checked = resources;
        if (scope != Scope.STACK_POLICIES) {
            checked = new ArrayList<>(resources.size());
            for (PolicyResource r : resources) {
                checked.add(run.checkResource(r));
            }
        }
        if (scope != Scope.RESOURCE_POLICIES) {
            StackResources all = new StackResources(checked);
            for (int i : stackPolicies) {
                run.checkStack(i, all);
            }
        }
        return run.report(resources.size());
    }

    /**
     * Checks once per list (not on every run: a per-resource Analyze runs thousands of times with the same list)
     * and returns the indexes of its policies that have exemptions.
     */
    private int[] requireFromPack(List<ConfiguredPolicy> configured) {
        Checked last = checked;
        if (last != null && last.configured() == configured) {
            return last.exempting();
        }
        List<Policy> policies = pack.policies();
        boolean same = configured.size() == policies.size();
        List<Integer> exempting = new ArrayList<>();
        for (int i = 0; same && i < policies.size(); i++) {
            same = configured.get(i).policy() == policies.get(i);
            if (!configured.get(i).exemptions().isEmpty()) {
                exempting.add(i);
            }
        }
        if (!same) {
            throw new IllegalArgumentException("the configured policies were not made by configure() of pack " + pack.name());
        }
        Checked now = new Checked(configured, exempting.stream().mapToInt(Integer::intValue).toArray());
        checked = now;
        return now.exempting();
    }

    /** The state of one run: configured policies, exemption usage and what was found. */
    private final class Run {
        private final List<ConfiguredPolicy> configured;
        private final StackContext stack;
        private final Map<Exemption, Boolean> exemptionUsed = new IdentityHashMap<>();
        private final List<Violation> violations = new ArrayList<>();
        private final List<RemediatedResource> remediations = new ArrayList<>();
        /** Indexes of the configured policies that have exemptions. */
        private final int[] exempting;
        private int skipped;

        Run(List<ConfiguredPolicy> configured, StackContext stack, Scope scope, int[] exempting) {
            this.configured = configured;
            this.stack = stack;
            this.exempting = exempting;
            for (int i : exempting) {
                ConfiguredPolicy cp = configured.get(i);
                // exemptions of policies that do not run here are not "unmatched"
                if (inScope(cp, scope) && runs(cp)) {
                    cp.exemptions().forEach(e -> exemptionUsed.put(e, false));
                }
            }
        }

        private static boolean inScope(ConfiguredPolicy cp, Scope scope) {
            return switch (scope) {
                case ALL -> true;
                case RESOURCE_POLICIES -> cp.policy() instanceof ResourcePolicy;
                case STACK_POLICIES -> cp.policy() instanceof StackPolicy;
            };
        }

        /** Enabled, and not a production-only policy outside production. */
        private boolean runs(ConfiguredPolicy cp) {
            return cp.level() != EnforcementLevel.DISABLED
                    && (!cp.policy().metadata().productionOnly() || CheckContext.isProduction(stack, cp.settings()));
        }

        PolicyResource checkResource(PolicyResource resource) {
            int[] indexes = resourcePoliciesByType.get(resource.type());
            if (indexes == null) {
                return resource;
            }
            PolicyResource current = resource;
            for (int i : indexes) {
                ConfiguredPolicy cp = configured.get(i);
                if (remediates(cp)) {
                    current = remediate(cp, current);
                }
            }
            for (int i : indexes) {
                ConfiguredPolicy cp = configured.get(i);
                if (cp.level() != EnforcementLevel.DISABLED && !remediates(cp)) {
                    record(cp, blocking(cp.level()), evaluate(cp, current));
                }
            }
            return current;
        }

        /** A remediate-level policy that has a remediation runs before the others and rewrites inputs. */
        private boolean remediates(ConfiguredPolicy cp) {
            return cp.level() == EnforcementLevel.REMEDIATE && ((ResourcePolicy) cp.policy()).remediation().isPresent();
        }

        /** The level findings are reported at when nothing was remediated: remediate without a fix blocks. */
        private EnforcementLevel blocking(EnforcementLevel level) {
            return level == EnforcementLevel.REMEDIATE ? EnforcementLevel.MANDATORY : level;
        }

        private PolicyResource remediate(ConfiguredPolicy cp, PolicyResource resource) {
            List<Finding> found = evaluate(cp, resource);
            if (found.isEmpty()) {
                return resource;
            }
            if (exemptionFor(cp, resource) != null) {
                record(cp, EnforcementLevel.REMEDIATE, found);
                return resource;
            }
            ResourcePolicy policy = (ResourcePolicy) cp.policy();
            Map<String, Object> fixed;
            try {
                fixed = policy.remediation().orElseThrow()
                        .remediate(resource, new ResourceCheckContext(policy.metadata(), stack, cp.settings(), resource));
            } catch (UnknownValueException e) {
                fixed = null; // cannot rewrite what is not known yet
            } catch (RuntimeException e) {
                throw new PolicyExecutionException("remediation of " + policy.id() + " failed on " + resource.urn() + ": " + e, e);
            }
            if (fixed == null) {
                record(cp, EnforcementLevel.MANDATORY, found);
                return resource;
            }
            PolicyResource after = resource.withProperties(fixed);
            remediations.add(new RemediatedResource(policy.id(), resource.urn(), resource.name(),
                    found.stream().map(Finding::message).toList(), fixed));
            List<Finding> left = evaluate(cp, after);
            record(cp, left.isEmpty() ? EnforcementLevel.REMEDIATE : EnforcementLevel.MANDATORY, left.isEmpty() ? found : left);
            return after;
        }

        private List<Finding> evaluate(ConfiguredPolicy cp, PolicyResource resource) {
            ResourcePolicy policy = (ResourcePolicy) cp.policy();
            PolicyMetadata meta = policy.metadata();
            if (!runs(cp)) {
                return List.of();
            }
            ResourceCheckContext ctx = new ResourceCheckContext(meta, stack, cp.settings(), resource);
            try {
                policy.check().check(resource, ctx);
            } catch (UnknownValueException e) {
                ctx.countSkipped();
            } catch (RuntimeException e) {
                throw new PolicyExecutionException("policy " + meta.id() + " failed on " + resource.urn() + ": " + e, e);
            }
            skipped += ctx.skipped();
            return ctx.findings;
        }

        void checkStack(int index, StackResources all) {
            ConfiguredPolicy cp = configured.get(index);
            StackPolicy policy = (StackPolicy) cp.policy();
            PolicyMetadata meta = policy.metadata();
            if (!runs(cp)) {
                return;
            }
            StackCheckContext ctx = new StackCheckContext(meta, stack, cp.settings());
            try {
                policy.check().check(all, ctx);
            } catch (UnknownValueException e) {
                ctx.countSkipped();
            } catch (RuntimeException e) {
                throw new PolicyExecutionException("policy " + meta.id() + " failed on stack " + stack.stackName() + ": " + e, e);
            }
            skipped += ctx.skipped();
            record(cp, blocking(cp.level()), ctx.findings);
        }

        private void record(ConfiguredPolicy cp, EnforcementLevel level, List<Finding> findings) {
            PolicyMetadata meta = cp.policy().metadata();
            for (Finding f : findings) {
                PolicyResource r = f.resource();
                Exemption exemption = exemptionFor(cp, r);
                if (exemption != null) {
                    exemptionUsed.put(exemption, true);
                }
                violations.add(new Violation(meta.id(), level, meta.severity(), r.urn(), r.name(), r.type(),
                        masked(r, f.message()), masked(r, f.fixHint()),
                        exemption != null, exemption == null ? null : exemption.reason()));
            }
        }

        private Exemption exemptionFor(ConfiguredPolicy cp, PolicyResource r) {
            for (Exemption e : cp.exemptions()) {
                if (e.matches(r)) {
                    return e;
                }
            }
            return null;
        }

        /** Keeps secret values out of messages even if a rule echoes one by mistake. */
        private String masked(PolicyResource r, String text) {
            String out = text;
            for (String secret : r.properties().secretStrings()) {
                if (secret.length() >= MIN_SECRET_LENGTH_TO_MASK) {
                    out = out.replace(secret, "[secret]");
                }
            }
            return out;
        }

        PolicyReport report(int resourceCount) {
            List<UnmatchedExemption> unmatched = new ArrayList<>();
            for (int i : exempting) {
                ConfiguredPolicy cp = configured.get(i);
                for (Exemption e : cp.exemptions()) {
                    if (Boolean.FALSE.equals(exemptionUsed.get(e))) {
                        unmatched.add(new UnmatchedExemption(cp.policy().id(), e));
                    }
                }
            }
            return new PolicyReport(pack.name(), pack.version(), stack.stackName(), resourceCount, skipped,
                    violations, unmatched, remediations);
        }
    }
}
