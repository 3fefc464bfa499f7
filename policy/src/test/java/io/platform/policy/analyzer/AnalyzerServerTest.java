package io.platform.policy.analyzer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyzerServerTest {

    @Test
    void theEngineAddressIsTheFirstArgument() {
        assertThat(AnalyzerServer.engineAddress(new String[]{"127.0.0.1:50051"})).isEqualTo("127.0.0.1:50051");
        assertThat(AnalyzerServer.engineAddress(new String[]{"localhost:1", "/work/project"})).isEqualTo("localhost:1");
        assertThat(AnalyzerServer.engineAddress(new String[]{"[::1]:65535"})).isEqualTo("[::1]:65535");
        assertThat(AnalyzerServer.engineAddress(new String[0])).isNull();
    }

    @Test
    void aBadEngineAddressIsRefusedWithTheValue() {
        for (String bad : new String[]{"50051", ":50051", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "host:port"}) {
            assertThatThrownBy(() -> AnalyzerServer.engineAddress(new String[]{bad}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the engine address \"" + bad + "\" is not host:port with a port from 1 to 65535 "
                            + "(the Pulumi CLI passes e.g. 127.0.0.1:50051)");
        }
    }
}
