package io.platform;

import com.pulumi.Pulumi;
import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.PlanCommand;

import java.util.Arrays;

/**
 * The one entry point. Under the Pulumi CLI's Java host it runs the program; with
 * {@code plan} as first argument it runs the offline plan instead (no AWS, no CLI).
 */
public final class App {
    /** Pulumi's "error already reported to the user" exit code: the CLI adds no stack trace. */
    private static final int USER_ERROR_EXIT = 32;

    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        StackConfig config;
        try {
            // Validated before Pulumi.run: a bad value must stop the deployment before any resource is declared.
            config = StackConfigLoader.load(RawConfig.fromPulumiEnvironment(System.getenv()));
        } catch (ConfigException e) {
            System.err.println("error: invalid stack config: " + e.getMessage());
            System.exit(USER_ERROR_EXIT);
            return;
        }
        Pulumi.run(ctx -> PlatformProgram.define(ctx, config));
    }
}
