package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;

/**
 * ElastiCache (Redis OSS / Valkey) rules, for replication groups and for stand-alone
 * {@code aws:elasticache/cluster} nodes. A cluster node that belongs to a replication group
 * ({@code replicationGroupId}) is judged through its group.
 */
public final class ElastiCacheRules {
    private ElastiCacheRules() {
    }

    public static List<Policy> all() {
        return List.of(encryptionAtRest(), encryptionInTransit(), authentication(), authTokenSecret(), automaticFailover(),
                snapshotRetention(), autoMinorVersionUpgrade(), noDefaultSubnetGroup());
    }

    /** A stand-alone node (not a member of a replication group) of a snapshot-capable engine. */
    static boolean standaloneRedis(PolicyResource r) {
        PropertyMap p = r.properties();
        return ELASTICACHE_CLUSTER.has(r.type()) && !p.has("replicationGroupId")
                && !p.string("engine").orElse("redis").equals("memcached");
    }

    private static boolean memberOfGroup(PolicyResource r) {
        return ELASTICACHE_CLUSTER.has(r.type()) && r.properties().has("replicationGroupId");
    }

    public static ResourcePolicy encryptionAtRest() {
        return ResourcePolicy.builder("elasticache-encryption-at-rest")
                .description("Redis data is encrypted at rest")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.4"))
                .types(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER)
                .fix("Set atRestEncryptionEnabled to true and kmsKeyId to the data KMS key (on a replication group)")
                .check((r, ctx) -> {
                    if (ELASTICACHE_CLUSTER.has(r.type())) {
                        if (standaloneRedis(r)) {
                            ctx.report(r.type() + " cannot encrypt Redis data at rest; declare a replication group "
                                    + "(one node is enough) with atRestEncryptionEnabled");
                        }
                        return;
                    }
                    Checks.requireTrue(r.properties(), "atRestEncryptionEnabled", ctx, "Redis data must be encrypted at rest");
                })
                .build();
    }

    public static ResourcePolicy encryptionInTransit() {
        return ResourcePolicy.builder("elasticache-encryption-in-transit")
                .description("Redis traffic is encrypted in transit and TLS is required")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.5"))
                .types(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER)
                .fix("Set transitEncryptionEnabled to true (and transitEncryptionMode to required, if set)")
                .check((r, ctx) -> {
                    if (memberOfGroup(r)) {
                        return;
                    }
                    PropertyMap p = r.properties();
                    Checks.requireTrue(p, "transitEncryptionEnabled", ctx, "Redis traffic must be encrypted in transit (TLS)");
                    if (ELASTICACHE_REPLICATION_GROUP.has(r.type())) {
                        ctx.isolated(() -> {
                            if (p.string("transitEncryptionMode").filter("preferred"::equalsIgnoreCase).isPresent()) {
                                ctx.report("transitEncryptionMode is preferred; use required so clients cannot connect without TLS");
                            }
                        });
                    }
                })
                .build();
    }

    public static ResourcePolicy authentication() {
        return ResourcePolicy.builder("elasticache-auth")
                .description("Redis requires AUTH (auth token) or RBAC users")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.6"))
                .types(ELASTICACHE_REPLICATION_GROUP)
                .fix("Set authToken from a Secrets Manager secret (or userGroupIds for RBAC)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    // A token that comes from another resource may be unknown during preview: it is still set.
                    boolean token = p.isUnknown("authToken") || p.nonBlank("authToken").isPresent();
                    boolean users = p.isUnknown("userGroupIds") || !p.strings("userGroupIds").isEmpty();
                    if (!token && !users) {
                        ctx.report("neither authToken nor userGroupIds is set; Redis must require AUTH or RBAC users");
                    }
                })
                .build();
    }

    public static ResourcePolicy authTokenSecret() {
        return ResourcePolicy.builder("elasticache-auth-token-secret")
                .description("The Redis AUTH token is a Pulumi secret, never a plain input")
                .severity(Severity.CRITICAL)
                .noPublicControl("Security Hub sees the cache, not the program's inputs, so no control can tell whether "
                        + "the token passed through state in clear text")
                .types(ELASTICACHE_REPLICATION_GROUP)
                .fix("Pass authToken as a secret (Output.ofSecret, or a secret config value)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    if (!p.isSecret("authToken") && p.value("authToken") != null) {
                        ctx.report("authToken is set as a plain (non-secret) value; pass the AUTH token as a Pulumi secret");
                    }
                })
                .build();
    }

    public static ResourcePolicy automaticFailover() {
        return ResourcePolicy.builder("elasticache-automatic-failover")
                .description("Production replication groups fail over automatically")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.3"))
                .types(ELASTICACHE_REPLICATION_GROUP)
                .productionOnly()
                .fix("Add a replica and set automaticFailoverEnabled and multiAzEnabled to true")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "automaticFailoverEnabled", ctx,
                        "production replication groups must fail over automatically"))
                .build();
    }

    public static ResourcePolicy snapshotRetention() {
        return ResourcePolicy.builder("elasticache-snapshot-retention")
                .description("Redis snapshots are kept at least 1 day")
                .severity(Severity.MEDIUM).controls(SecurityHub.controls("ElastiCache.1"))
                .types(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER)
                .setting(Setting.integer("minimumDays", "Minimum snapshotRetentionLimit in days", 1, 1, 35))
                .fix("Set snapshotRetentionLimit (5 days in the platform's defaults)")
                .check((r, ctx) -> {
                    if (ELASTICACHE_CLUSTER.has(r.type()) && !standaloneRedis(r)) {
                        return;
                    }
                    int minimum = ctx.settings().integer("minimumDays");
                    Optional<Integer> days = r.properties().integer("snapshotRetentionLimit");
                    if (days.orElse(0) < minimum) {
                        ctx.report("snapshotRetentionLimit is " + days.map(String::valueOf).orElse("not set (no snapshots)")
                                + "; keep Redis snapshots for at least " + minimum + (minimum == 1 ? " day" : " days"));
                    }
                })
                .build();
    }

    public static ResourcePolicy autoMinorVersionUpgrade() {
        return ResourcePolicy.builder("elasticache-auto-minor-version-upgrade")
                .description("ElastiCache applies minor engine versions automatically")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.2"))
                .types(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER)
                .fix("Remove autoMinorVersionUpgrade or set it to true")
                .check((r, ctx) -> {
                    if (!memberOfGroup(r)) {
                        Checks.forbidFalse(r.properties(), "autoMinorVersionUpgrade", "autoMinorVersionUpgrade", ctx,
                                "minor engine versions carry security fixes and must be applied automatically");
                    }
                })
                .build();
    }

    public static ResourcePolicy noDefaultSubnetGroup() {
        return ResourcePolicy.builder("elasticache-no-default-subnet-group")
                .description("Caches are placed in a subnet group of their own, not the default one")
                .severity(Severity.HIGH).controls(SecurityHub.controls("ElastiCache.7"))
                .types(ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER)
                .fix("Declare an ElastiCache SubnetGroup of the data subnets and set subnetGroupName")
                .check((r, ctx) -> {
                    if (memberOfGroup(r)) {
                        return;
                    }
                    String group = r.properties().nonBlank("subnetGroupName").orElse(null);
                    if (group == null || group.equals("default")) {
                        ctx.report("subnetGroupName is " + (group == null ? "not set (the default subnet group)" : group)
                                + "; caches must be placed in the data subnets through their own subnet group");
                    }
                })
                .build();
    }
}
