package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.sdk.PolicyEngineTest.PACK;
import static io.platform.policy.sdk.PolicyEngineTest.STAGING;
import static io.platform.policy.sdk.PolicyEngineTest.VPC;
import static io.platform.policy.sdk.PolicyEngineTest.bucket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Running only resource policies (the analyzer's Analyze) or only stack policies (AnalyzeStack). */
class PolicyEngineScopeTest {
    final PolicyEngine engine = new PolicyEngine(PACK);
    final List<PolicyResource> resources = List.of(bucket("docs", Map.of("public", true)),
            PolicyResource.builder(VPC, "main").property("owner", "a").build(),
            PolicyResource.builder(VPC, "extra").property("owner", "b").build());

    @Test
    void resourcePoliciesOnly() {
        PolicyReport report = engine.run(resources, STAGING, PACK.configure(PackConfig.empty()),
                PolicyEngine.Scope.RESOURCE_POLICIES);
        assertThat(report.violations()).extracting(Violation::policyId, Violation::resourceName)
                .containsExactly(tuple("no-public-buckets", "docs"), tuple("owner-set", "docs"));
    }

    @Test
    void stackPoliciesOnlyOnTheResourcesAsGiven() {
        PolicyReport report = engine.run(resources, STAGING, PACK.configure(PackConfig.empty()),
                PolicyEngine.Scope.STACK_POLICIES);
        assertThat(report.violations()).extracting(Violation::policyId, Violation::resourceName)
                .containsExactly(tuple("one-vpc", "extra"));
        assertThat(report.remediations()).isEmpty();
    }

    @Test
    void allIsTheSameAsRunningWithAPackConfig() {
        PackConfig config = PackConfig.parse("{\"owner-set\": \"remediate\"}");
        PolicyReport all = engine.run(resources, STAGING, PACK.configure(config), PolicyEngine.Scope.ALL);
        PolicyReport classic = engine.run(resources, STAGING, config);
        assertThat(all.violations()).isEqualTo(classic.violations());
        assertThat(all.remediations()).extracting(RemediatedResource::resourceName).containsExactly("docs");
    }

    @Test
    void exemptionsOutsideTheScopeAreNotUnmatched() {
        List<ConfiguredPolicy> configured = PACK.configure(PackConfig.parse("""
                {"one-vpc": {"exemptions": [{"namePattern": "legacy-*", "reason": "the legacy VPC goes in OPS-9"}]}}"""));
        assertThat(engine.run(resources, STAGING, configured, PolicyEngine.Scope.RESOURCE_POLICIES).unmatchedExemptions())
                .isEmpty();
        assertThat(engine.run(resources, STAGING, configured, PolicyEngine.Scope.STACK_POLICIES).unmatchedExemptions())
                .extracting(UnmatchedExemption::policyId).containsExactly("one-vpc");
    }

    @Test
    void refusesPoliciesConfiguredForAnotherPack() {
        PolicyPack other = new PolicyPack("other", "1.0.0", List.of(PolicyEngineTest.NO_PUBLIC));
        assertThatThrownBy(() -> engine.run(resources, STAGING, other.configure(PackConfig.empty()), PolicyEngine.Scope.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the configured policies were not made by configure() of pack test");
    }
}
