package io.platform.observability;

import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;
import io.platform.json.StableJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboards beside the overview, generated from what the stack declares: {@code services} (a row per
 * service), {@code data} (database, replicas, Redis nodes), {@code edge} (a row per distribution, in
 * us-east-1 where CloudFront publishes), {@code functions} (a row per Lambda function), and with
 * {@code dashboards.perService} one per service. Adding a service adds its row; a tier the stack does not
 * have gets no dashboard.
 */
final class TierDashboards {
    static final int WIDTH = 8;
    static final int HEIGHT = 6;

    private TierDashboards() {
    }

    /** A titled row of metric widgets, as laid out on a 24-column grid. */
    record Row(String title, List<Map<String, Object>> widgets) {
    }

    static void declare(ObservabilityArgs args, CustomResourceOptions child) {
        String region = args.account().region();
        Naming naming = args.naming();
        List<Output<Row>> serviceRows = args.services().stream().map(s -> Output.tuple(args.clusterName(),
                s.serviceName(), args.alb().arnSuffix(), target(args, s.name()))
                .applyValue(t -> serviceRow(args, s.name(), t.t1, t.t2, t.t3, t.t4, region))).toList();
        dashboard(naming, "services", Output.all(serviceRows), child);
        if (args.config().perServiceDashboards()) {
            for (int i = 0; i < args.services().size(); i++) {
                dashboard(naming, "service-" + args.services().get(i).name(), serviceRows.get(i).applyValue(List::of),
                        child);
            }
        }
        dashboard(naming, "data", dataRows(args, region), child);
        if (!args.distributionIds().isEmpty()) {
            List<Output<Row>> rows = new ArrayList<>();
            args.distributionIds().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(
                    e.getValue().applyValue(id -> new Row("Front end " + e.getKey(), List.of(
                            widget("Requests", "us-east-1", "timeSeries", List.of(cdn("Requests", id, "Sum"))),
                            widget("Error rates (4xx/5xx %)", "us-east-1", "timeSeries", List.of(
                                    cdn("4xxErrorRate", id, "Average"), cdn("5xxErrorRate", id, "Average"))),
                            widget("Bytes downloaded", "us-east-1", "timeSeries",
                                    List.of(cdn("BytesDownloaded", id, "Sum"))))))));
            dashboard(naming, "edge", Output.all(rows), child);
        }
        if (!args.functionNames().isEmpty()) {
            List<Row> rows = args.functionNames().stream().map(f -> new Row("Function " + f, List.of(
                    widget("Invocations and errors", region, "timeSeries", List.of(lambda("Invocations", f, "Sum"),
                            lambda("Errors", f, "Sum"), lambda("Throttles", f, "Sum"))),
                    widget("Duration (p50/p99)", region, "timeSeries", List.of(lambda("Duration", f, "p50"),
                            lambda("Duration", f, "p99"))),
                    widget("Concurrent executions", region, "timeSeries",
                            List.of(lambda("ConcurrentExecutions", f, "Maximum")))))).toList();
            dashboard(naming, "functions", Output.of(rows), child);
        }
    }

    private static Output<String> target(ObservabilityArgs args, String service) {
        return args.alb().targetGroups().getOrDefault(service, Output.of(""));
    }

    private static Row serviceRow(ObservabilityArgs args, String name, String cluster, String service, String alb,
                                  String targetGroup, String region) {
        List<List<Object>> health = new ArrayList<>(List.of(List.of("ECS/ContainerInsights", "RunningTaskCount",
                "ClusterName", cluster, "ServiceName", service, stat("Minimum"))));
        if (!targetGroup.isEmpty()) {
            health.add(List.of("AWS/ApplicationELB", "HealthyHostCount", "LoadBalancer", alb, "TargetGroup",
                    targetGroup, stat("Minimum")));
            health.add(List.of("AWS/ApplicationELB", "UnHealthyHostCount", "LoadBalancer", alb, "TargetGroup",
                    targetGroup, stat("Maximum")));
        }
        return new Row("Service " + name, List.of(
                widget("CPU and memory (%)", region, "timeSeries", List.of(
                        List.of("AWS/ECS", "CPUUtilization", "ClusterName", cluster, "ServiceName", service,
                                stat("Average")),
                        List.of("AWS/ECS", "MemoryUtilization", "ClusterName", cluster, "ServiceName", service,
                                stat("Average")))),
                widget("Tasks and targets", region, "timeSeries", health),
                widget("ERROR log lines", region, "timeSeries", List.of(List.of(args.naming().metricNamespace(),
                        io.platform.config.BuiltInAlarm.errorMetric(name), stat("Sum"))))));
    }

    private static Output<List<Row>> dataRows(ObservabilityArgs args, String region) {
        String dimension = args.database().cluster() ? "DBClusterIdentifier" : "DBInstanceIdentifier";
        Output<Row> database = args.database().identifier().applyValue(db -> new Row("Database", List.of(
                widget("CPU (%) and connections", region, "timeSeries", List.of(
                        List.of("AWS/RDS", "CPUUtilization", dimension, db, stat("Average")),
                        List.of("AWS/RDS", "DatabaseConnections", dimension, db, Map.of("stat", "Maximum",
                                "yAxis", "right")))),
                widget("Read/write latency (s)", region, "timeSeries", List.of(
                        List.of("AWS/RDS", "ReadLatency", dimension, db, stat("Average")),
                        List.of("AWS/RDS", "WriteLatency", dimension, db, stat("Average")))),
                widget("Freeable memory (bytes)", region, "timeSeries", List.of(
                        List.of("AWS/RDS", "FreeableMemory", dimension, db, stat("Minimum")))))));
        List<Output<Row>> rows = new ArrayList<>(List.of(database));
        for (ObservabilityArgs.Replica replica : args.replicas()) {
            String where = replica.region().orElse(region);
            rows.add(replica.identifier().applyValue(id -> new Row("Read replica " + replica.name(), List.of(
                    widget("Replica lag (s)", where, "timeSeries",
                            List.of(List.of("AWS/RDS", "ReplicaLag", "DBInstanceIdentifier", id, stat("Maximum")))),
                    widget("CPU (%)", where, "timeSeries",
                            List.of(List.of("AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", id, stat("Average")))),
                    widget("Free storage (bytes)", where, "timeSeries", List.of(List.of("AWS/RDS",
                            "FreeStorageSpace", "DBInstanceIdentifier", id, stat("Minimum"))))))));
        }
        args.cache().ifPresent(cache -> rows.add(cache.replicationGroupId().applyValue(group -> {
            List<String> nodes = cache.members().stream().map(m -> group + "-" + m).toList();
            return new Row("Redis", List.of(
                    widget("Cache hit rate (%)", region, "timeSeries", perNode(nodes, "CacheHitRate", "Average")),
                    widget("Memory (%)", region, "timeSeries",
                            perNode(nodes, "DatabaseMemoryUsagePercentage", "Average")),
                    widget("Engine CPU (%)", region, "timeSeries", perNode(nodes, "EngineCPUUtilization", "Average"))));
        })));
        return Output.all(rows);
    }

    private static List<List<Object>> perNode(List<String> nodes, String metric, String statistic) {
        return nodes.stream().map(n -> List.<Object>of("AWS/ElastiCache", metric, "CacheClusterId", n, stat(statistic)))
                .toList();
    }

    private static List<Object> cdn(String metric, String distribution, String statistic) {
        return List.of("AWS/CloudFront", metric, "DistributionId", distribution, "Region", "Global", stat(statistic));
    }

    private static List<Object> lambda(String metric, String function, String statistic) {
        return List.of("AWS/Lambda", metric, "FunctionName", function, stat(statistic));
    }

    private static Map<String, Object> stat(String statistic) {
        return Map.of("stat", statistic);
    }

    static Map<String, Object> widget(String title, String region, String view, List<? extends List<?>> metrics) {
        return Dashboard.metric(title, region, view, false, metrics);
    }

    private static void dashboard(Naming naming, String name, Output<List<Row>> rows, CustomResourceOptions child) {
        new com.pulumi.aws.cloudwatch.Dashboard(naming.name("dashboard-" + name), DashboardArgs.builder()
                .dashboardName(naming.globalName(name))
                .dashboardBody(rows.applyValue(TierDashboards::render))
                .build(), child);
    }

    /** Each row: a one-line heading across the grid, then its widgets side by side. */
    static String render(List<Row> rows) {
        List<Map<String, Object>> widgets = new ArrayList<>();
        int y = 0;
        for (Row row : rows) {
            widgets.add(Map.of("type", "text", "x", 0, "y", y, "width", 24, "height", 1,
                    "properties", Map.of("markdown", "## " + row.title())));
            y += 1;
            for (int c = 0; c < row.widgets().size(); c++) {
                Map<String, Object> widget = new LinkedHashMap<>(row.widgets().get(c));
                widget.put("x", (c % 3) * WIDTH);
                widget.put("y", y + (c / 3) * HEIGHT);
                widget.put("width", WIDTH);
                widget.put("height", HEIGHT);
                widgets.add(widget);
            }
            y += ((row.widgets().size() + 2) / 3) * HEIGHT;
        }
        return StableJson.write(Map.of("widgets", widgets));
    }
}
