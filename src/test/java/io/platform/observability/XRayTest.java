package io.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.platform.config.ConfigException;
import io.platform.config.RawConfig;
import io.platform.plan.PlanResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** X-Ray: sampling rules from {@code platform:observability.xray} and the daemon sidecar of {@code xray: true} services. */
class XRayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLING = "{\"xray\":{\"samplingRules\":[{\"name\":\"api-10pct\",\"priority\":100,"
            + "\"fixedRate\":0.1,\"reservoirSize\":1,\"serviceName\":\"api\",\"urlPath\":\"/api/*\"}]}}";
    private static PlanResult plan;

    /** Staging with {@code xray: true} on its first service (api) and one sampling rule. */
    static RawConfig staging(String observability, String apiXrayKey, Object apiXrayValue) throws Exception {
        return staging(observability, Map.of(apiXrayKey, apiXrayValue));
    }

    static RawConfig staging(String observability, Map<String, Object> apiKeys) throws Exception {
        RawConfig base = stackFile("staging");
        ObjectNode compute = (ObjectNode) JSON.readTree(base.values().get("platform:compute"));
        ObjectNode api = (ObjectNode) compute.get("services").get(0);
        apiKeys.forEach((k, v) -> api.set(k, JSON.valueToTree(v)));
        return withOverrides(base, Map.of("platform:compute", JSON.writeValueAsString(compute),
                "platform:observability", observability));
    }

    @BeforeAll
    static void planOnce() throws Exception {
        plan = plan(staging(SAMPLING, "xray", true));
    }

    @Test
    void samplingRuleCarriesTheConfiguredRate() {
        assertThat(plan.ofType("aws:xray/samplingRule:SamplingRule")).singleElement().satisfies(r -> assertThat(r.inputValues())
                .containsEntry("ruleName", "platform-staging-api-10pct")
                .containsEntry("priority", 100L).containsEntry("fixedRate", 0.1).containsEntry("reservoirSize", 1L)
                .containsEntry("serviceName", "api").containsEntry("urlPath", "/api/*").containsEntry("httpMethod", "*")
                .containsEntry("host", "*").containsEntry("serviceType", "*").containsEntry("resourceArn", "*")
                .containsEntry("version", 1L));
        assertThat(plan("staging").ofType("aws:xray/samplingRule:SamplingRule")).isEmpty();
    }

    @Test
    void apiTaskRunsThePinnedDaemonOn2000Udp() throws Exception {
        JsonNode containers = JSON.readTree((String) named(plan, "platform-staging-api-task").inputValues()
                .get("containerDefinitions"));
        assertThat(containers).hasSize(2);
        JsonNode app = containers.get(0);
        JsonNode daemon = containers.get(1);
        assertThat(daemon.get("name").asText()).isEqualTo("xray-daemon");
        assertThat(daemon.get("image").asText()).isEqualTo("public.ecr.aws/xray/aws-xray-daemon:3.6.0");
        assertThat(daemon.get("portMappings").toString()).isEqualTo("[{\"containerPort\":2000,\"protocol\":\"udp\"}]");
        assertThat(daemon.get("essential").asBoolean()).isFalse();
        assertThat(daemon.get("cpu").asInt()).isEqualTo(32);
        assertThat(daemon.get("memoryReservation").asInt()).isEqualTo(64);
        assertThat(daemon.get("user").asText()).isEqualTo("1000:1000");
        assertThat(daemon.get("readonlyRootFilesystem").asBoolean()).isTrue();
        assertThat(daemon.at("/logConfiguration/options/awslogs-stream-prefix").asText()).isEqualTo("xray-daemon");
        assertThat(app.get("environment").toString())
                .contains("{\"name\":\"AWS_XRAY_DAEMON_ADDRESS\",\"value\":\"127.0.0.1:2000\"}");
        long taskCpu = Long.parseLong(String.valueOf(named(plan, "platform-staging-api-task").inputValues().get("cpu")));
        assertThat(taskCpu).isGreaterThan(32);
        JsonNode worker = JSON.readTree((String) named(plan, "platform-staging-worker-task").inputValues()
                .get("containerDefinitions"));
        assertThat(worker).hasSize(1);
        assertThat(worker.get(0).get("environment").toString()).doesNotContain("AWS_XRAY_DAEMON_ADDRESS");
    }

    @Test
    void apiRunsAsItsOwnRoleThatMaySendTraces() throws Exception {
        JsonNode policy = JSON.readTree((String) named(plan, "platform-staging-api-task-xray").inputValues().get("policy"));
        assertThat(policy.at("/Statement/0/Action").toString()).isEqualTo("[\"xray:PutTraceSegments\","
                + "\"xray:PutTelemetryRecords\",\"xray:GetSamplingRules\",\"xray:GetSamplingTargets\","
                + "\"xray:GetSamplingStatisticSummaries\"]");
        assertThat(String.valueOf(named(plan, "platform-staging-api-task").inputValues().get("taskRoleArn")))
                .endsWith(named(plan, "platform-staging-api-task-role").id());
    }

    @Test
    void configIsValidated() throws Exception {
        assertThatThrownBy(() -> load(staging("{\"xray\":{\"samplingRules\":[{\"name\":\"a\",\"fixedRate\":1.5}]}}",
                "xray", true)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("platform:observability.xray.samplingRules[0].fixedRate: 1.5 ");
        assertThatThrownBy(() -> load(staging("{\"xray\":{\"samplingRules\":[{\"name\":\"Default\"}]}}", "xray", true)))
                .hasMessage("platform:observability.xray.samplingRules[0].name: 'Default' is not allowed; allowed: 1-32 "
                        + "letters, digits, '-' or '_', not Default (X-Ray's own rule)");
        assertThatThrownBy(() -> load(staging("{\"xray\":{\"samplingRules\":[{\"name\":\"a\",\"priority\":5},"
                + "{\"name\":\"b\",\"priority\":5}]}}", "xray", true)))
                .hasMessage("platform:observability.xray.samplingRules[1].priority: 5 is also the priority of 'a'; "
                        + "give each rule its own");
        assertThatThrownBy(() -> load(staging("{\"xray\":{\"samplingRules\":[{\"name\":\"a-rule-name-that-is-too-long\"}]}}",
                "xray", true)))
                .hasMessageStartingWith("platform:observability.xray.samplingRules[0].name: 'a-rule-name-that-is-too-long' "
                        + "makes the X-Ray sampling rule name platform-staging-a-rule-name-that-is-too-long");
        assertThatThrownBy(() -> load(staging("{}", "xray", "yes")))
                .hasMessageStartingWith("platform:compute.services[0].xray: ");
        assertThatThrownBy(() -> load(staging("{}", Map.of("xray", true,
                "environment", Map.of("AWS_XRAY_DAEMON_ADDRESS", "x:2000")))))
                .hasMessage("platform:compute.services[0].environment.AWS_XRAY_DAEMON_ADDRESS: is set by the platform for "
                        + "service 'api' (xray: true points it at the daemon sidecar); remove it");
    }
}
