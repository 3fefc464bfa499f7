package io.platform.policy.analyzer;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.PolicyPack;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzerStateTest {

    @Test
    void configureStackKeepsTheStackButNotSecretValues() {
        AnalyzerState state = new AnalyzerState();
        AnalyzerState.StackInfo info = state.configureStack(Requests.configureStack("eu-live",
                Map.of("platform:environment", "production", "platform:redisAuthToken", "tok-123456"), false,
                "platform:redisAuthToken"));

        assertThat(state.stackConfigured()).isTrue();
        assertThat(info.context().stackName()).isEqualTo("eu-live");
        assertThat(info.context().project()).isEqualTo("platform");
        assertThat(info.context().organization()).isEqualTo("acme");
        assertThat(info.context().dryRun()).isFalse();
        assertThat(info.context().environment()).isEqualTo("production");
        assertThat(info.context().config()).containsOnlyKeys("platform:environment");
        assertThat(info.secretConfigKeys()).containsExactly("platform:redisAuthToken");
        assertThat(info.tags()).containsEntry("pulumi:project", "platform");
        assertThat(state.stack()).isSameAs(info);
    }

    @Test
    void beforeConfigureStackTheStackIsUnknownAndThatIsReportedOnce() {
        AnalyzerState state = new AnalyzerState();
        assertThat(state.stack().context().environment()).isEmpty();
        assertThat(state.firstRunWithoutStack()).isTrue();
        assertThat(state.firstRunWithoutStack()).isFalse();
        state.configureStack(Requests.configureStack("staging", Map.of(), true));
        assertThat(state.firstRunWithoutStack()).isFalse();
    }

    @Test
    void defaultsUntilConfigureThenTheConfiguredPolicies() {
        PolicyPack pack = PlatformPolicyPack.create();
        AnalyzerState state = new AnalyzerState();
        assertThat(state.configured(pack)).hasSize(pack.policies().size());
        assertThat(state.configured(pack)).isSameAs(state.configured(pack));
        var configured = state.configure(pack, io.platform.policy.sdk.PackConfig.parse("{\"all\": \"advisory\"}"));
        assertThat(state.configured(pack)).isSameAs(configured);
        assertThat(configured).allSatisfy(cp -> assertThat(cp.level()).isEqualTo(io.platform.policy.sdk.EnforcementLevel.ADVISORY));
    }
}
