package io.platform.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code platform:secrets}: rotation schedules. The RDS-managed master secret rotates with RDS's own
 * function (only the schedule is set); an application secret names the function of
 * {@code platform:functions} that rotates it.
 */
public record SecretsConfig(List<Rotation> rotations) {
    public SecretsConfig {
        rotations = List.copyOf(rotations);
    }

    /** @param function the rotation function; empty for the RDS-managed master secret */
    public record Rotation(String secret, int days, Optional<String> function) {
    }

    /** Secrets the named function rotates. */
    public List<String> rotatedBy(String function) {
        return rotations.stream().filter(r -> r.function().filter(function::equals).isPresent())
                .map(Rotation::secret).toList();
    }
}
