package io.platform.data;

import com.pulumi.aws.Provider;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.DataConfig;
import io.platform.config.Naming;

import java.util.Map;
import java.util.Optional;

/**
 * One read replica of the RDS PostgreSQL instance, in the stack's region or in another one
 * (through that region's provider). Seed 004 keeps one in us-west-2 for reads and failover.
 */
public final class ReadReplica extends ComponentResource {
    private final Instance instance;
    private final DataConfig.ReadReplica config;
    private final Optional<Provider> provider;

    public ReadReplica(String name, ReadReplicaArgs args, ComponentResourceOptions options) {
        super("platform:data:ReadReplica", name, options);
        Naming naming = args.naming();
        this.config = args.replica();
        this.provider = args.placement().provider();
        DataConfig.Database db = args.database();
        var placement = args.placement();
        var opts = CustomResourceOptions.builder().parent(this).protect(db.protect());
        provider.ifPresent(opts::provider);
        String resource = "db-" + config.name();
        // Names in another region carry the stack's region qualifier: two stacks may replicate there.
        String identifier = config.crossRegion() ? naming.globalName(resource) : naming.name(resource);
        this.instance = new Instance(naming.name(resource), InstanceArgs.builder()
                .identifier(identifier)
                .replicateSourceDb(args.source())
                .instanceClass(config.instanceClass())
                .storageType("gp3")
                .maxAllocatedStorage(db.maxAllocatedStorageGb())
                .storageEncrypted(true)
                .kmsKeyId(placement.keyArn())
                .port(PostgresDatabase.PORT)
                .dbSubnetGroupName(placement.subnetGroupName())
                .vpcSecurityGroupIds(placement.securityGroupIds())
                .publiclyAccessible(false)
                .multiAz(config.multiAz())
                .parameterGroupName(placement.parameterGroupName())
                .maintenanceWindow(PostgresDatabase.MAINTENANCE_WINDOW)
                .copyTagsToSnapshot(true)
                .performanceInsightsEnabled(true)
                .performanceInsightsKmsKeyId(placement.keyArn())
                .performanceInsightsRetentionPeriod(PostgresDatabase.PERFORMANCE_INSIGHTS_DAYS)
                .monitoringInterval(PostgresDatabase.MONITORING_INTERVAL_SECONDS)
                .monitoringRoleArn(args.rdsMonitoringRoleArn())
                .enabledCloudwatchLogsExports(PostgresDatabase.LOG_EXPORTS)
                .iamDatabaseAuthenticationEnabled(true)
                // The replica follows its source's engine version; it upgrades minors as the source does.
                .autoMinorVersionUpgrade(db.autoMinorVersionUpgrade())
                .deletionProtection(db.deletionProtection())
                // RDS refuses a final snapshot of a read replica; the source's backups cover its data.
                .skipFinalSnapshot(true)
                .tags(naming.tags(resource))
                .build(), opts.build());
        registerOutputs(Map.of("identifier", instance.identifier(), "address", instance.address()));
    }

    /** {@code DBInstanceIdentifier}, for alarms. */
    public Output<String> identifier() {
        return instance.identifier();
    }

    public Output<String> address() {
        return instance.address();
    }

    public DataConfig.ReadReplica config() {
        return config;
    }

    /** The other region's provider, for alarms there; empty in the stack's region. */
    public Optional<Provider> provider() {
        return provider;
    }
}
