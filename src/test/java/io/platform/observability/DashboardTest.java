package io.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.platform.observability.OpsPlans.DASHBOARD;
import static io.platform.observability.OpsPlans.ECS_CLUSTER;
import static io.platform.observability.OpsPlans.ECS_SERVICE;
import static io.platform.observability.OpsPlans.LOAD_BALANCER;
import static io.platform.observability.OpsPlans.LOG_GROUP;
import static io.platform.observability.OpsPlans.OBSERVABILITY;
import static io.platform.observability.OpsPlans.RDS_CLUSTER;
import static io.platform.observability.OpsPlans.RDS_INSTANCE;
import static io.platform.observability.OpsPlans.REDIS;
import static io.platform.observability.OpsPlans.albArnSuffix;
import static io.platform.observability.OpsPlans.aurora;
import static io.platform.observability.OpsPlans.component;
import static io.platform.observability.OpsPlans.json;
import static io.platform.observability.OpsPlans.parse;
import static io.platform.observability.OpsPlans.plan;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.single;
import static io.platform.observability.OpsPlans.sources;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard of seed 001 §10.2, parsed: four rows (request, compute, database, cache) of a
 * text header and three metric widgets each, every metric bound to this stack's real ALB,
 * cluster, services, database and cache nodes, and a closing Logs Insights widget of recent
 * errors over every service's log group.
 */
class DashboardTest {
    private static final String GIB_100 = "107374182400";

    private static JsonNode body(PlanResult plan) {
        JsonNode body = json(resource(plan, DASHBOARD, "dashboard"), "dashboardBody");
        assertThat(body.fieldNames()).toIterable().containsExactly("widgets");
        return body.get("widgets");
    }

    private static List<JsonNode> widgets(PlanResult plan) {
        List<JsonNode> out = new ArrayList<>();
        body(plan).forEach(out::add);
        return out;
    }

    /** Row {@code row} (0-based): its header and its three metric widgets. */
    private static List<JsonNode> row(PlanResult plan, int row) {
        return widgets(plan).subList(row * 4, row * 4 + 4);
    }

    private static JsonNode metric(String... line) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < line.length - 1; i++) {
            json.append('"').append(line[i]).append("\",");
        }
        json.append("{\"stat\":\"").append(line[line.length - 1]).append("\"}]");
        return parse(json.toString());
    }

    private static void assertMetricWidget(JsonNode widget, String title, String view, boolean stacked,
                                           JsonNode... metrics) {
        assertThat(widget.get("type").asText()).isEqualTo("metric");
        JsonNode p = widget.get("properties");
        assertThat(p.get("title").asText()).isEqualTo(title);
        assertThat(p.get("region").asText()).isEqualTo("us-east-1");
        assertThat(p.get("view").asText()).as(title).isEqualTo(view);
        assertThat(p.get("stacked").asBoolean()).as(title).isEqualTo(stacked);
        assertThat(p.get("period").asInt()).isEqualTo(60);
        List<JsonNode> lines = new ArrayList<>();
        p.get("metrics").forEach(lines::add);
        assertThat(lines).as(title).containsExactly(metrics);
    }

    private static String in(RecordedResource resource, String key) {
        return (String) resource.inputValues().get(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void oneDashboardNamedForTheStack(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource dashboard = resource(plan, DASHBOARD, "dashboard");
        assertThat(dashboard.name()).isEqualTo("platform-" + stack + "-dashboard");
        assertThat(dashboard.inputValues()).containsEntry("dashboardName", "platform-" + stack + "-overview");
        assertThat(dashboard.parent()).isEqualTo(component(plan, OBSERVABILITY).urn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void fourRowsInTheSeedOrderEachAHeaderAndThreeWidgetsThenTheErrorLog(String stack) {
        List<JsonNode> widgets = widgets(plan(stack));
        assertThat(widgets).hasSize(17);
        List<String> headers = List.of("## Request metrics", "## Compute metrics", "## Database metrics",
                "## Cache metrics");
        for (int row = 0; row < 4; row++) {
            int y = row * 7;
            JsonNode header = widgets.get(row * 4);
            assertThat(header.get("type").asText()).isEqualTo("text");
            assertThat(header.get("properties").get("markdown").asText()).isEqualTo(headers.get(row));
            assertThat(List.of(header.get("x").asInt(), header.get("y").asInt(), header.get("width").asInt(),
                    header.get("height").asInt())).containsExactly(0, y, 24, 1);
            for (int column = 0; column < 3; column++) {
                JsonNode widget = widgets.get(row * 4 + 1 + column);
                assertThat(widget.get("type").asText()).isEqualTo("metric");
                assertThat(List.of(widget.get("x").asInt(), widget.get("y").asInt(), widget.get("width").asInt(),
                        widget.get("height").asInt())).containsExactly(column * 8, y + 1, 8, 6);
            }
        }
        JsonNode log = widgets.get(16);
        assertThat(log.get("type").asText()).isEqualTo("log");
        assertThat(List.of(log.get("x").asInt(), log.get("y").asInt(), log.get("width").asInt(),
                log.get("height").asInt())).containsExactly(0, 28, 24, 6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void requestRowChartsTheAlbsRequestsLatencyAndErrors(String stack) {
        PlanResult plan = plan(stack);
        String alb = albArnSuffix(plan);
        List<JsonNode> row = row(plan, 0);
        assertMetricWidget(row.get(1), "Request rate", "timeSeries", true,
                metric("AWS/ApplicationELB", "RequestCount", "LoadBalancer", alb, "Sum"));
        assertMetricWidget(row.get(2), "Latency (p50/p99)", "timeSeries", false,
                metric("AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", alb, "p50"),
                metric("AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", alb, "p99"));
        assertMetricWidget(row.get(3), "Error rate (5xx)", "timeSeries", false,
                metric("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", alb, "Sum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void computeRowChartsEveryServiceOfTheCluster(String stack) {
        PlanResult plan = plan(stack);
        String cluster = in(OpsPlans.resource(plan, ECS_CLUSTER, "cluster"), "name");
        String api = in(OpsPlans.resource(plan, ECS_SERVICE, "api"), "name");
        String worker = in(OpsPlans.resource(plan, ECS_SERVICE, "worker"), "name");
        assertThat(List.of(cluster, api, worker))
                .containsExactly("platform-" + stack + "-cluster", "platform-" + stack + "-api", "platform-" + stack + "-worker");
        List<JsonNode> row = row(plan, 1);
        assertMetricWidget(row.get(1), "ECS CPU utilization", "timeSeries", false,
                metric("AWS/ECS", "CPUUtilization", "ClusterName", cluster, "ServiceName", api, "Average"),
                metric("AWS/ECS", "CPUUtilization", "ClusterName", cluster, "ServiceName", worker, "Average"));
        assertMetricWidget(row.get(2), "ECS memory usage", "timeSeries", false,
                metric("AWS/ECS", "MemoryUtilization", "ClusterName", cluster, "ServiceName", api, "Average"),
                metric("AWS/ECS", "MemoryUtilization", "ClusterName", cluster, "ServiceName", worker, "Average"));
        // A number widget, as the seed draws it.
        assertMetricWidget(row.get(3), "Running tasks", "singleValue", false,
                metric("ECS/ContainerInsights", "RunningTaskCount", "ClusterName", cluster, "ServiceName", api, "Average"),
                metric("ECS/ContainerInsights", "RunningTaskCount", "ClusterName", cluster, "ServiceName", worker,
                        "Average"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void databaseRowChartsTheRdsInstanceWithAStorageGaugeUpToItsCeiling(String stack) {
        PlanResult plan = plan(stack);
        String db = in(OpsPlans.resource(plan, RDS_INSTANCE, "db"), "identifier");
        assertThat(db).isEqualTo("platform-" + stack + "-db");
        List<JsonNode> row = row(plan, 2);
        assertMetricWidget(row.get(1), "RDS connections", "timeSeries", false,
                metric("AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", db, "Maximum"));
        assertMetricWidget(row.get(2), "RDS CPU utilization", "timeSeries", false,
                metric("AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", db, "Average"));
        assertMetricWidget(row.get(3), "RDS free storage", "gauge", false,
                metric("AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", db, "Minimum"));
        // The gauge runs from empty to the storage-autoscaling ceiling (100 GB in both stacks).
        assertThat(plan.config().data().database().maxAllocatedStorageGb()).isEqualTo(100);
        assertThat(row.get(3).get("properties").get("yAxis"))
                .isEqualTo(parse("{\"left\":{\"min\":0,\"max\":" + GIB_100 + "}}"));
    }

    @Test
    void cacheRowChartsEveryRedisMember() {
        PlanResult staging = plan("staging");
        String one = in(single(staging, REDIS), "replicationGroupId") + "-001";
        assertThat(one).isEqualTo("platform-staging-redis-001");
        List<JsonNode> row = row(staging, 3);
        assertMetricWidget(row.get(1), "Redis hit/miss", "timeSeries", true,
                metric("AWS/ElastiCache", "CacheHits", "CacheClusterId", one, "Sum"),
                metric("AWS/ElastiCache", "CacheMisses", "CacheClusterId", one, "Sum"));
        assertMetricWidget(row.get(2), "Redis memory usage", "timeSeries", false,
                metric("AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "CacheClusterId", one, "Average"));
        assertMetricWidget(row.get(3), "Redis connections", "singleValue", false,
                metric("AWS/ElastiCache", "CurrConnections", "CacheClusterId", one, "Maximum"));

        PlanResult production = plan("production");
        String group = in(single(production, REDIS), "replicationGroupId");
        List<JsonNode> prodRow = row(production, 3);
        assertMetricWidget(prodRow.get(1), "Redis hit/miss", "timeSeries", true,
                metric("AWS/ElastiCache", "CacheHits", "CacheClusterId", group + "-001", "Sum"),
                metric("AWS/ElastiCache", "CacheHits", "CacheClusterId", group + "-002", "Sum"),
                metric("AWS/ElastiCache", "CacheMisses", "CacheClusterId", group + "-001", "Sum"),
                metric("AWS/ElastiCache", "CacheMisses", "CacheClusterId", group + "-002", "Sum"));
        assertMetricWidget(prodRow.get(3), "Redis connections", "singleValue", false,
                metric("AWS/ElastiCache", "CurrConnections", "CacheClusterId", group + "-001", "Maximum"),
                metric("AWS/ElastiCache", "CurrConnections", "CacheClusterId", group + "-002", "Maximum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void errorLogWidgetQueriesEveryServiceLogGroup(String stack) {
        PlanResult plan = plan(stack);
        String api = in(OpsPlans.resource(plan, LOG_GROUP, "api-logs"), "name");
        String worker = in(OpsPlans.resource(plan, LOG_GROUP, "worker-logs"), "name");
        assertThat(api).isEqualTo("/platform/" + stack + "/ecs/api");
        JsonNode log = widgets(plan).get(16).get("properties");
        assertThat(log.get("title").asText()).isEqualTo("Recent errors");
        assertThat(log.get("region").asText()).isEqualTo("us-east-1");
        assertThat(log.get("view").asText()).isEqualTo("table");
        assertThat(log.get("query").asText()).isEqualTo("SOURCE '" + api + "' | SOURCE '" + worker + "' | "
                + "fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theBodyIsComputedFromTheResourcesItNames(String stack) {
        PlanResult plan = plan(stack);
        assertThat(sources(resource(plan, DASHBOARD, "dashboard"), "dashboardBody")).containsExactlyInAnyOrder(
                OpsPlans.resource(plan, LOAD_BALANCER, "alb").urn(),
                OpsPlans.resource(plan, ECS_CLUSTER, "cluster").urn(),
                OpsPlans.resource(plan, ECS_SERVICE, "api").urn(),
                OpsPlans.resource(plan, ECS_SERVICE, "worker").urn(),
                OpsPlans.resource(plan, RDS_INSTANCE, "db").urn(),
                OpsPlans.resource(plan, REDIS, "redis").urn(),
                OpsPlans.resource(plan, LOG_GROUP, "api-logs").urn(),
                OpsPlans.resource(plan, LOG_GROUP, "worker-logs").urn());
    }

    @Test
    void auroraIsChartedByClusterIdentifierWithItsLocalStorage() {
        PlanResult plan = aurora();
        String cluster = in(OpsPlans.resource(plan, RDS_CLUSTER, "db"), "clusterIdentifier");
        List<JsonNode> row = row(plan, 2);
        assertMetricWidget(row.get(1), "RDS connections", "timeSeries", false,
                metric("AWS/RDS", "DatabaseConnections", "DBClusterIdentifier", cluster, "Maximum"));
        assertMetricWidget(row.get(2), "RDS CPU utilization", "timeSeries", false,
                metric("AWS/RDS", "CPUUtilization", "DBClusterIdentifier", cluster, "Average"));
        assertMetricWidget(row.get(3), "RDS free storage", "gauge", false,
                metric("AWS/RDS", "FreeLocalStorage", "DBClusterIdentifier", cluster, "Minimum"));
        assertThat(sources(resource(plan, DASHBOARD, "dashboard"), "dashboardBody"))
                .contains(OpsPlans.resource(plan, RDS_CLUSTER, "db").urn());
    }
}
