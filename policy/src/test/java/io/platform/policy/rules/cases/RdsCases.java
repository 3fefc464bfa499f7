package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.Secret;

import java.util.List;
import java.util.Map;

import static io.platform.policy.rules.AwsTypes.ELASTICACHE_CLUSTER;
import static io.platform.policy.rules.AwsTypes.ELASTICACHE_REPLICATION_GROUP;
import static io.platform.policy.rules.AwsTypes.INTERNET_GATEWAY;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_PARAMETER_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_CLUSTER_SNAPSHOT;
import static io.platform.policy.rules.AwsTypes.RDS_EVENT_SUBSCRIPTION;
import static io.platform.policy.rules.AwsTypes.RDS_INSTANCE;
import static io.platform.policy.rules.AwsTypes.RDS_PARAMETER_GROUP;
import static io.platform.policy.rules.AwsTypes.RDS_PROXY;
import static io.platform.policy.rules.AwsTypes.RDS_SNAPSHOT;
import static io.platform.policy.rules.AwsTypes.RDS_SUBNET_GROUP;
import static io.platform.policy.rules.AwsTypes.ROUTE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE;
import static io.platform.policy.rules.AwsTypes.ROUTE_TABLE_ASSOCIATION;
import static io.platform.policy.rules.AwsTypes.SUBNET;
import static io.platform.policy.rules.cases.Cases.UNKNOWN;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.drop;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** RDS, Aurora and ElastiCache rules. */
final class RdsCases {
    static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/data";

    private RdsCases() {
    }

    /** A database as the platform declares it: private, encrypted, backed up, logged, protected. */
    static Map<String, Object> instance() {
        return m("engine", "postgres", "instanceClass", "db.t3.small", "allocatedStorage", 20, "username", "app_admin",
                "manageMasterUserPassword", true, "publiclyAccessible", false, "storageEncrypted", true, "kmsKeyId", KEY,
                "backupRetentionPeriod", 30, "deletionProtection", true, "multiAz", true, "skipFinalSnapshot", false,
                "finalSnapshotIdentifier", "db-final", "iamDatabaseAuthenticationEnabled", true,
                "performanceInsightsEnabled", true, "performanceInsightsKmsKeyId", KEY, "monitoringInterval", 60,
                "enabledCloudwatchLogsExports", l("postgresql", "upgrade"), "autoMinorVersionUpgrade", true,
                "copyTagsToSnapshot", true, "deleteAutomatedBackups", false, "port", 5433);
    }

    static Map<String, Object> cluster() {
        return m("engine", "aurora-mysql", "masterUsername", "app_admin", "manageMasterUserPassword", true,
                "storageEncrypted", true, "kmsKeyId", KEY, "backupRetentionPeriod", 30, "deletionProtection", true,
                "skipFinalSnapshot", false, "finalSnapshotIdentifier", "cluster-final", "iamDatabaseAuthenticationEnabled", true,
                "enabledCloudwatchLogsExports", l("audit", "error"), "copyTagsToSnapshot", true, "deleteAutomatedBackups", false,
                "backtrackWindow", 86400, "port", 3307);
    }

    static void define(Cases c) {
        String instance = RDS_INSTANCE.current();
        String cluster = RDS_CLUSTER.current();
        String clusterInstance = RDS_CLUSTER_INSTANCE.current();

        c.resource("rds-no-public-access", instance, instance())
                .pass()
                .pass(del("publiclyAccessible"))
                .fail(set("publiclyAccessible", true), "publiclyAccessible is true;")
                .unknown("publiclyAccessible")
                .as(clusterInstance, m("clusterIdentifier", "c", "instanceClass", "db.r6g.large", "publiclyAccessible", false))
                .pass()
                .fail(set("publiclyAccessible", true), "publiclyAccessible is true;");

        c.resource("rds-storage-encrypted", instance, instance())
                .pass()
                .fail(set("storageEncrypted", false), "storageEncrypted is false;")
                .fail(del("kmsKeyId"), "kmsKeyId is not set (AWS managed key aws/rds);")
                .unknown("storageEncrypted")
                .unknown("kmsKeyId")
                // a cross-region replica: encryption follows the source, but it needs its own region's key
                .pass(set("replicateSourceDb", "arn:aws:rds:us-west-2:123456789012:db:src"), del("storageEncrypted"))
                .fail(List.of(set("replicateSourceDb", "arn:aws:rds:us-west-2:123456789012:db:src"), del("kmsKeyId")),
                        "kmsKeyId is not set (a cross-region replica needs a key of its region);")
                .as(cluster, cluster())
                .pass()
                .fail(del("storageEncrypted"), "storageEncrypted is not set");

        c.resource("rds-backup-retention", instance, instance())
                .pass()
                .pass(set("backupRetentionPeriod", 7))
                .fail(set("backupRetentionPeriod", 3), "backupRetentionPeriod is 3; keep automated backups for at least 7 days")
                .fail(del("backupRetentionPeriod"), "backupRetentionPeriod is not set (AWS default 1 day);")
                .pass(set("replicateSourceDb", "db-src"), del("backupRetentionPeriod"))
                .unknown("backupRetentionPeriod")
                .as(cluster, cluster())
                .inStack("production")
                .pass()
                .fail(set("backupRetentionPeriod", 14), "backupRetentionPeriod is 14; keep automated backups for at least 30 days in production");

        c.resource("rds-deletion-protection", instance, instance())
                .inStack("production")
                .pass()
                .fail(set("deletionProtection", false), "deletionProtection is false;")
                .unknown("deletionProtection")
                .as(cluster, cluster())
                .fail(del("deletionProtection"), "deletionProtection is not set");

        c.resource("rds-multi-az", instance, instance())
                .inStack("production")
                .pass()
                .fail(set("multiAz", false), "multiAz is false;")
                .unknown("multiAz")
                .inStack("staging")
                .pass(set("multiAz", false));

        c.resource("rds-iam-authentication", instance, instance())
                .pass()
                .fail(set("iamDatabaseAuthenticationEnabled", false), "iamDatabaseAuthenticationEnabled is false;")
                .unknown("iamDatabaseAuthenticationEnabled")
                .as(cluster, cluster())
                .fail(del("iamDatabaseAuthenticationEnabled"), "iamDatabaseAuthenticationEnabled is not set");

        c.resource("rds-performance-insights-encrypted", instance, instance())
                .pass()
                .pass(set("performanceInsightsEnabled", false), del("performanceInsightsKmsKeyId"))
                .fail(del("performanceInsightsKmsKeyId"), "performanceInsightsEnabled is true but performanceInsightsKmsKeyId is not set;")
                .unknown("performanceInsightsKmsKeyId")
                .as(clusterInstance, m("clusterIdentifier", "c", "performanceInsightsEnabled", true))
                .fail(set("performanceInsightsEnabled", true), "performanceInsightsEnabled is true");

        c.resource("rds-performance-insights-enabled", instance, instance())
                .pass()
                .fail(set("performanceInsightsEnabled", false), "performanceInsightsEnabled is false;")
                .unknown("performanceInsightsEnabled");

        c.resource("rds-force-ssl", RDS_PARAMETER_GROUP.current(),
                        m("family", "postgres16", "parameters", l(m("name", "log_connections", "value", "1"),
                                m("name", "rds.force_ssl", "value", "1"))))
                .pass()
                .fail(set("parameters[1].value", "0"), "parameters rds.force_ssl is 0;")
                .fail(del("parameters[1]"), "parameters has no rds.force_ssl;")
                .unknown("parameters")
                .unknown("family")
                .as(RDS_CLUSTER_PARAMETER_GROUP.current(), m("family", "aurora-mysql8.0", "parameters",
                        l(m("name", "require_secure_transport", "value", "ON"))))
                .pass()
                .fail(set("parameters[0].value", "OFF"), "parameters require_secure_transport is OFF;")
                .pass(set("family", "oracle-ee-19"), del("parameters"));

        c.resource("rds-no-plaintext-password", instance, instance())
                .pass()
                .pass(del("manageMasterUserPassword"), set("password", new Secret("s3cret-s3cret")))
                .fail(set("password", "s3cret-s3cret"), "password is set as a plain (non-secret) value;")
                .unknown("password")
                .as(cluster, cluster())
                .fail(set("masterPassword", "s3cret-s3cret"), "masterPassword is set as a plain");

        c.resource("rds-final-snapshot", instance, instance())
                .inStack("production")
                .pass()
                .fail(set("skipFinalSnapshot", true), "skipFinalSnapshot is true;")
                .fail(del("finalSnapshotIdentifier"), "finalSnapshotIdentifier is not set;")
                .pass(set("replicateSourceDb", "db-src"), set("skipFinalSnapshot", true))
                .unknown("skipFinalSnapshot")
                .unknown("finalSnapshotIdentifier");

        c.resource("rds-enhanced-monitoring", instance, instance())
                .pass()
                .fail(set("monitoringInterval", 0), "monitoringInterval is 0 (enhanced monitoring off);")
                .unknown("monitoringInterval")
                .as(clusterInstance, m("clusterIdentifier", "c", "monitoringInterval", 30))
                .pass()
                .fail(del("monitoringInterval"), "monitoringInterval is not set");

        c.resource("rds-log-exports", instance, instance())
                .pass()
                .fail(set("enabledCloudwatchLogsExports", l("upgrade")), "enabledCloudwatchLogsExports does not include postgresql;")
                .unknown("enabledCloudwatchLogsExports")
                .unknown("engine")
                .pass(set("engine", "db2-se"), del("enabledCloudwatchLogsExports"))
                .as(cluster, cluster())
                .pass()
                .fail(del("enabledCloudwatchLogsExports"), "enabledCloudwatchLogsExports does not include audit;")
                .as(instance, m("engine", "sqlserver-ex", "enabledCloudwatchLogsExports", l("error")))
                .fail(set("engine", "sqlserver-ex"), "enabledCloudwatchLogsExports does not include agent;");

        c.resource("rds-auto-minor-version-upgrade", instance, instance())
                .pass()
                .pass(del("autoMinorVersionUpgrade"))
                .fail(set("autoMinorVersionUpgrade", false), "autoMinorVersionUpgrade is false;")
                .unknown("autoMinorVersionUpgrade")
                .as(clusterInstance, m("clusterIdentifier", "c"))
                .fail(set("autoMinorVersionUpgrade", false), "autoMinorVersionUpgrade is false;");

        c.resource("rds-copy-tags-to-snapshot", instance, instance())
                .pass()
                .fail(set("copyTagsToSnapshot", false), "copyTagsToSnapshot is false;")
                .unknown("copyTagsToSnapshot")
                .as(cluster, cluster())
                .fail(del("copyTagsToSnapshot"), "copyTagsToSnapshot is not set");

        c.resource("rds-aurora-backtracking", cluster, cluster())
                .pass()
                .pass(set("engine", "aurora-postgresql"), del("backtrackWindow"))
                .fail(del("backtrackWindow"), "backtrackWindow is not set;")
                .fail(set("backtrackWindow", 0), "backtrackWindow is 0;")
                .unknown("backtrackWindow");

        c.resource("rds-aurora-mysql-audit-logging", RDS_CLUSTER_PARAMETER_GROUP.current(),
                        m("family", "aurora-mysql8.0", "parameters", l(m("name", "server_audit_logging", "value", "1"))))
                .pass()
                .pass(set("family", "aurora-postgresql15"), del("parameters"))
                .fail(set("parameters[0].value", "0"), "parameters server_audit_logging is 0;")
                .fail(del("parameters"), "parameters server_audit_logging is not set;")
                .unknown("parameters");

        c.resource("rds-snapshot-private", RDS_SNAPSHOT.current(), m("dbInstanceIdentifier", "db", "dbSnapshotIdentifier", "s"))
                .pass()
                .pass(set("sharedAccounts", l("123456789012")))
                .fail(set("sharedAccounts", l("all")), "sharedAccounts includes all;")
                .unknown("sharedAccounts")
                .as(RDS_CLUSTER_SNAPSHOT.current(), m("dbClusterIdentifier", "c", "dbClusterSnapshotIdentifier", "s"))
                .fail(set("sharedAccounts", l("all")), "sharedAccounts includes all;");

        PolicyResource encryptedDb = r(instance, "db").p("identifier", "db").ps(m("storageEncrypted", true)).build();
        c.stack("rds-snapshot-encrypted", encryptedDb,
                        r(RDS_SNAPSHOT.current(), "db-snap").p("dbInstanceIdentifier", "db").build())
                .pass()
                .fail(set("db", "storageEncrypted", false), "snapshot of db whose storageEncrypted is false;")
                .unknown(unknown("db", "storageEncrypted"));

        c.resource("rds-proxy-require-tls", RDS_PROXY.current(), m("name", "p", "engineFamily", "POSTGRESQL", "requireTls", true))
                .pass()
                .fail(set("requireTls", false), "requireTls is false;")
                .fail(del("requireTls"), "requireTls is not set")
                .unknown("requireTls");

        c.resource("rds-event-subscription-categories", RDS_EVENT_SUBSCRIPTION.current(),
                        m("snsTopic", "arn:aws:sns:us-east-1:123456789012:alarms", "sourceType", "db-instance",
                                "eventCategories", l("maintenance", "configuration change", "failure", "deletion")))
                .pass()
                .pass(del("eventCategories"))
                .fail(set("eventCategories", l("failure")), "eventCategories does not include maintenance, configuration change;")
                .unknown("eventCategories")
                .unknown("sourceType");

        PolicyResource db = r(instance, "db").ps(instance()).build();
        c.stack("rds-event-subscriptions", db,
                        r(RDS_EVENT_SUBSCRIPTION.current(), "db-events").p("sourceType", "db-instance").build(),
                        r(RDS_EVENT_SUBSCRIPTION.current(), "pg-events").p("sourceType", "db-parameter-group").build(),
                        r(RDS_EVENT_SUBSCRIPTION.current(), "sg-events").p("sourceType", "db-security-group").build())
                .pass()
                .fail(drop("pg-events"), "no aws:rds/eventSubscription:EventSubscription with sourceType db-parameter-group;")
                .unknown(unknown("db-events", "sourceType"));

        c.resource("rds-non-default-port", instance, instance())
                .pass()
                .pass(set("replicateSourceDb", "db-src"), del("port"))
                .fail(del("port"), "port is 5432 (the default);")
                .fail(set("port", 5432), "port is 5432;")
                .unknown("port")
                .as(cluster, cluster())
                .fail(set("port", 3306), "port is 3306;");

        c.resource("rds-custom-admin-username", instance, instance())
                .pass()
                .fail(set("username", "postgres"), "username is postgres;")
                .unknown("username")
                .as(cluster, cluster())
                .fail(set("masterUsername", "Admin"), "masterUsername is Admin;");

        c.resource("rds-automated-backups-retained", instance, instance())
                .pass()
                .fail(set("deleteAutomatedBackups", true), "deleteAutomatedBackups is true;")
                .fail(del("deleteAutomatedBackups"), "deleteAutomatedBackups is not set (AWS deletes them with the database);")
                .pass(set("replicateSourceDb", "db-src"), del("deleteAutomatedBackups"))
                .unknown("deleteAutomatedBackups")
                .as(cluster, cluster())
                .fail(del("deleteAutomatedBackups"), "deleteAutomatedBackups is not set");

        PolicyResource aurora = r(cluster, "aurora").p("clusterIdentifier", "aurora").ps(cluster()).build();
        c.stack("rds-aurora-multi-az", aurora,
                        r(clusterInstance, "aurora-1").p("clusterIdentifier", "aurora").build(),
                        r(clusterInstance, "aurora-2").p("clusterIdentifier", UNKNOWN).dep("clusterIdentifier", aurora).build())
                .inStack("production")
                .pass()
                .fail(drop("aurora-2"), "cluster has 1 aws:rds/clusterInstance:ClusterInstance;")
                // the second instance's cluster is not known and not traceable: it may be this one
                .unknown(List.of(drop("aurora-2"), add(r(clusterInstance, "stray").p("clusterIdentifier", UNKNOWN).build())));

        // A database in subnets whose route table sends 0.0.0.0/0 to an internet gateway.
        PolicyResource subnet = r(SUBNET.current(), "data-a").p("cidrBlock", "10.0.20.0/24").build();
        PolicyResource table = r(ROUTE_TABLE.current(), "data-rt").build();
        PolicyResource igw = r(INTERNET_GATEWAY.current(), "igw").build();
        PolicyResource subnets = r(RDS_SUBNET_GROUP.current(), "db-subnets").p("name", "db-subnets")
                .p("subnetIds", l(UNKNOWN)).dep("subnetIds", subnet).build();
        PolicyResource routedDb = r(instance, "db").ps(instance()).p("dbSubnetGroupName", UNKNOWN).dep("dbSubnetGroupName", subnets).build();
        PolicyResource association = r(ROUTE_TABLE_ASSOCIATION.current(), "data-a-rt").p("subnetId", UNKNOWN).dep("subnetId", subnet)
                .p("routeTableId", UNKNOWN).dep("routeTableId", table).build();
        PolicyResource toIgw = r(ROUTE.current(), "data-default").p("routeTableId", UNKNOWN).dep("routeTableId", table)
                .p("destinationCidrBlock", "0.0.0.0/0").p("gatewayId", UNKNOWN).dep("gatewayId", igw).build();
        c.stack("rds-no-internet-gateway-route", subnet, table, igw, subnets, routedDb, association)
                .pass()
                .pass(add(r(ROUTE.current(), "data-local").p("routeTableId", UNKNOWN).dep("routeTableId", table)
                        .p("destinationCidrBlock", "10.9.0.0/16").p("gatewayId", "igw-1").build()))
                .fail(add(toIgw), "subnet data-a routes 0.0.0.0/0 to internet gateway gatewayId (data-default);")
                .unknown(add(r(ROUTE.current(), "data-default").p("routeTableId", UNKNOWN).dep("routeTableId", table)
                        .p("destinationCidrBlock", "0.0.0.0/0").p("gatewayId", UNKNOWN).build()));

        elastiCache(c);
    }

    static void elastiCache(Cases c) {
        String group = ELASTICACHE_REPLICATION_GROUP.current();
        String cluster = ELASTICACHE_CLUSTER.current();
        Map<String, Object> redis = m("engine", "redis", "nodeType", "cache.t3.small", "numCacheClusters", 2,
                "automaticFailoverEnabled", true, "multiAzEnabled", true, "atRestEncryptionEnabled", true, "kmsKeyId", KEY,
                "transitEncryptionEnabled", true, "transitEncryptionMode", "required",
                "authToken", new Secret("0123456789abcdef-token"), "snapshotRetentionLimit", 5,
                "autoMinorVersionUpgrade", "true", "subnetGroupName", "redis-subnets");
        Map<String, Object> memcached = m("engine", "memcached", "nodeType", "cache.t3.small", "numCacheNodes", 1,
                "subnetGroupName", "cache-subnets");

        c.resource("elasticache-encryption-at-rest", group, redis)
                .pass()
                .fail(set("atRestEncryptionEnabled", false), "atRestEncryptionEnabled is false;")
                .unknown("atRestEncryptionEnabled");

        c.resource("elasticache-encryption-in-transit", group, redis)
                .pass()
                .fail(set("transitEncryptionEnabled", false), "transitEncryptionEnabled is false;")
                .fail(set("transitEncryptionMode", "preferred"), "transitEncryptionMode is preferred;")
                .unknown("transitEncryptionEnabled")
                .as(cluster, m("engine", "memcached", "nodeType", "cache.t3.small", "transitEncryptionEnabled", true))
                .pass()
                .fail(set("transitEncryptionEnabled", false), "transitEncryptionEnabled is false;");

        c.resource("elasticache-auth", group, redis)
                .pass()
                .pass(del("authToken"), set("userGroupIds", l("platform-users")))
                .fail(del("authToken"), "neither authToken nor userGroupIds is set;")
                .unknownIsEnough("authToken");

        c.resource("elasticache-auth-token-secret", group, redis)
                .pass()
                .fail(set("authToken", "0123456789abcdef-token"), "authToken is set as a plain (non-secret) value;")
                .unknown("authToken");

        c.resource("elasticache-automatic-failover", group, redis)
                .inStack("production")
                .pass()
                .fail(set("automaticFailoverEnabled", false), "automaticFailoverEnabled is false;")
                .unknown("automaticFailoverEnabled");

        c.resource("elasticache-snapshot-retention", group, redis)
                .pass()
                .fail(set("snapshotRetentionLimit", 0), "snapshotRetentionLimit is 0;")
                .unknown("snapshotRetentionLimit");

        c.resource("elasticache-auto-minor-version-upgrade", group, redis)
                .pass()
                .pass(del("autoMinorVersionUpgrade"))
                .fail(set("autoMinorVersionUpgrade", "false"), "autoMinorVersionUpgrade is false;")
                .unknown("autoMinorVersionUpgrade")
                .as(cluster, memcached)
                .fail(set("autoMinorVersionUpgrade", "false"), "autoMinorVersionUpgrade is false;");

        c.resource("elasticache-no-default-subnet-group", group, redis)
                .pass()
                .fail(del("subnetGroupName"), "subnetGroupName is not set")
                .fail(set("subnetGroupName", "default"), "subnetGroupName is default;")
                .unknown("subnetGroupName")
                .as(cluster, memcached)
                .pass()
                .fail(del("subnetGroupName"), "subnetGroupName is not set");
    }
}
