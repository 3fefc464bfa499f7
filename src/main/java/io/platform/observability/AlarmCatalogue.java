package io.platform.observability;

import com.pulumi.core.Output;
import io.platform.config.AlarmDefinition;
import io.platform.config.BuiltInAlarm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds each alarm of the stack's config ({@link io.platform.config.BuiltInAlarm} defaults with the
 * stack's tuning, and its custom alarms) to the real resources it watches: the ALB and a service's target
 * group, the service in its cluster, the database, a replica, a Redis node, a distribution, a replicated
 * bucket pair.
 */
final class AlarmCatalogue {
    static final long GIB = 1024L * 1024 * 1024;

    private AlarmCatalogue() {
    }

    static List<AlarmSpec> bind(ObservabilityArgs args) {
        return args.config().alarms().stream().map(d -> new AlarmSpec(d, dimensions(args, d))).toList();
    }

    private static Map<String, Output<String>> dimensions(ObservabilityArgs args, AlarmDefinition definition) {
        if (definition.builtIn().isEmpty()) {
            Map<String, Output<String>> literal = new LinkedHashMap<>();
            definition.dimensions().forEach((k, v) -> literal.put(k, Output.of(v)));
            return literal;
        }
        BuiltInAlarm alarm = definition.builtIn().get();
        String instance = definition.instance().orElse("");
        return switch (alarm.scope()) {
            case STACK -> stackDimensions(args, alarm);
            case PUBLIC_SERVICE -> Map.of("LoadBalancer", args.alb().arnSuffix(),
                    "TargetGroup", required(args.alb().targetGroups(), instance, "target group"));
            case SERVICE -> alarm == BuiltInAlarm.APP_ERRORS ? Map.of()
                    : Map.of("ClusterName", args.clusterName(), "ServiceName", service(args, instance).serviceName());
            case REPLICA -> Map.of("DBInstanceIdentifier", args.replicas().stream()
                    .filter(r -> r.name().equals(instance)).findFirst().orElseThrow().identifier());
            case REDIS_NODE -> Map.of("CacheClusterId", args.cache().orElseThrow().replicationGroupId()
                    .applyValue(id -> id + "-" + instance));
            case FRONT_END -> Map.of("DistributionId", required(args.distributionIds(), instance, "distribution"),
                    "Region", Output.of("Global"));
            case REPLICATED_BUCKET -> {
                ObservabilityArgs.ReplicatedBucket bucket = args.replicatedBuckets().stream()
                        .filter(b -> b.name().equals(instance)).findFirst().orElseThrow();
                yield Map.of("SourceBucket", bucket.sourceBucket(), "DestinationBucket", bucket.destinationBucket(),
                        "RuleId", Output.of(bucket.ruleId()));
            }
        };
    }

    private static Map<String, Output<String>> stackDimensions(ObservabilityArgs args, BuiltInAlarm alarm) {
        if (alarm.namespace().equals("AWS/RDS")) {
            return Map.of(args.database().cluster() ? "DBClusterIdentifier" : "DBInstanceIdentifier",
                    args.database().identifier());
        }
        if (alarm.namespace().equals("AWS/ApplicationELB")) {
            return Map.of("LoadBalancer", args.alb().arnSuffix());
        }
        return Map.of(); // SES reputation is account-wide
    }

    private static ObservabilityArgs.Service service(ObservabilityArgs args, String name) {
        return args.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no service " + name + " among the observability args"));
    }

    private static Output<String> required(Map<String, Output<String>> map, String key, String what) {
        Output<String> value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + what + " for " + key + " among the observability args");
        }
        return value;
    }
}
