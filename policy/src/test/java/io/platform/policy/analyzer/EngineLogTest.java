package io.platform.policy.analyzer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EngineLogTest {

    @Test
    void messagesBeforeTheEngineIsKnownAreKeptThenWrittenToStderrWithoutDebug() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        EngineLog log = new EngineLog(new PrintStream(err, true, StandardCharsets.UTF_8));
        log.debug("handshake details");
        log.warning("ConfigureStack was not called");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        log.toStderrOnly();
        log.error("the policy pack failed to load");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "platform-security analyzer: warning: ConfigureStack was not called" + System.lineSeparator()
                        + "platform-security analyzer: error: the policy pack failed to load" + System.lineSeparator());
    }
}
