package io.platform.policy.coverage;

import io.platform.policy.sdk.Framework;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/policy-coverage.md matches the rules, and the pack covers at least 90 % of the applicable FSBP controls. */
class PolicyCoverageTest {
    static final Path DOCUMENT = Path.of("..", "docs", "policy-coverage.md");
    static final Path CURRENT = Path.of("target", "policy-coverage.md");

    @Test
    void theDocumentIsCurrent() throws IOException {
        String generated = PolicyCoverage.ofPack().markdown();
        Files.createDirectories(CURRENT.getParent());
        Files.writeString(CURRENT, generated, StandardCharsets.UTF_8);
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/policy-coverage.md is stale; copy policy/target/policy-coverage.md over it")
                .isEqualTo(generated);
    }

    @Test
    void atLeastNinetyPercentOfTheApplicableFsbpControlsAreCovered() {
        PolicyCoverage.Summary fsbp = PolicyCoverage.ofPack().summaries().stream()
                .filter(s -> s.framework() == Framework.FSBP).findFirst().orElseThrow();
        assertThat(fsbp.percent()).as(fsbp.toString()).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void externalRuleMappingsNameRulesOfThePack() {
        assertThat(PolicyCoverage.ofPack().unknownExternalRuleIds()).isEmpty();
    }
}
