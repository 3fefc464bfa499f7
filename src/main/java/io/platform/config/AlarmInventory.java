package io.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which built-in alarms a stack gets, from what it declares: per service, public service, replica,
 * Redis node, front end and replicated bucket; the database's storage alarm only on an RDS instance
 * (Aurora grows by itself); SES reputation only where SES is used (the {@code email-smtp} endpoint);
 * no "too few tasks" alarms on a stack stopped every night.
 *
 * @param replicatedBuckets bucket purposes replicated to the DR region ({@code documents} and catalogue buckets)
 * @param region            the stack's region
 * @param replicaRegions    replica name → its region, for replicas in another region (their metrics live there)
 */
public record AlarmInventory(List<ServiceConfig> services, boolean auroraCluster, int databaseMaxConnections,
                             List<String> replicas, List<String> redisNodes, boolean redisReplicas,
                             List<String> frontEnds, List<String> replicatedBuckets, boolean sesUsed,
                             boolean scheduledDowntime, String region, Map<String, String> replicaRegions) {

    /** One built-in alarm on one thing, with its threshold when the stack derives it. */
    public record Entry(BuiltInAlarm alarm, Optional<String> instance, double defaultThreshold,
                        Optional<String> region) {
        public String name() {
            return instance.map(alarm::nameFor).orElse(alarm.id());
        }
    }

    public static AlarmInventory of(NetworkConfig network, DataConfig data, ComputeConfig compute, EdgeConfig edge,
                                    OperationsConfig operations, int databaseMaxConnections, String region) {
        List<String> replicated = new ArrayList<>();
        if (operations.drRegion().isPresent()) {
            replicated.add("documents");
            data.buckets().stream().filter(BucketConfig::replication).forEach(b -> replicated.add(b.name()));
        }
        return new AlarmInventory(compute.services(),
                data.database().engine() == DatabaseEngine.AURORA_SERVERLESS_V2, databaseMaxConnections,
                data.database().readReplicas().stream().map(DataConfig.ReadReplica::name).toList(),
                data.redis().map(r -> RedisNodes.suffixes(r.clusterMode(), r.shards(), r.nodesPerShard()))
                        .orElse(List.of()),
                data.redis().map(r -> r.nodesPerShard() > 1).orElse(false),
                edge.frontEnds().stream().map(EdgeConfig.FrontEnd::name).toList(), replicated,
                network.interfaceEndpoints().contains(NetworkConfig.SMTP_ENDPOINT), operations.autoShutdown(), region,
                data.database().readReplicas().stream().filter(r -> r.region().isPresent())
                        .collect(java.util.stream.Collectors.toMap(DataConfig.ReadReplica::name, r -> r.region().get())));
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (BuiltInAlarm alarm : BuiltInAlarm.values()) {
            if (applies(alarm)) {
                entries.addAll(instancesOf(alarm));
            }
        }
        return List.copyOf(entries);
    }

    /** The names one scope's alarms are declared for (empty for a stack-wide one). */
    public List<String> names(AlarmScope scope) {
        return switch (scope) {
            case STACK -> List.of();
            case SERVICE -> services.stream().map(ServiceConfig::name).toList();
            case PUBLIC_SERVICE -> services.stream().filter(ServiceConfig::isPublic).map(ServiceConfig::name).toList();
            case REPLICA -> replicas;
            case REDIS_NODE -> redisNodes;
            case FRONT_END -> frontEnds;
            case REPLICATED_BUCKET -> replicatedBuckets;
        };
    }

    private boolean applies(BuiltInAlarm alarm) {
        return switch (alarm) {
            // No data means no task reports at all: the outage these exist for — unless the stack is
            // scaled to zero every night on purpose, when they would page twice a day.
            case ECS_RUNNING, ALB_HEALTHY -> !scheduledDowntime;
            case RDS_FREE_STORAGE -> !auroraCluster;
            // After a failover any node can be the replica: lag is watched on all of them.
            case REDIS_REPLICATION_LAG -> redisReplicas;
            case SES_BOUNCE_RATE, SES_COMPLAINT_RATE -> sesUsed;
            default -> true;
        };
    }

    private List<Entry> instancesOf(BuiltInAlarm alarm) {
        if (alarm.scope() == AlarmScope.STACK) {
            double threshold = alarm == BuiltInAlarm.RDS_CONNECTIONS ? Math.floor(databaseMaxConnections * 0.8)
                    : alarm.threshold();
            return List.of(new Entry(alarm, Optional.empty(), threshold, Optional.empty()));
        }
        List<Entry> entries = new ArrayList<>();
        for (String name : names(alarm.scope())) {
            double threshold = Double.isNaN(alarm.threshold()) ? minTasks(name) : alarm.threshold();
            entries.add(new Entry(alarm, Optional.of(name), threshold, regionOf(alarm, name)));
        }
        return entries;
    }

    /** CloudFront publishes in us-east-1 only; a replica in another region publishes there. */
    private Optional<String> regionOf(BuiltInAlarm alarm, String name) {
        if (alarm.scope() == AlarmScope.FRONT_END && !region.equals("us-east-1")) {
            return Optional.of("us-east-1");
        }
        return alarm.scope() == AlarmScope.REPLICA ? Optional.ofNullable(replicaRegions.get(name)) : Optional.empty();
    }

    private int minTasks(String service) {
        return services.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().min();
    }
}
