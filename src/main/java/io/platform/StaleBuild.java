package io.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pulumi.yaml runs the prebuilt {@code target/platform.jar}. A jar older than the sources it was
 * built from would deploy yesterday's program, so the program refuses to run from one: a source
 * file or the pom changed after the last {@code mvn package}.
 */
final class StaleBuild {
    private static final List<String> INPUTS = List.of("pom.xml", "src/main");

    private StaleBuild() {
    }

    /** The newest input that is newer than {@code jar}, if any; nothing when the jar is not in a checkout. */
    static Optional<Path> newerThan(Path jar) {
        Path repository = jar.toAbsolutePath().getParent().getParent();
        if (repository == null || !Files.isRegularFile(jar) || !Files.isDirectory(repository.resolve("src/main"))) {
            return Optional.empty();
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (String input : INPUTS) {
                try (Stream<Path> files = Files.walk(repository.resolve(input))) {
                    Optional<Path> newest = files.filter(Files::isRegularFile)
                            .filter(f -> modified(f).compareTo(built) > 0)
                            .max(Comparator.comparing(StaleBuild::modified));
                    if (newest.isPresent()) {
                        return Optional.of(repository.relativize(newest.get()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar this class was loaded from, when it was loaded from one ({@code mvn exec:java} loads classes). */
    static Optional<Path> runningJar() {
        try {
            Path location = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
