package io.platform.policy.rules.iam;

import org.junit.jupiter.api.Test;

import static io.platform.policy.sdk.PolicyTestKit.forRule;
import static org.assertj.core.api.Assertions.assertThat;

class HumanTrustRequiresMfaTest {
    private static String trust(String principal, String condition) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \""
                + principal + "\"}, \"Action\": \"sts:AssumeRole\"" + condition + "}]}";
    }

    @Test
    void humanPrincipalsAreAccountsRootsAndUsers() {
        assertThat(HumanTrustRequiresMfa.human("123456789012")).isTrue();
        assertThat(HumanTrustRequiresMfa.human("arn:aws:iam::123456789012:root")).isTrue();
        assertThat(HumanTrustRequiresMfa.human("arn:aws-us-gov:iam::123456789012:user/ops/alice")).isTrue();
        assertThat(HumanTrustRequiresMfa.human("arn:aws:iam::123456789012:role/ci")).isFalse();
    }

    @Test
    void mfaPresentOrAgeLimitPasses() {
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy", trust("arn:aws:iam::123456789012:root",
                ", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}")).expectNoViolations();
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy", trust("arn:aws:iam::123456789012:root",
                ", \"Condition\": {\"NumericLessThanEquals\": {\"aws:MultiFactorAuthAge\": \"3600\"}}")).expectNoViolations();
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy",
                trust("arn:aws:iam::123456789012:role/ci", "")).expectNoViolations();
    }

    @Test
    void missingOrIfExistsMfaFails() {
        String why = " without Bool aws:MultiFactorAuthPresent true or an aws:MultiFactorAuthAge limit; "
                + "human access to a role must require MFA";
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy", trust("123456789012",
                ", \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"x\"}}"))
                .expectViolations("assumeRolePolicy.Statement[0] trusts AWS 123456789012" + why);
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy", trust("arn:aws:iam::123456789012:user/bob",
                ", \"Condition\": {\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"true\"}}"))
                .expectViolations("assumeRolePolicy.Statement[0] trusts AWS arn:aws:iam::123456789012:user/bob" + why);
        forRule(HumanTrustRequiresMfa.policy()).withProperty("assumeRolePolicy", trust("arn:aws:iam::123456789012:root",
                ", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}}"))
                .expectViolations("assumeRolePolicy.Statement[0] trusts AWS arn:aws:iam::123456789012:root" + why);
    }
}
