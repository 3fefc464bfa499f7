package io.platform.data;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.elasticache.ParameterGroup;
import com.pulumi.aws.elasticache.ParameterGroupArgs;
import com.pulumi.aws.elasticache.ReplicationGroup;
import com.pulumi.aws.elasticache.ReplicationGroupArgs;
import com.pulumi.aws.elasticache.SubnetGroup;
import com.pulumi.aws.elasticache.SubnetGroupArgs;
import com.pulumi.aws.elasticache.inputs.ParameterGroupParameterArgs;
import com.pulumi.aws.elasticache.inputs.ReplicationGroupLogDeliveryConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.DataConfig;
import io.platform.config.Naming;

import java.util.List;

/**
 * Redis as an ElastiCache replication group (SPEC §3.3): data subnets, KMS at rest, TLS in
 * transit, AUTH token from secret config, Multi-AZ with automatic failover when it has a
 * replica, 5-day snapshots, slow log to a KMS-encrypted log group. Either one shard of a
 * primary and N replicas, or (cluster mode) several such shards behind a configuration
 * endpoint, with a parameter group that turns cluster mode on.
 */
record RedisCache(Endpoint endpoint, Output<String> replicationGroupId) {
    static final int PORT = 6379;
    /** Snapshots run after the database's backup window (03:00-04:00) and never overlap maintenance. */
    static final String SNAPSHOT_WINDOW = "05:00-06:00";
    static final String MAINTENANCE_WINDOW = "sun:06:00-sun:07:00";

    static RedisCache declare(DataArgs args, DataConfig.Redis redis, CustomResourceOptions child) {
        Naming naming = args.naming();
        SubnetGroup subnets = new SubnetGroup(naming.name("redis-subnets"), SubnetGroupArgs.builder()
                .name(naming.name("redis-subnets"))
                .description("Data subnets of " + naming.name("vpc"))
                .subnetIds(args.dataSubnetIds())
                .tags(naming.tags("redis-subnets"))
                .build(), child);
        LogGroup slowLog = new LogGroup(naming.name("redis-slow-log"), LogGroupArgs.builder()
                .name("/" + naming.project() + "/" + naming.environment() + "/redis/slow-log")
                .retentionInDays(args.logRetentionDays())
                .kmsKeyId(args.logsKeyArn())
                .tags(naming.tags("redis-slow-log"))
                .build(), child);
        String id = naming.name("redis");
        var group = ReplicationGroupArgs.builder()
                .replicationGroupId(id)
                .description("Redis for " + naming.project() + "-" + naming.environment())
                .engine("redis")
                .engineVersion(redis.engineVersion())
                .nodeType(redis.nodeType())
                .automaticFailoverEnabled(redis.automaticFailover())
                .multiAzEnabled(redis.multiAz())
                .port(PORT)
                .subnetGroupName(subnets.name())
                .securityGroupIds(args.redisSecurityGroupId().orElseThrow().applyValue(List::of))
                .atRestEncryptionEnabled(true)
                .kmsKeyId(args.dataKeyArn())
                .transitEncryptionEnabled(true)
                .authToken(Output.ofSecret(args.redisAuthToken().orElseThrow().reveal()))
                .snapshotRetentionLimit(redis.snapshotRetentionDays())
                .snapshotWindow(SNAPSHOT_WINDOW)
                .maintenanceWindow(MAINTENANCE_WINDOW)
                .autoMinorVersionUpgrade(true)
                .logDeliveryConfigurations(ReplicationGroupLogDeliveryConfigurationArgs.builder()
                        .destination(slowLog.name())
                        .destinationType("cloudwatch-logs")
                        .logFormat("json")
                        .logType("slow-log")
                        .build())
                .tags(naming.tags("redis"));
        if (redis.clusterMode()) {
            ParameterGroup parameters = new ParameterGroup(naming.name("redis-params"), ParameterGroupArgs.builder()
                    .name(naming.name("redis-params"))
                    .family(redis.parameterFamily())
                    .description("Cluster mode enabled Redis of " + naming.project() + "-" + naming.environment())
                    .parameters(ParameterGroupParameterArgs.builder().name("cluster-enabled").value("yes").build())
                    .tags(naming.tags("redis-params"))
                    .build(), child);
            group.clusterMode("enabled")
                    .numNodeGroups(redis.shards())
                    .replicasPerNodeGroup(redis.replicas())
                    .parameterGroupName(parameters.name());
        } else {
            group.numCacheClusters(redis.nodesPerShard());
        }
        ReplicationGroup created = new ReplicationGroup(id, group.build(), child);
        // Cluster-mode clients discover the shards through the configuration endpoint.
        Output<String> host = redis.clusterMode() ? created.configurationEndpointAddress()
                : created.primaryEndpointAddress();
        return new RedisCache(new Endpoint(host, PORT), created.replicationGroupId());
    }
}
