package io.platform.seeds;

import io.platform.plan.PlanResult;
import io.platform.plan.PolicyCheck;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyReport;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each seed's workload rows, on the staging stack, plan and pass the policy pack: no mandatory
 * finding, except the one BerthCare's front end chooses on purpose — CloudFront's default
 * certificate for {@code *.cloudfront.net} cannot require TLS 1.2, which {@code cloudfront-minimum-tls}
 * reports (that seed's stack needs an exemption with its reason).
 */
class SeedWorkloadsTest {
    /**
     * What each seed asks for that the pack holds against it: DevSecOps rotates its JWT secret yearly
     * (SecretsManager.4 wants 90 days), BerthCare serves the *.cloudfront.net certificate (CloudFront.7
     * wants the distribution's own, and that certificate allows TLS 1.0). Its example takes an exemption
     * or a pack setting, with the reason.
     */
    static Stream<Arguments> seeds() {
        return Stream.of(
                arguments("000 Tax Practice AI", SeedWorkloads.taxPracticeAi(), List.of()),
                arguments("001 DevSecOps", SeedWorkloads.devSecOps(),
                        List.of("secretsmanager-rotation-interval platform-staging-rotation-app-jwt-secret")),
                arguments("002 CredentialMate", SeedWorkloads.credentialMate(), List.of()),
                arguments("003 BerthCare", SeedWorkloads.berthCare(), List.of("cloudfront-minimum-tls platform-staging-web-cdn",
                        "cloudfront-custom-certificate-sni platform-staging-web-cdn")),
                arguments("004 TechCorp", SeedWorkloads.techCorp(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theSeedsWorkloadsPlanAndPassThePolicyPack(String seed, Map<String, String> sections, List<String> expected)
            throws Exception {
        PlanResult plan = WorkloadStacks.plan(sections);
        PolicyReport report = PolicyCheck.run(plan, WorkloadStacks.staging(sections),
                PackConfig.parse(Files.readString(Path.of("policy/config/staging.json"))));
        assertThat(report.violations().stream().filter(v -> v.level() == EnforcementLevel.MANDATORY && !v.exempted())
                .map(v -> v.policyId() + " " + v.resourceName()).toList()).as(seed).containsExactlyElementsOf(expected);
        assertThat(plan.declared().size()).as(seed).isGreaterThan(StackFixture.plan("staging").declared().size());
    }
}
