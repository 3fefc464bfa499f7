package io.platform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS names with tight length limits that grow with the name prefix, the environment, entry names
 * and (with {@code regionInNames}) the region: checked before any resource is declared, so a long
 * prefix is refused here instead of half-way through a deployment. Bucket names have their own
 * check ({@link BucketNames}); load balancer and target group names are shortened with a hash.
 */
final class NameLengths {
    /** Pulumi auto-names IAM roles {@code <name>-<7 random>}; the longest role name the stack gives is this one. */
    private static final String LONGEST_ROLE = "rds-monitoring-role";

    private NameLengths() {
    }

    /** One name, its limit, and the key whose value makes it long. */
    private record Limited(String what, String name, int limit, String key, String value) {
    }

    static void check(StackConfig config, ConfigSection root) {
        Naming naming = config.naming();
        String prefixKey = root.keyOf("naming") + ".prefix";
        String prefix = naming.project();
        if (config.security().accountBaseline()) {
            BucketNames.check(prefixKey, naming, "audit-logs", prefix, "bucket");
        }
        if (config.operations().drRegion().isPresent()) {
            BucketNames.check(prefixKey, naming, "dr-access-logs", prefix, "bucket");
        }
        List<Limited> names = new ArrayList<>();
        config.data().redis().ifPresent(r -> names.add(new Limited("Redis replication group id", naming.name("redis"),
                40, prefixKey, prefix)));
        names.add(new Limited("backup vault name", naming.name("backup-vault"), 50, prefixKey, prefix));
        config.operations().drRegion().ifPresent(r -> names.add(new Limited("DR backup vault name",
                naming.globalName("dr-backup-vault"), 50, prefixKey, prefix)));
        names.add(new Limited("IAM role name", naming.name(LONGEST_ROLE) + "-xxxxxxx", 64,
                prefixKey, prefix));
        DataConfig.Database db = config.data().database();
        String dbId = naming.name("db") + (db.engine() == DatabaseEngine.AURORA_SERVERLESS_V2 ? "-" + db.auroraInstances() : "");
        names.add(new Limited("database identifier", dbId, 63, prefixKey, prefix));
        for (int i = 0; i < db.readReplicas().size(); i++) {
            DataConfig.ReadReplica replica = db.readReplicas().get(i);
            String id = replica.crossRegion() ? naming.globalName("db-" + replica.name()) : naming.name("db-" + replica.name());
            names.add(new Limited("read replica identifier", id, 63,
                    root.keyOf("data") + ".database.readReplicas[" + i + "].name", replica.name()));
        }
        for (int i = 0; i < config.edge().frontEnds().size(); i++) {
            String site = config.edge().frontEnds().get(i).name();
            String key = root.keyOf("edge") + ".frontEnds[" + i + "].name";
            names.add(new Limited("CloudFront log delivery source name", naming.globalName(site + "-cdn"), 60, key, site));
            names.add(new Limited("CloudFront origin access control name", naming.globalName(site + "-oac"), 64, key,
                    site));
        }
        List<XRayConfig.SamplingRule> sampling = config.observability().xray().samplingRules();
        for (int i = 0; i < sampling.size(); i++) {
            String rule = sampling.get(i).name();
            names.add(new Limited("X-Ray sampling rule name", naming.name(rule), 32,
                    root.keyOf("observability") + ".xray.samplingRules[" + i + "].name", rule));
        }
        if (config.observability().logArchive().isPresent()) {
            BucketNames.check(prefixKey, naming, "log-archive", prefix, "bucket");
        }
        for (Limited n : names) {
            if (n.name().length() > n.limit()) {
                throw new ConfigException(n.key(), "'" + n.value() + "' makes the " + n.what() + " " + n.name() + " "
                        + n.name().length() + " characters long; AWS allows at most " + n.limit() + ", so use at most "
                        + Math.max(1, n.value().length() - (n.name().length() - n.limit())) + " characters");
            }
        }
    }
}
