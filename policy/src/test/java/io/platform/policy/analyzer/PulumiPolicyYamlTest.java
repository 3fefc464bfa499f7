package io.platform.policy.analyzer;

import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** PulumiPolicy.yaml, the pom and the pack agree on the runtime, the jar and the version. */
class PulumiPolicyYamlTest {
    final String yaml = read("PulumiPolicy.yaml");
    final String pom = read("pom.xml");

    @Test
    void runsTheShadedJarWithTheJavaRuntime() throws Exception {
        assertThat(yaml).containsPattern("(?m)^runtime:\\n  name: java\\n  options:\\n    binary: target/platform-security-analyzer.jar$");
        assertThat(AnalyzerProcess.binary()).isEqualTo(Path.of("target", "platform-security-analyzer.jar"));
        assertThat(pom).contains("<analyzer.jar>${project.build.directory}/platform-security-analyzer.jar</analyzer.jar>")
                .contains("<analyzer.mainClass>" + AnalyzerServer.class.getName() + "</analyzer.mainClass>");
    }

    @Test
    void theVersionIsThePacks() {
        // The CLI reports and publishes PulumiPolicy.yaml's version over the one GetAnalyzerInfo returns.
        assertThat(yaml).containsPattern("(?m)^version: " + PlatformPolicyPack.VERSION.replace(".", "\\.") + "$");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
