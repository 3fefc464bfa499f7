package io.platform.config;

import java.util.Map;
import java.util.OptionalInt;

/**
 * PostgreSQL's default {@code max_connections} on RDS: {@code LEAST(DBInstanceClassMemory/9531392, 5000)}.
 * Memory comes from the instance class (or, for Aurora Serverless v2, 2 GiB per ACU of its ceiling).
 */
public final class ConnectionLimit {
    private static final long BYTES_PER_CONNECTION = 9_531_392L;
    private static final long GIB = 1024L * 1024 * 1024;
    /** Memory in GiB of the general-purpose and burstable sizes; r classes have twice this, x classes four times. */
    private static final Map<String, Integer> SIZE_GIB = Map.ofEntries(
            Map.entry("micro", 1), Map.entry("small", 2), Map.entry("medium", 4), Map.entry("large", 8),
            Map.entry("xlarge", 16), Map.entry("2xlarge", 32), Map.entry("4xlarge", 64), Map.entry("8xlarge", 128),
            Map.entry("12xlarge", 192), Map.entry("16xlarge", 256), Map.entry("24xlarge", 384));

    private ConnectionLimit() {
    }

    /** The connection limit, or empty when the class is not one this table knows. */
    public static OptionalInt forInstanceClass(String instanceClass) {
        String[] parts = instanceClass.split("\\.");
        if (parts.length != 3 || !SIZE_GIB.containsKey(parts[2])) {
            return OptionalInt.empty();
        }
        long factor = parts[1].startsWith("x") ? 4L : parts[1].startsWith("r") ? 2L : 1L;
        long gib = SIZE_GIB.get(parts[2]) * factor;
        return OptionalInt.of(limit(gib * GIB));
    }

    public static int forServerlessCapacity(double maxAcu) {
        return limit((long) (maxAcu * 2 * GIB));
    }

    private static int limit(long memoryBytes) {
        return (int) Math.min(memoryBytes / BYTES_PER_CONNECTION, 5000);
    }
}
