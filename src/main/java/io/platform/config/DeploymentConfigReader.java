package io.platform.config;

/**
 * A service's {@code deployment}: {@code strategy} (rolling, blueGreen, canary), the canary's share
 * and bake time, how long the old task set stays for a fast rollback, and the 5XX rate that rolls a
 * CodeDeploy deployment back.
 */
final class DeploymentConfigReader {
    /** CodeDeploy keeps the original task set at most two days after traffic moved. */
    static final int MAX_KEEP_MINUTES = 2880;

    private DeploymentConfigReader() {
    }

    static ServiceConfig.Deployment read(ConfigSection service, boolean isPublic) {
        if (!service.has("deployment")) {
            return ServiceConfig.Deployment.ROLLING;
        }
        ConfigSection d = service.section("deployment");
        DeploymentStrategy strategy = d.choice("strategy", DeploymentStrategy.ROLLING, DeploymentStrategy.class);
        if (strategy.usesCodeDeploy() && !isPublic) {
            throw new ConfigException(d.keyOf("strategy"), "'" + strategy.configName() + "' needs the service behind "
                    + "the ALB (CodeDeploy shifts listener traffic between two target groups); allowed for a worker: rolling");
        }
        onlyFor(d, "canaryPercent", strategy, DeploymentStrategy.CANARY);
        onlyFor(d, "canaryMinutes", strategy, DeploymentStrategy.CANARY);
        onlyFor(d, "keepOldVersionMinutes", strategy, null);
        onlyFor(d, "rollbackOn5xxPerMinute", strategy, null);
        int percent = d.integer("canaryPercent", 10, 1, 99);
        int minutes = d.integer("canaryMinutes", 30, 1, 2880);
        int keep = d.integer("keepOldVersionMinutes", 60, 0, MAX_KEEP_MINUTES);
        int rollback5xx = d.integer("rollbackOn5xxPerMinute", 10, 1, 100_000);
        d.rejectUnknownKeys();
        return new ServiceConfig.Deployment(strategy, percent, minutes, keep, rollback5xx);
    }

    /** A key that means nothing for the chosen strategy is a mistake, not a no-op. */
    private static void onlyFor(ConfigSection d, String key, DeploymentStrategy strategy, DeploymentStrategy required) {
        boolean applies = required == null ? strategy.usesCodeDeploy() : strategy == required;
        if (d.has(key) && !applies) {
            throw new ConfigException(d.keyOf(key), "is set, but strategy is " + strategy.configName() + "; it applies to "
                    + (required == null ? "blueGreen and canary" : required.configName()) + " only");
        }
    }
}
