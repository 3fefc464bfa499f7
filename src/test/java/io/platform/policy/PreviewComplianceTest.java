package io.platform.policy;

import io.platform.PlatformProgram;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.OfflineEngine;
import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.plan.RecordedResource;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static io.platform.testing.StackFixture.stackFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code pulumi preview --policy-pack policy} of a new stack sees: computed outputs unknown and,
 * as the real engine showed, no dependency recorded for an input taken from one. The pack must
 * still find no mandatory violation — an unknown companion is a skipped check, never a failure.
 */
class PreviewComplianceTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aPreviewOfANewStackHasNoMandatoryViolations(String stack) {
        RawConfig raw = stackFile(stack);
        StackConfig config = StackConfigLoader.load(raw);
        List<RecordedResource> recorded = OfflineEngine.record(raw, config.region(), "123456789012",
                ctx -> PlatformProgram.define(ctx, config), true);
        PlanResult preview = new PlanResult(raw.project(), raw.stack(), config, "123456789012", recorded);

        RecordedResource association = preview.ofType("aws:wafv2/webAclAssociation:WebAclAssociation").get(0);
        assertThat(association.inputValues().get("resourceArn")).isEqualTo("[unknown]");
        assertThat(association.propertyDependencies().getOrDefault("resourceArn", List.of())).isEmpty();

        PolicyReport report = PolicyCheck.run(preview, raw, PackConfig.load(Path.of("policy", "config", stack + ".json")));
        assertThat(report.enforced()).filteredOn(v -> v.level() == EnforcementLevel.MANDATORY)
                .extracting(v -> v.policyId() + " " + v.resourceName() + ": " + v.message())
                .isEmpty();
        assertThat(report.skippedChecks()).isPositive();
    }
}
