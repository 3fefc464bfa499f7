package io.platform.plan;

import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code plan}: shows what a stack deploys, without AWS credentials or the Pulumi CLI.
 * Exit codes: 0 planned, 1 mandatory policy violations, 2 bad config or usage.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the program offline for one stack and prints what it would deploy.")
public final class PlanCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int POLICY_VIOLATIONS = 1;
    public static final int INVALID = 2;

    @Option(names = "--stack", paramLabel = "NAME", description = "Stack to plan; reads Pulumi.NAME.yaml.")
    String stack;

    @Option(names = "--config-file", paramLabel = "PATH", description = "Any stack config file to plan instead.")
    Path configFile;

    @Option(names = "--json", paramLabel = "PATH", description = "Also write the plan as JSON (SPEC §5).")
    Path json;

    @Option(names = "--project-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Directory holding Pulumi.yaml (default: ${DEFAULT-VALUE}).")
    Path projectDir;

    @Option(names = "--account-id", paramLabel = "ID", defaultValue = "123456789012",
            description = "AWS account id the simulated cloud reports (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--debug", description = "On a program failure, print the stack trace too.")
    boolean debug;

    private final PrintStream out;
    private final PrintStream err;

    PlanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs with the process's streams and returns the exit code. */
    public static int execute(String... args) {
        return execute(System.out, System.err, args);
    }

    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new PlanCommand(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                unmatched.getSuggestions().stream().findFirst()
                        .ifPresent(s -> err.println("did you mean " + s + "?"));
            }
            err.println("usage: plan (--stack NAME | --config-file PATH) [--json PATH]");
            return INVALID;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            if (!accountId.matches("\\d{12}")) {
                throw new PlanException("--account-id '" + accountId + "' is not a 12-digit AWS account id");
            }
            RawConfig raw = StackFiles.load(projectDir, stack, configFile);
            StackConfig config = StackConfigLoader.load(raw);
            PlanResult plan = OfflineEngine.run(raw, config, accountId);
            new PlanPrinter(out).print(plan);
            if (json != null) {
                Map<String, Object> policy = new LinkedHashMap<>();
                policy.put("pack", null);
                policy.put("violations", List.of());
                PlanDocument.write(json, PlanDocument.build(plan, policy, 0, 0));
                out.println();
                out.println("Wrote " + json);
            }
            return OK;
        } catch (ConfigException e) {
            err.println("error: invalid stack config: " + e.getMessage());
            return INVALID;
        } catch (PlanException e) {
            err.println("error: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            return INVALID;
        }
    }
}
