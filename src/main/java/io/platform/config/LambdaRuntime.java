package io.platform.config;

/**
 * The Lambda runtimes a function may use: AWS's currently supported Node.js, Python and Java
 * runtimes and the OS-only runtime. Deprecated runtimes get no security patches, so they are
 * not offered.
 */
public enum LambdaRuntime implements Named {
    NODEJS_20("nodejs20.x"),
    NODEJS_22("nodejs22.x"),
    PYTHON_311("python3.11"),
    PYTHON_312("python3.12"),
    PYTHON_313("python3.13"),
    JAVA_17("java17"),
    JAVA_21("java21"),
    PROVIDED_AL2023("provided.al2023");

    private final String configName;

    LambdaRuntime(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
