package io.platform.config;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The CPU/memory pairs Fargate accepts (Linux), in CPU units and MiB. */
public final class FargateSizes {
    private static final Map<Integer, List<Integer>> MEMORY_BY_CPU = Map.of(
            256, List.of(512, 1024, 2048),
            512, range(1024, 4096, 1024),
            1024, range(2048, 8192, 1024),
            2048, range(4096, 16384, 1024),
            4096, range(8192, 30720, 1024),
            8192, range(16384, 61440, 4096),
            16384, range(32768, 122880, 8192));

    private FargateSizes() {
    }

    public static List<Integer> cpuValues() {
        return MEMORY_BY_CPU.keySet().stream().sorted().toList();
    }

    public static List<Integer> memoryFor(int cpu) {
        return MEMORY_BY_CPU.getOrDefault(cpu, List.of());
    }

    private static List<Integer> range(int from, int to, int step) {
        return IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
    }
}
