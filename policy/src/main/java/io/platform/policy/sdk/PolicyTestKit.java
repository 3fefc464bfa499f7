package io.platform.policy.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Unit-tests one policy in a few lines, with any test framework (failures are {@link AssertionError}s):
 *
 * <pre>{@code
 * PolicyTestKit.forRule(RdsRules.noPublicAccess())
 *     .withType("aws:rds/instance:Instance")
 *     .withProperties(Map.of("publiclyAccessible", true))
 *     .expectViolations("publiclyAccessible is true; RDS instances must not be reachable from the internet");
 * }</pre>
 *
 * The policy runs through the real {@link PolicyEngine} with a one-policy pack, so levels,
 * settings (checked against the schema), exemptions and remediations behave as in production.
 * Defaults: stack {@code dev}, project {@code platform}, the policy's default level.
 *
 * <p>Every input path the policy reads is recorded; if an {@link InputSchema} is registered with
 * {@link ServiceLoader}, a read of an input the resource type does not have fails the test.
 */
public final class PolicyTestKit {
    private static final List<InputSchema> SCHEMAS = ServiceLoader.load(InputSchema.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private PolicyTestKit() {
    }

    public static ResourceRuleTest forRule(ResourcePolicy policy) {
        return new ResourceRuleTest(policy);
    }

    public static StackRuleTest forRule(StackPolicy policy) {
        return new StackRuleTest(policy);
    }

    /** Settings shared by resource and stack rule tests. */
    public abstract static class RuleTest<T extends RuleTest<T>> {
        private final Policy policy;
        private String stackName = "dev";
        private String project = "platform";
        private final Map<String, String> stackConfig = new LinkedHashMap<>();
        private final Map<String, Object> policyConfig = new LinkedHashMap<>();
        private final List<Map<String, Object>> exemptions = new ArrayList<>();
        private boolean dryRun;

        RuleTest(Policy policy) {
            this.policy = policy;
        }

        abstract T self();

        abstract List<PolicyResource> resources();

        public T inStack(String stackName) {
            this.stackName = stackName;
            return self();
        }

        public T inProject(String project) {
            this.project = project;
            return self();
        }

        /** Sets the stack config {@code <project>:environment}, which wins over the stack name. */
        public T inEnvironment(String environment) {
            stackConfig.put(project + ":environment", environment);
            return self();
        }

        public T withStackConfig(Map<String, String> config) {
            stackConfig.putAll(config);
            return self();
        }

        public T dryRun() {
            this.dryRun = true;
            return self();
        }

        /** A setting of this policy, as it would appear in the pack config (validated against the schema). */
        public T withSetting(String name, Object value) {
            policyConfig.put(name, value);
            return self();
        }

        public T withLevel(EnforcementLevel level) {
            policyConfig.put(ConfigSchema.ENFORCEMENT_LEVEL, level.wireName());
            return self();
        }

        public T withExemption(Exemption exemption) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (exemption.urn() != null) {
                e.put("urn", exemption.urn());
            } else {
                e.put("namePattern", exemption.namePattern());
            }
            e.put("reason", exemption.reason());
            exemptions.add(e);
            return self();
        }

        /** Runs the policy and returns the whole report. */
        public PolicyReport run() {
            Map<String, Object> entry = new LinkedHashMap<>(policyConfig);
            if (!exemptions.isEmpty()) {
                entry.put(ConfigSchema.EXEMPTIONS, exemptions);
            }
            PackConfig config = entry.isEmpty() ? PackConfig.empty() : PackConfig.fromMap(Map.of(policy.id(), entry));
            PolicyPack pack = new PolicyPack("test-kit", "0.0.0", List.of(policy));
            StackContext stack = new StackContext(stackName, project, "", stackConfig, dryRun);
            Set<String> reads = new LinkedHashSet<>();
            List<PolicyResource> recorded = resources().stream().map(r -> recording(r, reads)).toList();
            PolicyReport report = new PolicyEngine(pack).run(recorded, stack, config);
            checkInputNames(reads);
            return report;
        }

        private static PolicyResource recording(PolicyResource r, Set<String> reads) {
            return new PolicyResource(r.urn(), r.type(), r.name(), r.parent(), r.dependencies(), r.propertyDependencies(),
                    PropertyMap.recording(r.properties().asMap(), path -> reads.add(r.type() + " " + path)));
        }

        private void checkInputNames(Set<String> reads) {
            for (String read : reads) {
                int space = read.indexOf(' ');
                String type = read.substring(0, space);
                String path = read.substring(space + 1);
                for (InputSchema schema : SCHEMAS) {
                    if (schema.knowsType(type) && !schema.hasInput(type, path)) {
                        throw new AssertionError("policy " + policy.id() + " reads input " + path + " of " + type
                                + ", which that type does not have");
                    }
                }
            }
        }

        /** The messages of the non-exempted violations, in report order. */
        public List<String> messages() {
            return run().enforced().stream().map(Violation::message).toList();
        }

        /** Asserts exactly these non-exempted violation messages, in order. */
        public void expectViolations(String... expected) {
            PolicyReport report = run();
            List<String> actual = report.enforced().stream().map(Violation::message).toList();
            if (!actual.equals(Arrays.asList(expected))) {
                throw new AssertionError("policy " + policy.id() + " reported\n  " + render(actual)
                        + "\nbut expected\n  " + render(Arrays.asList(expected)));
            }
        }

        public void expectNoViolations() {
            expectViolations();
        }

        /**
         * Asserts that a value not known yet (preview) made the policy skip a part of its check, and that
         * exactly these violations (found from known values, possibly none) were still reported.
         */
        public void expectSkippedWithViolations(String... expected) {
            PolicyReport report = run();
            List<String> actual = report.enforced().stream().map(Violation::message).toList();
            if (!actual.equals(Arrays.asList(expected))) {
                throw new AssertionError("policy " + policy.id() + " reported\n  " + render(actual)
                        + "\nbut expected\n  " + render(Arrays.asList(expected)));
            }
            if (report.skippedChecks() == 0) {
                throw new AssertionError("policy " + policy.id() + " skipped no check: the unknown value was not read");
            }
        }

        /** Asserts that an unknown value made the policy skip its check, with no violation. */
        public void expectSkipped() {
            expectSkippedWithViolations();
        }

        private static String render(List<String> messages) {
            return messages.isEmpty() ? "(no violations)" : String.join("\n  ", messages);
        }
    }

    /** A test of a resource policy against one resource. */
    public static final class ResourceRuleTest extends RuleTest<ResourceRuleTest> {
        private final ResourcePolicy policy;
        private String type;
        private String name = "subject";
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private ResourceRuleTest(ResourcePolicy policy) {
            super(policy);
            this.policy = policy;
            if (policy.resourceTypes().size() == 1) {
                type = policy.resourceTypes().iterator().next();
            }
        }

        @Override
        ResourceRuleTest self() {
            return this;
        }

        /** The resource type; must be one the policy covers (optional when it covers only one). */
        public ResourceRuleTest withType(String type) {
            if (!policy.resourceTypes().contains(type)) {
                throw new AssertionError("policy " + policy.id() + " does not cover type " + type);
            }
            this.type = type;
            return this;
        }

        public ResourceRuleTest withName(String name) {
            this.name = name;
            return this;
        }

        public ResourceRuleTest withProperties(Map<String, ?> properties) {
            this.properties.putAll(properties);
            return this;
        }

        public ResourceRuleTest withProperty(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        @Override
        List<PolicyResource> resources() {
            if (type == null) {
                throw new AssertionError("policy " + policy.id() + " covers several types; call withType(...)");
            }
            return List.of(PolicyResource.builder(type, name).properties(properties).build());
        }

        /** Asserts that the policy (at level remediate) rewrites the inputs to exactly {@code expected}. */
        public void expectRemediation(Map<String, ?> expected) {
            withLevel(EnforcementLevel.REMEDIATE);
            List<RemediatedResource> done = run().remediations();
            if (done.size() != 1 || !done.get(0).properties().equals(expected)) {
                throw new AssertionError("policy " + policy.id() + " remediated\n  "
                        + (done.isEmpty() ? "(nothing)" : done.get(0).properties()) + "\nbut expected\n  " + expected);
            }
        }
    }

    /** A test of a stack policy against a set of resources. */
    public static final class StackRuleTest extends RuleTest<StackRuleTest> {
        private final List<PolicyResource> resources = new ArrayList<>();

        private StackRuleTest(StackPolicy policy) {
            super(policy);
        }

        @Override
        StackRuleTest self() {
            return this;
        }

        public StackRuleTest withResources(PolicyResource... resources) {
            this.resources.addAll(List.of(resources));
            return this;
        }

        @Override
        List<PolicyResource> resources() {
            return resources;
        }
    }
}
