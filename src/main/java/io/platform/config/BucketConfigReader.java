package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:data.buckets}, the bucket catalogue. */
final class BucketConfigReader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.=-]+(/[A-Za-z0-9_.=-]+)*/");
    private static final Pattern ORIGIN = Pattern.compile("https://[a-z0-9.*-]+(:\\d+)?");
    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "HEAD");
    /** The platform's own buckets, the DR replicas' and the front ends' ({@code <name>-site}). */
    private static final Set<String> RESERVED = Set.of("documents", "access-logs", "audit-logs");
    /** Rule ids SecureBucket gives every bucket (and the documents bucket's whole-bucket archive and expiry). */
    private static final Set<String> BUILT_IN_RULES = Set.of("abort-incomplete-uploads", "expire-noncurrent-versions",
            "archive", "expire-current-objects");
    static final String WHOLE_BUCKET = "*";
    private static final int MAX_DAYS = 36500;

    private BucketConfigReader() {
    }

    static List<BucketConfig> read(ConfigSection data, Naming naming) {
        List<BucketConfig> buckets = data.sections("buckets", b -> bucket(b, naming));
        Set<String> names = new HashSet<>();
        Set<String> physical = new HashSet<>();
        for (int i = 0; i < buckets.size(); i++) {
            String key = data.keyOf("buckets") + "[" + i + "]";
            BucketConfig bucket = buckets.get(i);
            if (!names.add(bucket.name())) {
                throw new ConfigException(key + ".name", "'" + bucket.name() + "' is used by another bucket; "
                        + "bucket names must be unique");
            }
            bucket.bucketName().ifPresent(b -> {
                if (!physical.add(b)) {
                    throw new ConfigException(key + ".bucketName", "'" + b + "' is used by another bucket");
                }
            });
        }
        return buckets;
    }

    private static BucketConfig bucket(ConfigSection b, Naming naming) {
        String name = name(b, naming);
        BucketPreset preset = b.choice("preset", BucketPreset.STANDARD, BucketPreset.class);
        Optional<String> bucketName = b.optionalString("bucketName");
        bucketName.ifPresent(n -> BucketNames.checkExplicit(b.keyOf("bucketName"), n));
        boolean replication = b.bool("replication", false);
        if (replication) {
            // The DR replica is <bucketName>-dr, or dr-<name> in the stack's naming.
            bucketName.ifPresentOrElse(n -> BucketNames.checkExplicit(b.keyOf("bucketName"), n + "-dr"),
                    () -> BucketNames.check(b.keyOf("name"), naming, "dr-" + name, name, "DR replica bucket"));
        }
        List<BucketConfig.LifecycleRule> lifecycle = b.has("lifecycle") ? lifecycle(b) : preset.rules();
        int noncurrent = b.integer("noncurrentVersionExpirationDays", preset.noncurrentVersionExpirationDays(), 1, MAX_DAYS);
        int abort = b.integer("abortIncompleteUploadDays", 7, 1, MAX_DAYS);
        List<BucketConfig.Cors> cors = b.sections("cors", BucketConfigReader::cors);
        Optional<BucketConfig.ObjectLock> lock = b.has("objectLock")
                ? Optional.of(objectLock(b.section("objectLock"))) : Optional.empty();
        boolean backup = b.bool("backup", preset.backup());
        List<BucketConfig.Access> access = b.sections("access", BucketConfigReader::access);
        Set<String> services = new HashSet<>();
        for (int i = 0; i < access.size(); i++) {
            if (!services.add(access.get(i).service())) {
                throw new ConfigException(b.keyOf("access") + "[" + i + "].service", "'" + access.get(i).service()
                        + "' is given access twice; list all its prefixes in one entry");
            }
        }
        return new BucketConfig(name, preset, bucketName, lifecycle, noncurrent, abort, cors, lock, replication, backup,
                access);
    }

    private static String name(ConfigSection b, Naming naming) {
        String name = b.requiredString("name", "the bucket's name (lower-case letters, digits, '-'); it names "
                + "<prefix>-<env>-<name> and the variable <NAME>_BUCKET");
        if (!NAME.matcher(name).matches() || name.endsWith("-")) {
            throw new ConfigException(b.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-31 lower-case "
                    + "letters, digits and '-', starting with a letter");
        }
        if (RESERVED.contains(name) || name.startsWith("dr-") || name.endsWith("-site")) {
            throw new ConfigException(b.keyOf("name"), "'" + name + "' is reserved for the platform's own buckets "
                    + "(documents, access-logs, audit-logs, dr-*, *-site); choose another name");
        }
        if (!b.has("bucketName")) {
            BucketNames.check(b.keyOf("name"), naming, name, name, "bucket");
        }
        return name;
    }

    /** {@code lifecycle[]} of a bucket: per-prefix rules with unique names other than the built-in ones. */
    static List<BucketConfig.LifecycleRule> lifecycle(ConfigSection bucket) {
        List<BucketConfig.LifecycleRule> rules = bucket.sections("lifecycle", BucketConfigReader::rule);
        checkRuleNames(bucket, rules);
        return rules;
    }

    private static BucketConfig.LifecycleRule rule(ConfigSection r) {
        String name = DataConfigReader.required(r, "name", "the rule's id, e.g. archive-visits", RULE_NAME,
                "1-63 lower-case letters, digits and '-'");
        String prefix = r.string("prefix", "");
        if (!prefix.isEmpty() && !PREFIX.matcher(prefix).matches()) {
            throw new ConfigException(r.keyOf("prefix"), "'" + prefix + "' is not allowed; allowed: a key prefix "
                    + "ending in '/', e.g. visits/ (omit it for the whole bucket)");
        }
        List<BucketConfig.Transition> transitions = r.sections("transitions", BucketConfigReader::transition);
        checkTransitions(r, transitions);
        OptionalInt expiration = optionalDays(r, "expirationDays");
        if (expiration.isPresent() && !transitions.isEmpty()
                && expiration.getAsInt() <= transitions.get(transitions.size() - 1).days()) {
            throw new ConfigException(r.keyOf("expirationDays"), expiration.getAsInt() + " is not after the last "
                    + "transition (day " + transitions.get(transitions.size() - 1).days() + "); allowed: "
                    + (transitions.get(transitions.size() - 1).days() + 1) + ".." + MAX_DAYS);
        }
        OptionalInt noncurrent = optionalDays(r, "noncurrentExpirationDays");
        OptionalInt abort = optionalDays(r, "abortIncompleteUploadDays");
        if (transitions.isEmpty() && expiration.isEmpty() && noncurrent.isEmpty() && abort.isEmpty()) {
            throw new ConfigException(r.keyOf("transitions"), "is required: a rule needs at least one of transitions, "
                    + "expirationDays, noncurrentExpirationDays, abortIncompleteUploadDays");
        }
        return new BucketConfig.LifecycleRule(name, prefix, transitions, expiration, noncurrent, abort);
    }

    private static BucketConfig.Transition transition(ConfigSection t) {
        if (!t.has("storageClass")) {
            throw new ConfigException(t.keyOf("storageClass"), "is required; allowed: "
                    + Named.allowed(BucketConfig.StorageClass.class));
        }
        if (!t.has("days")) {
            throw new ConfigException(t.keyOf("days"), "is required: the object's age in days when it moves");
        }
        return new BucketConfig.Transition(t.integer("days", 0, 0, MAX_DAYS),
                t.choice("storageClass", null, BucketConfig.StorageClass.class));
    }

    /**
     * Each transition goes to a colder class and waits out the previous class's minimum storage
     * duration; S3 also wants 30 days in the bucket before STANDARD_IA.
     */
    private static void checkTransitions(ConfigSection r, List<BucketConfig.Transition> transitions) {
        for (int i = 0; i < transitions.size(); i++) {
            String key = r.keyOf("transitions") + "[" + i + "]";
            BucketConfig.Transition t = transitions.get(i);
            if (t.storageClass() == BucketConfig.StorageClass.STANDARD_IA && t.days() < 30) {
                throw new ConfigException(key + ".days", t.days() + " is too early for STANDARD_IA; allowed: 30 or more");
            }
            if (i == 0) {
                continue;
            }
            BucketConfig.Transition previous = transitions.get(i - 1);
            if (t.storageClass().ordinal() <= previous.storageClass().ordinal()) {
                throw new ConfigException(key + ".storageClass", "'" + t.storageClass().configName() + "' is not colder "
                        + "than " + previous.storageClass().configName() + "; transitions go STANDARD_IA, "
                        + "INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE in that order");
            }
            int earliest = previous.days() + previous.storageClass().minimumDays();
            if (t.days() < earliest) {
                throw new ConfigException(key + ".days", t.days() + " is too early; objects stay "
                        + previous.storageClass().minimumDays() + " days in " + previous.storageClass().configName()
                        + " first, so allowed: " + earliest + " or more");
            }
        }
    }

    private static void checkRuleNames(ConfigSection b, List<BucketConfig.LifecycleRule> rules) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            String name = rules.get(i).name();
            if (BUILT_IN_RULES.contains(name) || !names.add(name)) {
                throw new ConfigException(b.keyOf("lifecycle") + "[" + i + "].name", "'" + name + "' is already a "
                        + "rule of this bucket (" + String.join(", ", new java.util.TreeSet<>(BUILT_IN_RULES))
                        + " are built in)");
            }
        }
    }

    private static BucketConfig.Cors cors(ConfigSection c) {
        List<String> origins = c.strings("allowedOrigins", List.of());
        if (origins.isEmpty()) {
            throw new ConfigException(c.keyOf("allowedOrigins"), "is required: the https origins browsers call from");
        }
        for (int i = 0; i < origins.size(); i++) {
            if (!ORIGIN.matcher(origins.get(i)).matches()) {
                throw new ConfigException(c.keyOf("allowedOrigins") + "[" + i + "]", "'" + origins.get(i)
                        + "' is not allowed; allowed: https origins such as https://app.example.com");
            }
        }
        List<String> methods = c.stringsFrom("allowedMethods", List.of("GET"), METHODS);
        List<String> headers = c.strings("allowedHeaders", List.of("*"));
        List<String> expose = c.strings("exposeHeaders", List.of());
        int maxAge = c.integer("maxAgeSeconds", 3000, 0, 86400);
        return new BucketConfig.Cors(origins, methods, headers, expose, maxAge);
    }

    private static BucketConfig.ObjectLock objectLock(ConfigSection lock) {
        String mode = lock.string("mode", "GOVERNANCE");
        if (!List.of("GOVERNANCE", "COMPLIANCE").contains(mode)) {
            throw new ConfigException(lock.keyOf("mode"), "'" + mode + "' is not allowed; allowed: GOVERNANCE, COMPLIANCE");
        }
        if (!lock.has("days")) {
            throw new ConfigException(lock.keyOf("days"), "is required: how long each object version stays locked");
        }
        int days = lock.integer("days", 1, 1, MAX_DAYS);
        lock.rejectUnknownKeys();
        return new BucketConfig.ObjectLock(mode, days);
    }

    private static BucketConfig.Access access(ConfigSection a) {
        String service = a.requiredString("service", "the service (platform:compute.services[].name) given access");
        List<String> read = prefixes(a, "read");
        List<String> write = prefixes(a, "write");
        if (read.isEmpty() && write.isEmpty()) {
            throw new ConfigException(a.keyOf("read"), "is empty and so is write; give the prefixes '" + service
                    + "' may read or write (or * for the whole bucket)");
        }
        return new BucketConfig.Access(service, read, write);
    }

    private static List<String> prefixes(ConfigSection a, String key) {
        List<String> values = a.strings(key, List.of());
        for (int i = 0; i < values.size(); i++) {
            String p = values.get(i);
            if (!p.equals(WHOLE_BUCKET) && !PREFIX.matcher(p).matches()) {
                throw new ConfigException(a.keyOf(key) + "[" + i + "]", "'" + p + "' is not allowed; allowed: a key "
                        + "prefix ending in '/', e.g. photos/, or * for the whole bucket");
            }
        }
        if (values.contains(WHOLE_BUCKET) && values.size() > 1) {
            throw new ConfigException(a.keyOf(key), values + " mixes * with prefixes; * already covers every prefix");
        }
        return values;
    }

    private static OptionalInt optionalDays(ConfigSection section, String key) {
        return section.has(key) ? OptionalInt.of(section.integer(key, 0, 1, MAX_DAYS)) : OptionalInt.empty();
    }
}
