package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test kit itself: readable failures, and misspelt inputs caught through the registered InputSchema. */
class PolicyTestKitTest {
    static final String RDS = "aws:rds/instance:Instance";

    static ResourcePolicy readingInput(String input) {
        return ResourcePolicy.builder("reads-" + input.toLowerCase()).noPublicControl("a test policy").description("d").severity(Severity.LOW).fix("f").types(RDS)
                .check((r, ctx) -> {
                    if (r.properties().bool(input, false)) {
                        ctx.report(input + " is true");
                    }
                })
                .build();
    }

    @Test
    void wrongExpectationsFailWithBothLists() {
        assertThatThrownBy(() -> PolicyTestKit.forRule(readingInput("publiclyAccessible"))
                .withProperty("publiclyAccessible", true)
                .expectNoViolations())
                .isInstanceOf(AssertionError.class)
                .hasMessage("policy reads-publiclyaccessible reported\n  publiclyAccessible is true\nbut expected\n  (no violations)");
    }

    @Test
    void aMisspeltInputFailsTheTest() {
        assertThatThrownBy(() -> PolicyTestKit.forRule(readingInput("publiclyAcessible")).withProperty("engine", "postgres")
                .expectNoViolations())
                .isInstanceOf(AssertionError.class)
                .hasMessage("policy reads-publiclyacessible reads input publiclyAcessible of aws:rds/instance:Instance, "
                        + "which that type does not have");
    }

    @Test
    void typesOutsideThePolicyAreRejected() {
        assertThatThrownBy(() -> PolicyTestKit.forRule(readingInput("multiAz")).withType("aws:ec2/vpc:Vpc"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("policy reads-multiaz does not cover type aws:ec2/vpc:Vpc");
    }

    @Test
    void settingsAreValidatedLikeThePackConfig() {
        assertThatThrownBy(() -> PolicyTestKit.forRule(readingInput("multiAz")).withSetting("nope", 1).run())
                .isInstanceOf(PolicyConfigException.class)
                .hasMessage("invalid policy pack config: reads-multiaz.nope: 1 is not a setting of this policy; "
                        + "allowed: enforcementLevel, exemptions");
    }
}
