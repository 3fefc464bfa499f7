package io.platform.observability;

import io.platform.json.StableJson;
import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of seed 001 §10.2, generated from the stack's resources: request, compute,
 * database and cache rows of three widgets each, then a Logs Insights widget of recent errors.
 */
final class Dashboard {
    static final List<String> ROWS = List.of("Request metrics", "Compute metrics", "Database metrics", "Cache metrics");
    private static final int WIDTH = 8;
    private static final int HEIGHT = 6;

    private Dashboard() {
    }

    /** What the widgets point at, once the resources exist. */
    private record Targets(String alb, String cluster, List<String> services, String database, List<String> cacheNodes,
                           List<String> logGroups) {
    }

    static void declare(ObservabilityArgs args, CustomResourceOptions child) {
        List<Output<String>> serviceNames = args.services().stream().map(ObservabilityArgs.Service::serviceName).toList();
        List<Output<String>> logGroups = args.services().stream().map(ObservabilityArgs.Service::logGroupName).toList();
        Output<String> cacheGroup = args.cache().map(ObservabilityArgs.Cache::replicationGroupId).orElse(Output.of(""));
        Output<Targets> targets = Output.tuple(args.alb().arnSuffix(), args.clusterName(), Output.all(serviceNames),
                        args.database().identifier(), cacheGroup, Output.all(logGroups))
                .applyValue(t -> new Targets(t.t1, t.t2, t.t3, t.t4, cacheNodes(t.t5, args.cache()), t.t6));
        new com.pulumi.aws.cloudwatch.Dashboard(args.naming().name("dashboard"), DashboardArgs.builder()
                .dashboardName(args.naming().globalName("overview"))
                .dashboardBody(targets.applyValue(t -> render(args, t)))
                .build(), child);
    }

    /** Every member cluster of the Redis group; none without Redis. */
    private static List<String> cacheNodes(String group, java.util.Optional<ObservabilityArgs.Cache> cache) {
        return cache.map(c -> c.members().stream().map(m -> group + "-" + m).toList()).orElse(List.of());
    }

    static String render(ObservabilityArgs args, Targets t) {
        String region = args.account().region();
        String dbDimension = args.database().cluster() ? "DBClusterIdentifier" : "DBInstanceIdentifier";
        List<Map<String, Object>> widgets = new ArrayList<>();
        List<List<Map<String, Object>>> rows = new ArrayList<>(List.of(
                List.of(
                        metric("Request rate", region, "timeSeries", true,
                                List.of(List.of("AWS/ApplicationELB", "RequestCount", "LoadBalancer", t.alb(), stat("Sum")))),
                        metric("Latency (p50/p99)", region, "timeSeries", false, List.of(
                                List.of("AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", t.alb(), stat("p50")),
                                List.of("AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", t.alb(), stat("p99")))),
                        metric("Error rate (5xx)", region, "timeSeries", false,
                                List.of(List.of("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", t.alb(),
                                        stat("Sum"))))),
                List.of(
                        metric("ECS CPU utilization", region, "timeSeries", false,
                                perService(t, "AWS/ECS", "CPUUtilization", "Average")),
                        metric("ECS memory usage", region, "timeSeries", false,
                                perService(t, "AWS/ECS", "MemoryUtilization", "Average")),
                        metric("Running tasks", region, "singleValue", false,
                                perService(t, "ECS/ContainerInsights", "RunningTaskCount", "Average"))),
                List.of(
                        metric("RDS connections", region, "timeSeries", false,
                                List.of(List.of("AWS/RDS", "DatabaseConnections", dbDimension, t.database(), stat("Maximum")))),
                        metric("RDS CPU utilization", region, "timeSeries", false,
                                List.of(List.of("AWS/RDS", "CPUUtilization", dbDimension, t.database(), stat("Average")))),
                        gauge("RDS free storage", region,
                                List.of(List.of("AWS/RDS", args.database().cluster() ? "FreeLocalStorage" : "FreeStorageSpace",
                                        dbDimension, t.database(), stat("Minimum"))),
                                args.database().storageCeilingGb() * AlarmCatalogue.GIB)),
                List.of(
                        metric("Redis hit/miss", region, "timeSeries", true, perNode(t, List.of("CacheHits", "CacheMisses"), "Sum")),
                        metric("Redis memory usage", region, "timeSeries", false,
                                perNode(t, List.of("DatabaseMemoryUsagePercentage"), "Average")),
                        metric("Redis connections", region, "singleValue", false,
                                perNode(t, List.of("CurrConnections"), "Maximum")))));
        if (args.cache().isEmpty()) {
            rows.remove(rows.size() - 1); // the cache row comes last
        }
        int y = 0;
        for (int r = 0; r < rows.size(); r++) {
            widgets.add(Map.of("type", "text", "x", 0, "y", y, "width", 24, "height", 1,
                    "properties", Map.of("markdown", "## " + ROWS.get(r))));
            y += 1;
            for (int c = 0; c < rows.get(r).size(); c++) {
                Map<String, Object> widget = new LinkedHashMap<>(rows.get(r).get(c));
                widget.put("x", c * WIDTH);
                widget.put("y", y);
                widget.put("width", WIDTH);
                widget.put("height", HEIGHT);
                widgets.add(widget);
            }
            y += HEIGHT;
        }
        StringBuilder query = new StringBuilder();
        t.logGroups().forEach(g -> query.append("SOURCE '").append(g).append("' | "));
        query.append(LogQueries.RECENT_ERRORS.replace("\n", " "));
        widgets.add(Map.of("type", "log", "x", 0, "y", y, "width", 24, "height", HEIGHT,
                "properties", Map.of("title", "Recent errors", "region", region, "view", "table",
                        "query", query.toString())));
        return StableJson.write(Map.of("widgets", widgets));
    }

    private static Map<String, Object> stat(String stat) {
        return Map.of("stat", stat);
    }

    private static List<List<Object>> perService(Targets t, String namespace, String metric, String stat) {
        return t.services().stream().map(s -> List.<Object>of(namespace, metric, "ClusterName", t.cluster(),
                "ServiceName", s, stat(stat))).toList();
    }

    private static List<List<Object>> perNode(Targets t, List<String> metrics, String stat) {
        List<List<Object>> lines = new ArrayList<>();
        for (String metric : metrics) {
            for (String node : t.cacheNodes()) {
                lines.add(List.of("AWS/ElastiCache", metric, "CacheClusterId", node, stat(stat)));
            }
        }
        return lines;
    }

    static Map<String, Object> metric(String title, String region, String view, boolean stacked,
                                              List<? extends List<?>> metrics) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("region", region);
        properties.put("view", view);
        properties.put("stacked", stacked);
        properties.put("period", 60);
        properties.put("metrics", metrics);
        return Map.of("type", "metric", "properties", properties);
    }

    private static Map<String, Object> gauge(String title, String region, List<? extends List<?>> metrics, long max) {
        Map<String, Object> properties = new LinkedHashMap<>(metric(title, region, "gauge", false, metrics));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) properties.get("properties"));
        inner.put("yAxis", Map.of("left", Map.of("min", 0, "max", max)));
        return Map.of("type", "metric", "properties", inner);
    }
}
