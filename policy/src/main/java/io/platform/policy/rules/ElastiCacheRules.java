package io.platform.policy.rules;

import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.List;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;

/** ElastiCache (Redis) replication group rules. */
public final class ElastiCacheRules {
    private ElastiCacheRules() {
    }

    public static List<Policy> all() {
        return List.of(encryptionAtRest(), encryptionInTransit(), authentication(), automaticFailover(), snapshotRetention());
    }

    public static ResourcePolicy encryptionAtRest() {
        return ResourcePolicy.builder("elasticache-encryption-at-rest")
                .description("Redis data is encrypted at rest")
                .severity(Severity.HIGH).controls("ElastiCache.4")
                .types(ELASTICACHE_REPLICATION_GROUP)
                .fix("Set atRestEncryptionEnabled to true and kmsKeyId to the data KMS key")
                .check((r, ctx) -> Checks.requireTrue(r.properties(), "atRestEncryptionEnabled", ctx,
                        "Redis data must be encrypted at rest"))
                .build();
    }

    public static ResourcePolicy encryptionInTransit() {
        return ResourcePolicy.builder("elasticache-encryption-in-transit")
                .description("Redis traffic is encrypted in transit and TLS is required")
                .severity(Severity.HIGH).controls("ElastiCache.5")
                .types(ELASTICACHE_REPLICATION_GROUP)
                .fix("Set transitEncryptionEnabled to true (and transitEncryptionMode to required, if set)")
                .check((r, ctx) -> {
                    PropertyMap p = r.properties();
                    Checks.requireTrue(p, "transitEncryptionEnabled", ctx, "Redis traffic must be encrypted in transit (TLS)");
                    if (p.string("transitEncryptionMode").filter("preferred"::equalsIgnoreCase).isPresent()) {
                        ctx.report("transitEncryptionMode is preferred; use required so clients cannot connect without TLS");
                    }
                })
                .build();
    }

    public static ResourcePolicy authentication() {
        return ResourcePolicy.builder("elasticache-auth")
                .description("Redis requires AUTH (auth token) or RBAC users")
                .severity(Severity.HIGH).controls("ElastiCache.6")
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

    public static ResourcePolicy automaticFailover() {
        return ResourcePolicy.builder("elasticache-automatic-failover")
                .description("Production replication groups fail over automatically")
                .severity(Severity.HIGH).controls("ElastiCache.3")
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
                .severity(Severity.MEDIUM).controls("ElastiCache.1")
                .types(ELASTICACHE_REPLICATION_GROUP)
                .setting(Setting.integer("minimumDays", "Minimum snapshotRetentionLimit in days", 1, 1))
                .fix("Set snapshotRetentionLimit (5 days in the platform's defaults)")
                .check((r, ctx) -> {
                    int minimum = ctx.settings().integer("minimumDays");
                    Optional<Integer> days = r.properties().integer("snapshotRetentionLimit");
                    if (days.orElse(0) < minimum) {
                        ctx.report("snapshotRetentionLimit is " + days.map(String::valueOf).orElse("not set (no snapshots)")
                                + "; keep Redis snapshots for at least " + minimum + (minimum == 1 ? " day" : " days"));
                    }
                })
                .build();
    }
}
