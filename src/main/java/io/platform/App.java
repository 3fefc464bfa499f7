package io.platform;

import com.pulumi.Pulumi;
import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import io.platform.plan.PlanCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point. Under the Pulumi CLI's Java host it runs the program; with
 * {@code plan} as first argument it runs the offline plan instead (no AWS, no CLI).
 */
public final class App {
    /** Pulumi's "error already reported to the user" exit code: the CLI adds no stack trace. */
    static final int USER_ERROR_EXIT = 32;

    private App() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        Optional<Path> changed = StaleBuild.runningJar().flatMap(StaleBuild::newerThan);
        if (changed.isPresent()) {
            System.err.println("error: " + changed.get() + " changed after target/platform.jar was built; run "
                    + "`mvn -B package -DskipTests` before pulumi preview/up (Pulumi.yaml runs that jar)");
            System.exit(USER_ERROR_EXIT);
            return;
        }
        // Validated before Pulumi.run: a bad value must stop the deployment before any resource is declared.
        Optional<StackConfig> config = configFromCli(System.getenv(), System.err);
        if (config.isEmpty()) {
            System.exit(USER_ERROR_EXIT);
            return;
        }
        Pulumi.run(ctx -> PlatformProgram.define(ctx, config.get()));
    }

    /**
     * The config as the Pulumi CLI passes it ({@code PULUMI_CONFIG}, secrets decrypted), validated;
     * on a bad value one line on {@code err} and empty. Nothing printed may hold a secret: an
     * unexpected failure is reported by its type only, since its message could quote one.
     */
    static Optional<StackConfig> configFromCli(Map<String, String> env, PrintStream err) {
        try {
            return Optional.of(StackConfigLoader.load(RawConfig.fromPulumiEnvironment(env)));
        } catch (ConfigException e) {
            err.println("error: invalid stack config: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("error: the stack config could not be read (" + e.getClass().getSimpleName()
                    + "); run the offline plan with --debug on a copy without secrets to see where");
        }
        return Optional.empty();
    }
}
