package io.platform.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns raw Pulumi config into a validated {@link StackConfig}, or fails with one
 * {@link ConfigException} naming the key, the value and what is allowed.
 */
public final class StackConfigLoader {
    /** AWS tag values: up to 256 letters, digits, spaces and {@code _.:/=+-@}. */
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,256}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");
    private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9-]{1,30}");

    private StackConfigLoader() {
    }

    public static StackConfig load(RawConfig raw) {
        if (!PROJECT.matcher(raw.project()).matches()) {
            throw new ConfigException("Pulumi.yaml name", "'" + raw.project()
                    + "' must be 2-31 lower-case letters, digits or '-', starting with a letter (it prefixes AWS names)");
        }
        ConfigSection root = ConfigSection.namespace(raw.project(), raw);
        Environment env = environment(root, raw.stack());
        String region = region(raw);
        String owner = tagValue(root, "owner", "the team that owns this stack (the Owner tag)");
        String costCenter = tagValue(root, "costCenter", "the cost centre billed for this stack (the CostCenter tag)");
        int logRetention = root.integerOneOf("logRetentionDays", env.defaultLogRetentionDays(),
                NetworkConfigReader.LOG_RETENTION_DAYS);
        NetworkConfig network = NetworkConfigReader.read(root.section("network"), env);
        DataConfig data = DataConfigReader.read(root.section("data"), env);
        SecurityConfig security = SecurityConfigReader.read(root.section("security"), env, network, raw.project(),
                data.appSecrets());
        ComputeConfig compute = ComputeConfigReader.read(root.section("compute"), env, logRetention, data.secretNames());
        List<FunctionConfig> functions = FunctionConfigReader.read(root, "functions", env, data.secretNames());
        List<InstanceConfig> instances = InstanceConfigReader.read(root, "instances", env, network, data.secretNames());
        SecretsConfig secrets = SecretsConfigReader.read(root.section("secrets"), data.secretNames(),
                functions.stream().map(FunctionConfig::name).toList());
        EdgeConfig edge = EdgeConfigReader.read(root.section("edge"), raw.project() + "-" + env.configName() + "-");
        checkCertificate(compute, edge, root);
        WorkloadChecks.check(root, network, security, compute, functions, instances, edge);
        ObservabilityConfig observability = OperationsConfigReader.observability(root.section("observability"),
                data.database());
        OperationsConfig operations = OperationsConfigReader.operations(root.section("operations"), env, region);
        SecretString redisAuthToken = requiredSecret(root, raw, "redisAuthToken");
        root.rejectUnknownKeys();
        return new StackConfig(raw.project(), raw.stack(), env, region, owner, costCenter, logRetention, network,
                security, data, compute, functions, instances, secrets, edge, observability, operations, redisAuthToken);
    }

    /** {@code platform:environment}, defaulting to the stack name when that names an environment. */
    private static Environment environment(ConfigSection root, String stack) {
        Optional<String> given = root.optionalString("environment");
        String name = given.orElse(stack);
        return Named.parse(Environment.class, name).orElseThrow(() -> new ConfigException(root.keyOf("environment"),
                given.isPresent()
                        ? "'" + name + "' is not a known environment; allowed: " + Named.allowed(Environment.class)
                        : "is required because the stack name '" + stack + "' is not an environment; allowed: "
                        + Named.allowed(Environment.class)));
    }

    private static String region(RawConfig raw) {
        String region = raw.values().getOrDefault("aws:region", "us-east-1");
        if (!REGION.matcher(region).matches()) {
            throw new ConfigException("aws:region", "'" + region + "' is not an AWS region name; expected e.g. us-east-1");
        }
        return region;
    }

    private static String tagValue(ConfigSection root, String key, String meaning) {
        String value = root.requiredString(key, meaning);
        if (!TAG_VALUE.matcher(value).matches()) {
            throw new ConfigException(root.keyOf(key), "'" + value
                    + "' is not a valid AWS tag value; allowed: up to 256 letters, digits, spaces and _.:/=+-@");
        }
        return value;
    }

    /** The HTTPS listener needs exactly one certificate source: an imported ARN, or ACM for the API domain. */
    private static void checkCertificate(ComputeConfig compute, EdgeConfig edge, ConfigSection root) {
        String arnKey = root.keyOf("compute") + ".certificateArn";
        if (compute.certificateArn().isPresent() && edge.apiDomain().isPresent()) {
            throw new ConfigException(arnKey, "is set together with platform:edge.apiDomain; give one: an imported "
                    + "certificate, or the domain ACM issues one for");
        }
        if (compute.certificateArn().isEmpty() && edge.apiDomain().isEmpty()) {
            throw new ConfigException(arnKey, "is required unless platform:edge.apiDomain is set: the HTTPS listener "
                    + "needs a certificate");
        }
    }

    /** A value that must exist and must have been set with {@code --secret}; its value is never echoed. */
    private static SecretString requiredSecret(ConfigSection root, RawConfig raw, String key) {
        String fullKey = root.keyOf(key);
        String how = "pulumi config set --secret " + fullKey + " <value>";
        if (!root.has(key)) {
            throw new ConfigException(fullKey, "is required and must be a secret; set it with: " + how);
        }
        if (!raw.isSecret(fullKey)) {
            throw new ConfigException(fullKey, "is set in plain text; it must be encrypted: " + how);
        }
        return new SecretString(raw.values().get(fullKey));
    }
}
