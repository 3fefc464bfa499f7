package io.platform.e2e;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The staging stack under the real CLI (see {@link RealCliScenario}); destroy empties it. */
class StagingRealCliIT extends RealCliScenario {
    @Override
    String stack() {
        return "staging";
    }

    @Override
    void destroy() throws IOException {
        destroyCommand().requireSuccess();
        assertThat(deployedUrns()).isEmpty();
    }
}
