package io.platform.data;

import com.pulumi.aws.rds.Cluster;
import com.pulumi.aws.rds.ClusterArgs;
import com.pulumi.aws.rds.ClusterInstance;
import com.pulumi.aws.rds.ClusterInstanceArgs;
import com.pulumi.aws.rds.ClusterParameterGroup;
import com.pulumi.aws.rds.ClusterParameterGroupArgs;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.ParameterGroup;
import com.pulumi.aws.rds.ParameterGroupArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.aws.rds.inputs.ClusterParameterGroupParameterArgs;
import com.pulumi.aws.rds.inputs.ClusterServerlessv2ScalingConfigurationArgs;
import com.pulumi.aws.rds.inputs.ParameterGroupParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.DataConfig;
import io.platform.config.DatabaseEngine;
import io.platform.config.Naming;

import java.util.List;

/**
 * PostgreSQL as an RDS instance or an Aurora Serverless v2 cluster, with the same guarantees
 * (SPEC §3.3): data subnets only, never public, KMS storage, RDS-managed master password,
 * Performance Insights with KMS, enhanced monitoring, log export, IAM auth, forced TLS.
 */
record PostgresDatabase(Endpoint endpoint, Output<String> masterSecretArn, Output<String> identifier,
                        Output<String> arn, boolean cluster, Output<String> subnetGroupName,
                        Output<String> parameterGroupName) {
    static final int PORT = 5432;
    static final String BACKUP_WINDOW = "03:00-04:00";
    static final String MAINTENANCE_WINDOW = "sun:04:00-sun:05:00";
    static final int MONITORING_INTERVAL_SECONDS = 60;
    static final int PERFORMANCE_INSIGHTS_DAYS = 7;
    static final List<String> LOG_EXPORTS = List.of("postgresql");

    static PostgresDatabase declare(DataArgs args, CustomResourceOptions child, CustomResourceOptions protectedChild) {
        Naming naming = args.naming();
        SubnetGroup subnets = new SubnetGroup(naming.name("db-subnets"), SubnetGroupArgs.builder()
                .description("Data subnets of " + naming.name("vpc"))
                .subnetIds(args.dataSubnetIds())
                .tags(naming.tags("db-subnets"))
                .build(), child);
        return args.config().database().engine() == DatabaseEngine.AURORA_SERVERLESS_V2
                ? aurora(args, subnets, child, protectedChild)
                : instance(args, subnets, child, protectedChild);
    }

    private static PostgresDatabase instance(DataArgs args, SubnetGroup subnets, CustomResourceOptions child,
                                             CustomResourceOptions protectedChild) {
        Naming naming = args.naming();
        DataConfig.Database db = args.config().database();
        ParameterGroup parameters = new ParameterGroup(naming.name("db-params"), ParameterGroupArgs.builder()
                .family("postgres" + PostgresParameters.majorVersion(db.engineVersion()))
                .description("TLS-only PostgreSQL with connection logging")
                .parameters(PostgresParameters.values().entrySet().stream().map(p -> ParameterGroupParameterArgs.builder()
                        .name(p.getKey()).value(p.getValue()).applyMethod("pending-reboot").build()).toList())
                .tags(naming.tags("db-params"))
                .build(), child);
        String identifier = naming.name("db");
        var builder = InstanceArgs.builder()
                .identifier(identifier)
                .engine("postgres")
                .engineVersion(db.engineVersion())
                .instanceClass(db.instanceClass())
                .allocatedStorage(db.allocatedStorageGb())
                .maxAllocatedStorage(db.maxAllocatedStorageGb())
                .storageType("gp3")
                .storageEncrypted(true)
                .kmsKeyId(args.dataKeyArn())
                .dbName(db.databaseName())
                .username(db.masterUsername())
                .manageMasterUserPassword(true)
                .masterUserSecretKmsKeyId(args.secretsKeyArn())
                .port(PORT)
                .dbSubnetGroupName(subnets.name())
                .vpcSecurityGroupIds(args.databaseSecurityGroupId().applyValue(List::of))
                .publiclyAccessible(false)
                .multiAz(db.multiAz())
                .parameterGroupName(parameters.name())
                .backupRetentionPeriod(db.backupRetentionDays())
                .backupWindow(BACKUP_WINDOW)
                .maintenanceWindow(MAINTENANCE_WINDOW)
                .copyTagsToSnapshot(true)
                .deleteAutomatedBackups(false)
                .performanceInsightsEnabled(true)
                .performanceInsightsKmsKeyId(args.dataKeyArn())
                .performanceInsightsRetentionPeriod(PERFORMANCE_INSIGHTS_DAYS)
                .monitoringInterval(MONITORING_INTERVAL_SECONDS)
                .monitoringRoleArn(args.rdsMonitoringRoleArn())
                .enabledCloudwatchLogsExports(LOG_EXPORTS)
                .iamDatabaseAuthenticationEnabled(true)
                // A major version with automatic minor upgrades, or a pinned minor without (the config ensures it).
                .autoMinorVersionUpgrade(db.autoMinorVersionUpgrade())
                .deletionProtection(db.deletionProtection())
                .skipFinalSnapshot(!db.finalSnapshot())
                .tags(naming.backupTags("db"));
        if (db.finalSnapshot()) {
            builder.finalSnapshotIdentifier(identifier + "-final");
        }
        Instance instance = new Instance(identifier, builder.build(), protectedChild);
        Output<String> secret = instance.masterUserSecrets().applyValue(s -> s.isEmpty() ? ""
                : s.get(0).secretArn().orElse(""));
        return new PostgresDatabase(new Endpoint(instance.address(), PORT), secret, instance.identifier(),
                instance.arn(), false, subnets.name(), parameters.name());
    }

    private static PostgresDatabase aurora(DataArgs args, SubnetGroup subnets, CustomResourceOptions child,
                                           CustomResourceOptions protectedChild) {
        Naming naming = args.naming();
        DataConfig.Database db = args.config().database();
        ClusterParameterGroup parameters = new ClusterParameterGroup(naming.name("db-cluster-params"),
                ClusterParameterGroupArgs.builder()
                        .family("aurora-postgresql" + PostgresParameters.majorVersion(db.engineVersion()))
                        .description("TLS-only Aurora PostgreSQL with connection logging")
                        .parameters(PostgresParameters.values().entrySet().stream().map(p ->
                                ClusterParameterGroupParameterArgs.builder().name(p.getKey()).value(p.getValue())
                                        .applyMethod("pending-reboot").build()).toList())
                        .tags(naming.tags("db-cluster-params"))
                        .build(), child);
        String identifier = naming.name("db");
        var builder = ClusterArgs.builder()
                .clusterIdentifier(identifier)
                .engine("aurora-postgresql")
                .engineMode("provisioned")
                .engineVersion(db.engineVersion())
                .serverlessv2ScalingConfiguration(ClusterServerlessv2ScalingConfigurationArgs.builder()
                        .minCapacity(db.minCapacityAcu()).maxCapacity(db.maxCapacityAcu()).build())
                .storageEncrypted(true)
                .kmsKeyId(args.dataKeyArn())
                .databaseName(db.databaseName())
                .masterUsername(db.masterUsername())
                .manageMasterUserPassword(true)
                .masterUserSecretKmsKeyId(args.secretsKeyArn())
                .port(PORT)
                .dbSubnetGroupName(subnets.name())
                .vpcSecurityGroupIds(args.databaseSecurityGroupId().applyValue(List::of))
                .dbClusterParameterGroupName(parameters.name())
                .backupRetentionPeriod(db.backupRetentionDays())
                .preferredBackupWindow(BACKUP_WINDOW)
                .preferredMaintenanceWindow(MAINTENANCE_WINDOW)
                .copyTagsToSnapshot(true)
                // Backups outlive the cluster: deleting it by mistake must not delete its restore points too.
                .deleteAutomatedBackups(false)
                .enabledCloudwatchLogsExports(LOG_EXPORTS)
                .iamDatabaseAuthenticationEnabled(true)
                .deletionProtection(db.deletionProtection())
                .skipFinalSnapshot(!db.finalSnapshot())
                .tags(naming.backupTags("db"));
        if (db.finalSnapshot()) {
            builder.finalSnapshotIdentifier(identifier + "-final");
        }
        // AWS applies minor engine upgrades itself (RDS.13): the pinned version is where the cluster starts,
        // so a newer minor version found later is not a change to undo.
        var upgradable = CustomResourceOptions.merge(protectedChild,
                CustomResourceOptions.builder().ignoreChanges("engineVersion").build());
        Cluster cluster = new Cluster(identifier, builder.build(), upgradable);
        for (int i = 1; i <= db.auroraInstances(); i++) {
            String instanceName = identifier + "-" + i;
            new ClusterInstance(instanceName, ClusterInstanceArgs.builder()
                    .identifier(instanceName)
                    .clusterIdentifier(cluster.id())
                    .engine("aurora-postgresql")
                    .engineVersion(db.engineVersion())
                    .instanceClass("db.serverless")
                    .dbSubnetGroupName(subnets.name())
                    .publiclyAccessible(false)
                    .performanceInsightsEnabled(true)
                    .performanceInsightsKmsKeyId(args.dataKeyArn())
                    .performanceInsightsRetentionPeriod(PERFORMANCE_INSIGHTS_DAYS)
                    .monitoringInterval(MONITORING_INTERVAL_SECONDS)
                    .monitoringRoleArn(args.rdsMonitoringRoleArn())
                    // Minor versions carry security fixes (RDS.13); the cluster ignores engineVersion changes so
                    // AWS's minor upgrades never show as a diff.
                    .autoMinorVersionUpgrade(db.autoMinorVersionUpgrade())
                    .copyTagsToSnapshot(true)
                    .tags(naming.tags("db-" + i))
                    .build(), upgradable);
        }
        Output<String> secret = cluster.masterUserSecrets().applyValue(s -> s.isEmpty() ? ""
                : s.get(0).secretArn().orElse(""));
        return new PostgresDatabase(new Endpoint(cluster.endpoint(), PORT), secret, cluster.clusterIdentifier(),
                cluster.arn(), true, subnets.name(), parameters.name());
    }
}
