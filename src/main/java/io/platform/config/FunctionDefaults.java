package io.platform.config;

/**
 * Per-environment defaults of {@code platform:functions} entries, in one table (STYLE §2):
 * memory grows with the environment, the timeout does not.
 */
public record FunctionDefaults(int memoryMb, int timeoutSeconds, CpuArchitecture architecture) {
    public static FunctionDefaults of(Environment env) {
        return switch (env) {
            case DEV -> new FunctionDefaults(128, 30, CpuArchitecture.X86_64);
            case STAGING -> new FunctionDefaults(256, 30, CpuArchitecture.X86_64);
            case PRODUCTION -> new FunctionDefaults(512, 30, CpuArchitecture.X86_64);
        };
    }
}
