package io.platform.policy;

import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §7: the whole program for each stack passes the pack with zero mandatory violations. */
class StackComplianceTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void wholeStackHasNoMandatoryViolations(String stack) {
        PlanResult plan = plan(stack);
        PolicyReport report = PolicyCheck.run(plan, stackFile(stack),
                PackConfig.load(Path.of("policy", "config", stack + ".json")));
        assertThat(report.resourceCount()).isEqualTo(plan.declared().size());
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.MANDATORY)
                .extracting(v -> v.policyId() + " " + v.resourceName() + ": " + v.message())
                .isEmpty();
        assertThat(report.unmatchedExemptions()).isEmpty();
        // The one deliberate exception is visible, with its reason.
        assertThat(report.exempted()).extracting(Violation::policyId, Violation::resourceName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s3-sse-kms",
                        "platform-" + stack + "-access-logs-encryption"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theChecksReallyRanOnTheStack(String stack) {
        // Every policy of the pack applies to at least one resource type the stack declares, except those
        // for services this stack does not use; guards against a pack that silently matches nothing.
        PolicyReport strict = PolicyCheck.run(plan(stack), stackFile(stack), PackConfig.parse("{\"all\":\"mandatory\"}"));
        assertThat(strict.exempted()).isEmpty();
        assertThat(strict.enforced()).extracting(Violation::policyId).contains("s3-sse-kms");
    }
}
