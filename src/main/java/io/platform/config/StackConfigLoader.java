package io.platform.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns raw Pulumi config into a validated {@link StackConfig}, or fails with one
 * {@link ConfigException} naming the key, the value and what is allowed — never a secret's value.
 */
public final class StackConfigLoader {
    /** AWS tag values: up to 256 letters, digits, spaces and {@code _.:/=+-@}. */
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,256}");
    private static final Pattern PROJECT = Pattern.compile("[a-z][a-z0-9-]{1,30}");
    /** ElastiCache AUTH tokens: 16-128 printable ASCII characters other than space, {@code "}, {@code /} and {@code @}. */
    private static final Pattern REDIS_AUTH_TOKEN = Pattern.compile("[\\x21\\x23-\\x2E\\x30-\\x3F\\x41-\\x7E]{16,128}");
    private static final String DEFAULT_REGION = "us-east-1";

    private StackConfigLoader() {
    }

    public static StackConfig load(RawConfig raw) {
        try {
            return validated(raw);
        } catch (ConfigException e) {
            throw SecretValues.of(raw).redact(e);
        }
    }

    private static StackConfig validated(RawConfig raw) {
        if (!PROJECT.matcher(raw.project()).matches()) {
            throw new ConfigException("Pulumi.yaml name", "'" + raw.project()
                    + "' must be 2-31 lower-case letters, digits or '-', starting with a letter (it prefixes AWS names)");
        }
        ConfigNamespaces.check(raw);
        ConfigSection root = ConfigSection.namespace(raw.project(), raw);
        Environment env = environment(root, raw.stack());
        AwsRegions.Region region = AwsRegions.require("aws:region", raw.values().getOrDefault("aws:region", DEFAULT_REGION));
        String owner = tagValue(root, "owner", "the team that owns this stack (the Owner tag)");
        String costCenter = tagValue(root, "costCenter", "the cost centre billed for this stack (the CostCenter tag)");
        int logRetention = root.integerOneOf("logRetentionDays", env.defaultLogRetentionDays(),
                NetworkConfigReader.LOG_RETENTION_DAYS);
        NetworkConfig network = NetworkConfigReader.read(root.section("network"), env);
        checkZones(network, region, root);
        DataConfig data = DataConfigReader.read(root.section("data"), env);
        SecurityConfig security = SecurityConfigReader.read(root.section("security"), env, network, raw.project(),
                data.appSecrets());
        ComputeConfig compute = ComputeConfigReader.read(root.section("compute"), env, logRetention, data.secretNames());
        EdgeConfig edge = EdgeConfigReader.read(root.section("edge"), raw.project() + "-" + env.configName() + "-");
        checkCertificate(compute, edge, root);
        ObservabilityConfig observability = OperationsConfigReader.observability(root.section("observability"),
                data.database());
        OperationsConfig operations = OperationsConfigReader.operations(root.section("operations"), env, region.name());
        SecretString redisAuthToken = requiredSecret(root, raw, "redisAuthToken");
        checkRedisAuthToken(raw, root.keyOf("redisAuthToken"));
        root.rejectUnknownKeys();
        return new StackConfig(raw.project(), raw.stack(), env, region.name(), owner, costCenter, logRetention, network,
                security, data, compute, edge, observability, operations, redisAuthToken);
    }

    /** {@code platform:environment}, defaulting to the stack name when that names an environment. */
    private static Environment environment(ConfigSection root, String stack) {
        Optional<String> given = root.optionalString("environment");
        String name = given.orElse(stack);
        return Named.parse(Environment.class, name).orElseThrow(() -> new ConfigException(root.keyOf("environment"),
                given.isPresent()
                        ? "'" + name + "' is not a known environment" + Suggestions.didYouMean(name,
                        Named.names(Environment.class)) + "; allowed: " + Named.allowed(Environment.class)
                        : "is required because the stack name '" + stack + "' is not an environment; allowed: "
                        + Named.allowed(Environment.class)));
    }

    /** One subnet per AZ per tier: the region must have as many zones as the network asks for. */
    private static void checkZones(NetworkConfig network, AwsRegions.Region region, ConfigSection root) {
        if (network.azCount() > region.zones()) {
            throw new ConfigException(root.keyOf("network") + ".azCount", network.azCount() + " is more than the "
                    + region.zones() + " availability zones " + region.name() + " offers new accounts; allowed: 2.."
                    + region.zones());
        }
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

    /**
     * What ElastiCache accepts as an AUTH token, checked where the value is visible (under the CLI;
     * the offline plan only sees the ciphertext). The message describes the rule, never the token.
     */
    private static void checkRedisAuthToken(RawConfig raw, String key) {
        if (!raw.isDecryptedSecret(key)) {
            return;
        }
        String token = raw.values().get(key);
        if (token.length() < 16 || token.length() > 128) {
            throw new ConfigException(key, "the secret is " + token.length() + " characters long; ElastiCache "
                    + "accepts 16..128");
        }
        if (!REDIS_AUTH_TOKEN.matcher(token).matches()) {
            throw new ConfigException(key, "the secret contains a character ElastiCache refuses in an AUTH token; "
                    + "allowed: printable ASCII other than space, \", / and @");
        }
    }
}
