package io.platform.plan;

import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.config.StackConfig;
import io.platform.config.StackConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.PackConfig;
import io.platform.policy.sdk.PolicyConfigException;
import io.platform.policy.sdk.PolicyReport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code plan}: shows what a stack deploys, without AWS credentials or the Pulumi CLI.
 * Exit codes: 0 planned, 1 mandatory policy violations, 2 bad config or usage, 70 a defect.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the program offline for one stack and prints what it would deploy.")
public final class PlanCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int POLICY_VIOLATIONS = 1;
    public static final int INVALID = 2;
    public static final int INTERNAL_ERROR = 70;

    @Option(names = "--stack", paramLabel = "NAME", description = "Stack to plan; reads Pulumi.NAME.yaml.")
    String stack;

    @Option(names = "--config-file", paramLabel = "PATH", description = "Any stack config file to plan instead.")
    Path configFile;

    @Option(names = "--json", paramLabel = "PATH", description = "Also write the plan as JSON (SPEC §5).")
    Path json;

    @Option(names = "--diagram", paramLabel = "PATH",
            description = "Also write the architecture diagram (Mermaid); a .md file gets it between its "
                    + "'BEGIN/END generated diagram: <stack>' markers. Repeatable.")
    java.util.List<Path> diagrams = new java.util.ArrayList<>();

    @Option(names = "--project-dir", paramLabel = "DIR", defaultValue = ".",
            description = "Directory holding Pulumi.yaml (default: ${DEFAULT-VALUE}).")
    Path projectDir;

    @Option(names = "--account-id", paramLabel = "ID", defaultValue = "123456789012",
            description = "AWS account id the simulated cloud reports (default: ${DEFAULT-VALUE}).")
    String accountId;

    @Option(names = "--policy-config", paramLabel = "PATH",
            description = "Policy pack config (levels, settings, exemptions); default: policy/config/<stack>.json.")
    Path policyConfig;

    @Option(names = "--debug", description = "On a program failure, print the stack trace too.")
    boolean debug;

    @Option(names = "--timings", description = "Print the wall time of each phase (start-up, config, program, "
            + "policy, printing) to stderr.")
    boolean timings;

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--check", description = "Only read and validate the stack config, then exit (0 valid, 2 invalid).")
    boolean check;

    /** A policy config and the words that say where it came from, for the plan's header. */
    record PolicySource(PackConfig config, String description) {
    }

    /**
     * The given file; else {@code policy/config/<stack>.json}; else the file for the stack's
     * {@code platform:environment} (a {@code qa} or {@code eu-production} stack); else the pack's defaults.
     */
    PolicySource policySource(String stack, String environment) {
        if (policyConfig != null) {
            if (!Files.isRegularFile(policyConfig)) {
                throw new PlanException("policy config " + policyConfig + " does not exist");
            }
            return new PolicySource(PackConfig.load(policyConfig), policyConfig + " (--policy-config)");
        }
        Path dir = projectDir.resolve("policy").resolve("config");
        Path forStack = dir.resolve(stack + ".json");
        if (Files.isRegularFile(forStack)) {
            return new PolicySource(PackConfig.load(forStack), display(forStack) + " (the stack's own)");
        }
        Path forEnvironment = dir.resolve(environment + ".json");
        if (Files.isRegularFile(forEnvironment)) {
            return new PolicySource(PackConfig.load(forEnvironment), display(forEnvironment)
                    + " (for environment " + environment + "; there is no " + display(forStack) + ")");
        }
        return new PolicySource(PackConfig.empty(), "none: the pack's defaults (no " + display(forStack) + " or "
                + display(forEnvironment) + ")");
    }

    private Path display(Path file) {
        Path relative = projectDir.relativize(file);
        return relative.toString().isEmpty() ? file : relative;
    }

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
            PhaseTimes times = new PhaseTimes(timings);
            RawConfig raw = times.time("read stack file", () -> StackFiles.load(projectDir, stack, configFile));
            StackConfig config = times.time("validate config", () -> StackConfigLoader.load(raw));
            if (check) {
                out.println("Stack config of " + raw.project() + "/" + raw.stack() + " is valid: environment "
                        + config.environment().configName() + ", region " + config.region());
                return OK;
            }
            PolicySource policy = times.time("read policy config",
                    () -> policySource(raw.stack(), config.environment().configName()));
            PlanResult plan = times.time("run program (mock engine)", () -> OfflineEngine.run(raw, config, accountId));
            PolicyReport report = times.time("policy pack", () -> PolicyCheck.run(plan, raw, policy.config()));
            times.run("print plan", () -> {
                new PlanPrinter(out).print(plan);
                out.println();
                out.println("Policy config: " + policy.description());
                new PolicyPrinter(out).print(report, plan);
            });
            if (json != null) {
                times.run("write JSON", () -> {
                    java.util.Map<String, Object> policyDocument = new java.util.LinkedHashMap<>(report.toMap());
                    policyDocument.put("config", policy.description());
                    PlanDocument.write(json, PlanDocument.build(plan, policyDocument,
                            report.count(EnforcementLevel.MANDATORY), report.count(EnforcementLevel.ADVISORY)));
                });
                out.println();
                out.println("Wrote " + json);
            }
            if (!diagrams.isEmpty()) {
                out.println();
                times.run("write diagrams", () -> io.platform.plan.diagram.DiagramFiles.writeAll(plan, diagrams, out));
            }
            times.print(err);
            if (report.hasMandatoryViolations()) {
                err.println("error: " + report.count(EnforcementLevel.MANDATORY) + " mandatory policy violation(s): "
                        + report.enforced().stream().filter(v -> v.level() == EnforcementLevel.MANDATORY)
                        .map(v -> v.policyId()).distinct().sorted().collect(Collectors.joining(", ")));
                return POLICY_VIOLATIONS;
            }
            return OK;
        } catch (ConfigException e) {
            err.println("error: invalid stack config: " + e.getMessage());
            return INVALID;
        } catch (PolicyConfigException e) {
            err.println("error: invalid policy config: " + e.getMessage());
            return INVALID;
        } catch (PlanException e) {
            err.println("error: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            return INVALID;
        } catch (RuntimeException e) {
            // A defect, not a user's mistake: one line (its message could quote config), the trace on --debug.
            err.println("error: internal error (" + e.getClass().getSimpleName() + "); rerun with --debug for the "
                    + "stack trace and report it");
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
    }
}
