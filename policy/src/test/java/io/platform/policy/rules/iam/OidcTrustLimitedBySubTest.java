package io.platform.policy.rules.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OidcTrustLimitedBySubTest {

    @Test
    void tooBroadRecognisesWildcards() {
        assertThat(OidcTrustLimitedBySub.tooBroad("*")).isTrue();
        assertThat(OidcTrustLimitedBySub.tooBroad("repo:acme/platform")).isTrue();
        assertThat(OidcTrustLimitedBySub.tooBroad("repo:acme/platform:pull_request")).isFalse();
    }
}
