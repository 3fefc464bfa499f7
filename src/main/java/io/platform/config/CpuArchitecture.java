package io.platform.config;

/** The instruction set a Lambda function runs on. */
public enum CpuArchitecture implements Named {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String configName;

    CpuArchitecture(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
