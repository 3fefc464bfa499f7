package io.platform.policy.analyzer;

import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PulumiPolicy.yaml, .pulumiignore, the pom and the pack agree on the runtime, the entry point, the upload and the version. */
class PulumiPolicyYamlTest {
    final String yaml = read("PulumiPolicy.yaml");
    final String pom = read("pom.xml");

    @Test
    void runsThroughMavenWithTheJavaRuntime() {
        // pulumi-language-java runs a policy pack only through a build tool; its jar executor cannot run plugins.
        assertThat(yaml).containsPattern("(?m)^runtime: java$").doesNotContain("binary:");
        assertThat(pom).contains("<analyzer.mainClass>" + AnalyzerServer.class.getName() + "</analyzer.mainClass>")
                .containsPattern("(?s)<artifactId>exec-maven-plugin</artifactId>.*<mainClass>\\$\\{analyzer.mainClass}</mainClass>")
                .contains("<analyzer.jar>${project.build.directory}/platform-security-analyzer.jar</analyzer.jar>");
        assertThat(AnalyzerProcess.JAR).isEqualTo(Path.of("target", "platform-security-analyzer.jar"));
    }

    @Test
    void theVersionIsThePacks() {
        // The CLI reports and publishes PulumiPolicy.yaml's version over the one GetAnalyzerInfo returns.
        assertThat(yaml).containsPattern("(?m)^version: " + PlatformPolicyPack.VERSION.replace(".", "\\.") + "$");
    }

    @Test
    void publishingUploadsWhatTheMavenStartNeeds() {
        // Pulumi Cloud runs a published pack the way the CLI does: `mvn compile exec:java` in the uploaded directory.
        List<String> ignored = read(".pulumiignore").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(ignored).containsExactlyInAnyOrder("/src/test/", "/target/")
                .noneMatch(l -> l.contains("pom.xml") || l.startsWith("/src/main") || l.startsWith("/src/analyzer")
                        || l.equals("/src/"));
        assertThat(Path.of("src", "main", "java")).isDirectory();
        assertThat(Path.of("src", "analyzer", "java")).isDirectory();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
