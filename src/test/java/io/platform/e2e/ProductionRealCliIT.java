package io.platform.e2e;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production stack under the real CLI (see {@link RealCliScenario}). Its database is
 * {@code protect}ed, so the engine refuses to destroy the stack and says why.
 */
class ProductionRealCliIT extends RealCliScenario {
    @Override
    String stack() {
        return "production";
    }

    @Override
    void destroy() throws IOException {
        PulumiCli.Result result = destroyCommand();

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("platform-production-db").contains("protected");
        assertThat(deployedUrns()).anyMatch(urn -> urn.endsWith("$aws:rds/instance:Instance::platform-production-db"));
    }
}
