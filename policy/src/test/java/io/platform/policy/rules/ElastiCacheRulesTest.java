package io.platform.policy.rules;

import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Unknown;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.sdk.PolicyTestKit.forRule;

class ElastiCacheRulesTest {

    @Test
    void encryptionAtRest() {
        forRule(ElastiCacheRules.encryptionAtRest()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("atRestEncryptionEnabled", true).expectNoViolations();
        forRule(ElastiCacheRules.encryptionAtRest()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("engine", "redis")
                .expectViolations("atRestEncryptionEnabled is not set; Redis data must be encrypted at rest");
    }

    @Test
    void encryptionInTransit() {
        forRule(ElastiCacheRules.encryptionInTransit()).withType(ELASTICACHE_REPLICATION_GROUP)
                .withProperties(Map.of("transitEncryptionEnabled", true, "transitEncryptionMode", "required"))
                .expectNoViolations();
        forRule(ElastiCacheRules.encryptionInTransit()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("transitEncryptionEnabled", false)
                .expectViolations("transitEncryptionEnabled is false; Redis traffic must be encrypted in transit (TLS)");
        forRule(ElastiCacheRules.encryptionInTransit()).withType(ELASTICACHE_REPLICATION_GROUP)
                .withProperties(Map.of("transitEncryptionEnabled", true, "transitEncryptionMode", "preferred"))
                .expectViolations("transitEncryptionMode is preferred; use required so clients cannot connect without TLS");
    }

    @Test
    void authTokenOrRbacUsers() {
        forRule(ElastiCacheRules.authentication()).withProperty("authToken", new Secret("0123456789abcdef0123"))
                .expectNoViolations();
        forRule(ElastiCacheRules.authentication()).withProperty("authToken", Unknown.VALUE).expectNoViolations();
        forRule(ElastiCacheRules.authentication()).withProperty("userGroupIds", List.of("platform-users"))
                .expectNoViolations();
        forRule(ElastiCacheRules.authentication()).withProperty("engine", "redis")
                .expectViolations("neither authToken nor userGroupIds is set; Redis must require AUTH or RBAC users");
    }

    @Test
    void automaticFailoverInProductionOnly() {
        forRule(ElastiCacheRules.automaticFailover()).inStack("staging")
                .withProperty("automaticFailoverEnabled", false).expectNoViolations();
        forRule(ElastiCacheRules.automaticFailover()).inStack("production")
                .withProperties(Map.of("automaticFailoverEnabled", true, "multiAzEnabled", true)).expectNoViolations();
        forRule(ElastiCacheRules.automaticFailover()).inStack("production")
                .withProperty("numCacheClusters", 1)
                .expectViolations("automaticFailoverEnabled is not set; production replication groups must fail over automatically");
    }

    @Test
    void snapshotRetention() {
        forRule(ElastiCacheRules.snapshotRetention()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("snapshotRetentionLimit", 5).expectNoViolations();
        forRule(ElastiCacheRules.snapshotRetention()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("snapshotRetentionLimit", 0)
                .expectViolations("snapshotRetentionLimit is 0; keep Redis snapshots for at least 1 day");
        forRule(ElastiCacheRules.snapshotRetention()).withType(ELASTICACHE_REPLICATION_GROUP).withSetting("minimumDays", 7)
                .withProperty("snapshotRetentionLimit", 5)
                .expectViolations("snapshotRetentionLimit is 5; keep Redis snapshots for at least 7 days");
        forRule(ElastiCacheRules.snapshotRetention()).withType(ELASTICACHE_REPLICATION_GROUP).withProperty("engine", "redis")
                .expectViolations("snapshotRetentionLimit is not set (no snapshots); keep Redis snapshots for at least 1 day");
    }
}
