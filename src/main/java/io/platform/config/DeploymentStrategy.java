package io.platform.config;

/**
 * How a service rolls out a new task definition: ECS replacing tasks in place (with the circuit
 * breaker), or CodeDeploy shifting ALB traffic to a second task set — all at once after the test
 * listener checks out (blue/green), or a canary share first.
 */
public enum DeploymentStrategy implements Named {
    ROLLING("rolling"),
    BLUE_GREEN("blueGreen"),
    CANARY("canary");

    private final String configName;

    DeploymentStrategy(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }

    /** Blue/green and canary run on CodeDeploy, which owns the service's deployments. */
    public boolean usesCodeDeploy() {
        return this != ROLLING;
    }
}
