package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:functions}, a list of Lambda functions. */
final class FunctionConfigReader {
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    /** What a function may reach over the network; anything else it calls through an AWS API. */
    static final List<String> CALL_TARGETS = List.of("database", "redis");
    private static final Pattern HANDLER = Pattern.compile("[A-Za-z0-9_.$:/-]{1,128}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IMAGE = Pattern.compile(
            "\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9._/-]+(:[A-Za-z0-9_.-]{1,128}|@sha256:[0-9a-f]{64})");
    private static final Pattern RESERVED_VARIABLE = Pattern.compile("(AWS_|LAMBDA_|_).*");

    private FunctionConfigReader() {
    }

    static List<FunctionConfig> read(ConfigSection root, String key, Environment env, List<String> secretNames) {
        List<FunctionConfig> functions = root.sections(key, f -> function(f, FunctionDefaults.of(env), secretNames));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < functions.size(); i++) {
            if (!names.add(functions.get(i).name())) {
                throw new ConfigException(root.keyOf(key) + "[" + i + "].name", "'" + functions.get(i).name()
                        + "' is used by another function; function names must be unique");
            }
        }
        return functions;
    }

    private static FunctionConfig function(ConfigSection f, FunctionDefaults defaults, List<String> secretNames) {
        String name = f.requiredString("name", "the function's name (lower-case letters, digits, '-')");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(f.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-31 lower-case "
                    + "letters, digits and '-', starting with a letter");
        }
        FunctionConfig.Code code = code(f.section("code"), f.keyOf("code"));
        Optional<LambdaRuntime> runtime = runtime(f, code);
        Optional<String> handler = handler(f, code);
        int memory = f.integer("memoryMb", defaults.memoryMb(), 128, 10240);
        int timeout = f.integer("timeoutSeconds", defaults.timeoutSeconds(), 1, 900);
        OptionalInt concurrency = f.has("reservedConcurrency")
                ? OptionalInt.of(f.integer("reservedConcurrency", 1, 1, 10000)) : OptionalInt.empty();
        CpuArchitecture architecture = f.choice("architecture", defaults.architecture(), CpuArchitecture.class);
        Map<String, String> environment = WorkloadEnvironment.variables(f.section("environment"));
        rejectReserved(f.section("environment"), environment.keySet());
        Map<String, String> secrets = WorkloadEnvironment.secrets(f, "function '" + name + "'", secretNames, environment,
                false);
        // A secret reaches the function as an environment variable (its ARN) too.
        rejectReserved(f.section("secrets"), secrets.keySet());
        List<String> calls = calls(f);
        List<IamStatementConfig> statements = IamStatementsReader.read(f, "statements");
        List<FunctionConfig.Trigger> triggers = TriggerReader.read(f, "triggers");
        return new FunctionConfig(name, code, runtime, handler, memory, timeout, concurrency, architecture,
                environment, secrets, calls, statements, triggers);
    }

    private static FunctionConfig.Code code(ConfigSection c, String key) {
        Optional<String> image = c.optionalString("imageUri");
        Optional<String> bucket = c.optionalString("s3Bucket");
        if (image.isPresent() == bucket.isPresent()) {
            throw new ConfigException(key, "give exactly one of s3Bucket + s3Key (a zip package) or imageUri "
                    + "(an ECR image)");
        }
        FunctionConfig.Code code;
        if (image.isPresent()) {
            if (!IMAGE.matcher(image.get()).matches() || image.get().endsWith(":latest")) {
                throw new ConfigException(c.keyOf("imageUri"), "'" + image.get() + "' is not allowed; allowed: an ECR "
                        + "image <account>.dkr.ecr.<region>.amazonaws.com/<repository> with a release tag or digest");
            }
            code = new FunctionConfig.Image(image.get());
        } else {
            if (!BUCKET.matcher(bucket.get()).matches()) {
                throw new ConfigException(c.keyOf("s3Bucket"), "'" + bucket.get() + "' is not an S3 bucket name");
            }
            code = new FunctionConfig.S3Object(bucket.get(), c.requiredString("s3Key", "the zip's object key"),
                    c.optionalString("s3ObjectVersion"));
        }
        c.rejectUnknownKeys();
        return code;
    }

    private static Optional<LambdaRuntime> runtime(ConfigSection f, FunctionConfig.Code code) {
        if (code instanceof FunctionConfig.Image) {
            if (f.has("runtime")) {
                throw new ConfigException(f.keyOf("runtime"), "is set for an image function; the image brings its "
                        + "runtime, remove the key");
            }
            return Optional.empty();
        }
        if (!f.has("runtime")) {
            throw new ConfigException(f.keyOf("runtime"), "is required for a zip package; allowed: "
                    + Named.allowed(LambdaRuntime.class));
        }
        return Optional.of(f.choice("runtime", LambdaRuntime.NODEJS_20, LambdaRuntime.class));
    }

    private static Optional<String> handler(ConfigSection f, FunctionConfig.Code code) {
        if (code instanceof FunctionConfig.Image) {
            if (f.has("handler")) {
                throw new ConfigException(f.keyOf("handler"), "is set for an image function; the image's CMD names "
                        + "the handler, remove the key");
            }
            return Optional.empty();
        }
        String handler = f.requiredString("handler", "the entry point, e.g. index.handler or app.lambda_handler");
        if (!HANDLER.matcher(handler).matches()) {
            throw new ConfigException(f.keyOf("handler"), "'" + handler + "' is not a handler such as index.handler");
        }
        return Optional.of(handler);
    }

    /** The Lambda runtime sets these itself and refuses a function that sets one. */
    private static void rejectReserved(ConfigSection section, java.util.Set<String> variables) {
        variables.forEach(variable -> {
            if (RESERVED_VARIABLE.matcher(variable).matches()) {
                throw new ConfigException(section.keyOf(variable), "is reserved by the Lambda runtime "
                        + "(AWS_*, LAMBDA_*, _*); choose another name");
            }
        });
    }

    private static List<String> calls(ConfigSection f) {
        List<String> calls = f.strings("calls", List.of());
        for (int i = 0; i < calls.size(); i++) {
            if (!CALL_TARGETS.contains(calls.get(i))) {
                throw new ConfigException(f.keyOf("calls") + "[" + i + "]", "'" + calls.get(i) + "' is not allowed; "
                        + "allowed: " + String.join(", ", CALL_TARGETS) + " (a function invokes services and other "
                        + "functions through their APIs; grant that with statements)");
            }
        }
        return calls;
    }
}
