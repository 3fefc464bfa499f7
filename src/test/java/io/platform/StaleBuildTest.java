package io.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StaleBuildTest {
    private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path repository;

    private Path file(String path, Instant modified) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aJarBuiltAfterEverySourceIsCurrent() throws IOException {
        file("pom.xml", BUILT.minusSeconds(3600));
        file("src/main/java/io/platform/App.java", BUILT.minusSeconds(60));
        assertThat(StaleBuild.newerThan(file("target/platform.jar", BUILT))).isEmpty();
    }

    @Test
    void aSourceEditedAfterTheBuildIsNamed() throws IOException {
        file("pom.xml", BUILT.minusSeconds(3600));
        file("src/main/java/io/platform/App.java", BUILT.minusSeconds(60));
        file("src/main/java/io/platform/network/Network.java", BUILT.plusSeconds(5));
        assertThat(StaleBuild.newerThan(file("target/platform.jar", BUILT)))
                .contains(Path.of("src/main/java/io/platform/network/Network.java"));
    }

    @Test
    void aChangedPomIsNamed() throws IOException {
        file("pom.xml", BUILT.plusSeconds(1));
        file("src/main/java/io/platform/App.java", BUILT.minusSeconds(60));
        assertThat(StaleBuild.newerThan(file("target/platform.jar", BUILT))).contains(Path.of("pom.xml"));
    }

    @Test
    void aJarOutsideACheckoutIsNotJudged() throws IOException {
        assertThat(StaleBuild.newerThan(file("dist/platform.jar", BUILT))).isEmpty();
    }

    @Test
    void classesLoadedFromADirectoryAreNotAJar() {
        assertThat(StaleBuild.runningJar()).isEmpty();
    }
}
