package io.platform.config;

import java.util.List;
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
        AwsRegions.Region awsRegion = AwsRegions.require("aws:region",
                raw.values().getOrDefault("aws:region", DEFAULT_REGION));
        String region = awsRegion.name();
        String owner = tagValue(root, "owner", "the team that owns this stack (the Owner tag)");
        String costCenter = tagValue(root, "costCenter", "the cost centre billed for this stack (the CostCenter tag)");
        NamingConfig names = NamingConfigReader.read(root.section("naming"), raw.project());
        Naming naming = new Naming(names.prefix(), env.configName(), owner, costCenter,
                names.regionInNames() ? Optional.of(region) : Optional.empty());
        // The longest name among the buckets every stack has.
        BucketNames.check(root.keyOf("naming") + ".prefix", naming, "access-logs", names.prefix(), "bucket");
        int logRetention = root.integerOneOf("logRetentionDays", env.defaultLogRetentionDays(),
                NetworkConfigReader.LOG_RETENTION_DAYS);
        NetworkConfig network = NetworkConfigReader.read(root.section("network"), env);
        checkZones(network, awsRegion, root);
        DataConfig data = DataConfigReader.read(root.section("data"), env, region, naming);
        SecurityConfig security = SecurityConfigReader.read(root.section("security"), env, network, names.prefix(),
                data.appSecrets());
        ComputeConfig compute = ComputeConfigReader.read(root.section("compute"), env, logRetention, data.secretNames(),
                data.buckets());
        List<FunctionConfig> functions = FunctionConfigReader.read(root, "functions", env, data.secretNames());
        List<InstanceConfig> instances = InstanceConfigReader.read(root, "instances", env, network, data.secretNames());
        SecretsConfig secrets = SecretsConfigReader.read(root.section("secrets"), data.secretNames(),
                functions.stream().map(FunctionConfig::name).toList());
        EdgeConfig edge = EdgeConfigReader.read(root.section("edge"), naming);
        checkCertificate(compute, edge, root);
        WorkloadChecks.check(root, network, security, data, compute, functions, instances, edge);
        OperationsConfig operations = OperationsConfigReader.operations(root.section("operations"), env, region);
        ObservabilityConfig observability = OperationsConfigReader.observability(root.section("observability"),
                data.database(), max -> AlarmInventory.of(network, data, compute, edge, operations, max, region),
                naming.metricNamespace(), needed -> alertHttpsEndpoint(root, raw, needed));
        checkShutdownAndReplicas(operations, data, root);
        checkBuckets(data, compute, operations, root);
        checkAuditBuckets(security.audit(), data, root);
        LogArchiveConfigReader.checkNames(root, observability.logArchive(), security.accountBaseline(),
                compute.services().stream().map(ServiceConfig::name).toList());
        checkMounts(data, compute, root);
        checkEndpoints(network, compute, root);
        Optional<SecretString> redisAuthToken = data.redis().isPresent()
                ? Optional.of(requiredSecret(root, raw, "redisAuthToken")) : absent(root, "redisAuthToken",
                "Redis is off (platform:data.redis.enabled: false), so no AUTH token is used; remove it");
        redisAuthToken.ifPresent(token -> checkRedisAuthToken(raw, root.keyOf("redisAuthToken")));
        AccessConfig access = AccessConfigReader.read(root.section("access"), awsRegion.partition());
        checkAccess(access, security, root);
        checkRemediation(security.findings(), functions, root);
        Optional<FailoverConfig> failover = FailoverConfigReader.read(root, region, edge, operations);
        boolean dnssec = FailoverConfigReader.dnssec(root, region, edge);
        root.rejectUnknownKeys();
        StackConfig config = new StackConfig(raw.project(), raw.stack(), names, env, region, owner, costCenter,
                logRetention, network, security, data, compute, functions, instances, secrets, edge, observability,
                operations, redisAuthToken, access, failover, dnssec);
        NameLengths.check(config, root);
        return config;
    }

    /** Each access role's use is alarmed from the trail's CloudWatch Logs group: the account baseline's. */
    private static void checkAccess(AccessConfig access, SecurityConfig security, ConfigSection root) {
        if (!access.roles().isEmpty() && !security.accountBaseline()) {
            throw new ConfigException(root.keyOf("access") + ".roles", "needs the CloudTrail trail in CloudWatch Logs to "
                    + "alarm on each role's use, but platform:security.accountBaseline is false; allowed: [] (or turn "
                    + "the baseline on)");
        }
    }

    /** The GuardDuty rule's remediation target is one of the stack's functions. */
    private static void checkRemediation(FindingsConfig findings, List<FunctionConfig> functions, ConfigSection root) {
        findings.remediationFunction().ifPresent(name -> {
            List<String> declared = functions.stream().map(FunctionConfig::name).toList();
            if (!declared.contains(name)) {
                throw new ConfigException(root.keyOf("security") + ".findings.remediationFunction", "'" + name
                        + "' is not declared in platform:functions" + Suggestions.didYouMean(name, declared)
                        + "; declared: " + (declared.isEmpty() ? "none" : String.join(", ", declared)));
            }
        });
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

    /** RDS cannot stop an instance that has read replicas, which dev auto-shutdown does every night. */
    private static void checkShutdownAndReplicas(OperationsConfig operations, DataConfig data, ConfigSection root) {
        if (operations.autoShutdown() && !data.database().readReplicas().isEmpty()) {
            throw new ConfigException(root.keyOf("operations") + ".autoShutdown", "true stops the database every "
                    + "night, which RDS refuses for an instance with read replicas (platform:data.database.readReplicas); "
                    + "allowed: false, or remove the replicas");
        }
    }

    /**
     * Catalogue buckets name services that exist and replicate only where there is a DR region (their
     * {@code <NAME>_BUCKET} variables are guarded with the other injected ones, {@link InjectedVariable}).
     */
    private static void checkBuckets(DataConfig data, ComputeConfig compute, OperationsConfig operations,
                                     ConfigSection root) {
        List<String> services = compute.services().stream().map(ServiceConfig::name).toList();
        for (int i = 0; i < data.buckets().size(); i++) {
            BucketConfig bucket = data.buckets().get(i);
            String key = root.keyOf("data") + ".buckets[" + i + "]";
            if (bucket.replication() && operations.drRegion().isEmpty()) {
                throw new ConfigException(key + ".replication", "true needs platform:operations.drRegion, the region "
                        + "the replica lives in; set it or remove replication");
            }
            for (int a = 0; a < bucket.access().size(); a++) {
                String service = bucket.access().get(a).service();
                if (!services.contains(service)) {
                    throw new ConfigException(key + ".access[" + a + "].service", "'" + service + "' is not a service "
                            + "of this stack" + Suggestions.didYouMean(service, services) + "; allowed: "
                            + String.join(", ", services));
                }
            }
        }
    }

    /** CloudTrail data events name buckets the data tier declares: documents or a catalogue bucket. */
    private static void checkAuditBuckets(AuditConfig audit, DataConfig data, ConfigSection root) {
        List<String> buckets = new java.util.ArrayList<>(List.of("documents"));
        data.buckets().forEach(b -> buckets.add(b.name()));
        for (int i = 0; i < audit.s3DataEvents().size(); i++) {
            String bucket = audit.s3DataEvents().get(i).bucket();
            if (!buckets.contains(bucket)) {
                throw new ConfigException(root.keyOf("security") + ".audit.s3DataEvents[" + i + "].bucket", "'" + bucket
                        + "' is not a bucket of this stack" + Suggestions.didYouMean(bucket, buckets) + "; allowed: "
                        + String.join(", ", buckets));
            }
        }
    }

    /** File systems are mounted by services that exist, each path of a service once. */
    private static void checkMounts(DataConfig data, ComputeConfig compute, ConfigSection root) {
        List<String> services = compute.services().stream().map(ServiceConfig::name).toList();
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        for (int f = 0; f < data.fileSystems().size(); f++) {
            FileSystemConfig fs = data.fileSystems().get(f);
            for (int m = 0; m < fs.mounts().size(); m++) {
                FileSystemConfig.Mount mount = fs.mounts().get(m);
                String key = root.keyOf("data") + ".fileSystems[" + f + "].mounts[" + m + "]";
                if (!services.contains(mount.service())) {
                    throw new ConfigException(key + ".service", "'" + mount.service() + "' is not a service of this "
                            + "stack" + Suggestions.didYouMean(mount.service(), services) + "; allowed: "
                            + String.join(", ", services));
                }
                String other = paths.putIfAbsent(mount.service() + ":" + mount.containerPath(), fs.name());
                if (other != null) {
                    throw new ConfigException(key + ".containerPath", "'" + mount.containerPath() + "' is already "
                            + "where '" + mount.service() + "' mounts file system '" + other + "'");
                }
            }
        }
    }

    /**
     * Without NAT, the private tier reaches AWS only through endpoints: pulling images (ECR API and
     * registry, layers from S3 through its gateway endpoint, always present), logging, injecting secrets,
     * and with ECS Exec its message channels and session key. Every endpoint a service declares must exist.
     */
    private static void checkEndpoints(NetworkConfig network, ComputeConfig compute, ConfigSection root) {
        List<String> endpoints = network.interfaceEndpoints();
        String key = root.keyOf("network") + ".interfaceEndpoints";
        if (network.natStrategy() == NatStrategy.NONE) {
            List<String> needed = new java.util.ArrayList<>(NetworkConfig.NAT_LESS_ENDPOINTS);
            if (compute.execEnabled()) {
                needed.addAll(NetworkConfig.EXEC_ENDPOINTS);
            }
            List<String> missing = needed.stream().filter(e -> !endpoints.contains(e)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigException(key, endpoints + " lacks " + String.join(", ", missing) + ", which "
                        + "natStrategy none needs (images, logs, secrets" + (compute.execEnabled() ? ", ECS Exec" : "")
                        + " reach AWS only through endpoints); add them or choose a NAT strategy");
            }
        }
        for (int i = 0; i < compute.services().size(); i++) {
            List<String> declared = compute.services().get(i).endpoints();
            for (int e = 0; e < declared.size(); e++) {
                if (!endpoints.contains(declared.get(e))) {
                    throw new ConfigException(root.keyOf("compute") + ".services[" + i + "].endpoints[" + e + "]", "'"
                            + declared.get(e) + "' is not in " + key + "; add it there, so the service reaches it "
                            + "through its endpoint");
                }
            }
        }
    }

    /**
     * The paging service's HTTPS endpoint: a secret, required while a severity route uses it; under the CLI
     * (where the value is visible) it must be an {@code https://} URL. The message never shows the value.
     */
    private static Optional<SecretString> alertHttpsEndpoint(ConfigSection root, RawConfig raw, boolean needed) {
        String key = "alertHttpsEndpoint";
        if (!needed) {
            return absent(root, key, "no route of platform:observability.routes has https: true; remove it");
        }
        SecretString url = requiredSecret(root, raw, key);
        if (raw.isDecryptedSecret(root.keyOf(key)) && !url.reveal().matches("https://[^\\s/]+(/\\S*)?")) {
            throw new ConfigException(root.keyOf(key), "the secret is not an https:// URL; SNS delivers alarms only "
                    + "to an HTTPS endpoint here (its value is not shown)");
        }
        return Optional.of(url);
    }

    /** A key that must not be set, with why; its value (perhaps a secret) is never echoed. */
    private static <T> Optional<T> absent(ConfigSection root, String key, String why) {
        if (root.has(key)) {
            throw new ConfigException(root.keyOf(key), "is set but " + why);
        }
        return Optional.empty();
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
