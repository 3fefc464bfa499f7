package io.platform.edge;

import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.platform.observability.OpsPlans.ALARM;
import static io.platform.observability.OpsPlans.WITH_DR;
import static io.platform.observability.OpsPlans.planWith;
import static io.platform.observability.OpsPlans.resource;
import static io.platform.observability.OpsPlans.topicArn;
import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:failover} on the production plan with a DR region: the API's name becomes a PRIMARY
 * (this ALB, health-checked) and a SECONDARY (the DR region's ALB) failover alias, and the check alarms.
 */
class DnsFailoverTest {
    static final String HEALTH_CHECK = "aws:route53/healthCheck:HealthCheck";
    static final String RECORD = "aws:route53/record:Record";
    static final String DR_ALB = "platform-production-alb-1234567890.us-west-2.elb.amazonaws.com";
    static final String FAILOVER = "{\"secondaryAlbDnsName\":\"" + DR_ALB + "\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\","
            + "\"healthPath\":\"/api/health\",\"failureThreshold\":2,\"requestIntervalSeconds\":10}";

    private static PlanResult plan() {
        return planWith("production", Map.of("platform:operations", WITH_DR, "platform:failover", FAILOVER));
    }

    @Test
    void theHealthCheckRequestsTheHealthPathOverHttps() {
        Map<String, Object> check = resource(plan(), HEALTH_CHECK, "api-health").inputValues();
        assertThat(check).containsEntry("type", "HTTPS").containsEntry("fqdn", "api.example.com")
                .containsEntry("port", 443L).containsEntry("enableSni", true)
                .containsEntry("resourcePath", "/api/health").containsEntry("failureThreshold", 2L)
                .containsEntry("requestInterval", 10L)
                .containsEntry("regions", List.of("us-east-1", "us-west-1", "us-west-2"));
    }

    @Test
    void primaryAliasesThisAlbWithTheCheckAndSecondaryTheDrAlb() {
        PlanResult plan = plan();
        RecordedResource check = resource(plan, HEALTH_CHECK, "api-health");
        Map<String, Object> primary = resource(plan, RECORD, "api-failover-primary").inputValues();
        assertThat(primary).containsEntry("name", "api.example.com").containsEntry("type", "A")
                .containsEntry("setIdentifier", "primary").containsEntry("healthCheckId", check.id())
                .containsEntry("failoverRoutingPolicies", List.of(Map.of("type", "PRIMARY")));
        assertThat(aliases(primary)).containsEntry("evaluateTargetHealth", true)
                .hasEntrySatisfying("name", n -> assertThat(n.toString()).endsWith(".us-east-1.elb.amazonaws.com"));
        Map<String, Object> secondary = resource(plan, RECORD, "api-failover-secondary").inputValues();
        assertThat(secondary).containsEntry("setIdentifier", "secondary").doesNotContainKey("healthCheckId")
                .containsEntry("failoverRoutingPolicies", List.of(Map.of("type", "SECONDARY")));
        assertThat(aliases(secondary)).containsEntry("name", DR_ALB).containsEntry("zoneId", "Z1H1FL5HABSF5")
                .containsEntry("evaluateTargetHealth", true);
        assertThat(plan.ofType(RECORD)).noneMatch(r -> r.name().endsWith("api-alias-a"));
    }

    @Test
    void theChecksStatusAlarmsCritical() {
        PlanResult plan = plan();
        Map<String, Object> alarm = resource(plan, ALARM, "api-health").inputValues();
        assertThat(alarm).containsEntry("namespace", "AWS/Route53").containsEntry("metricName", "HealthCheckStatus")
                .containsEntry("statistic", "Minimum").containsEntry("comparisonOperator", "LessThanThreshold")
                .containsEntry("threshold", 1L).containsEntry("period", 60L)
                .containsEntry("dimensions", Map.of("HealthCheckId", resource(plan, HEALTH_CHECK, "api-health").id()))
                .containsEntry("alarmActions", List.of(topicArn(plan))).containsEntry("okActions", List.of(topicArn(plan)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> aliases(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("aliases")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"secondaryAlbDnsName\":\"dr.example.com\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\"}|platform:failover.secondaryAlbDnsName: 'dr.example.com' is not an ALB DNS name",
            "{\"secondaryAlbDnsName\":\"a-1.us-west-2.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z35SXDOTRQ7X7K\"}|platform:failover.secondaryAlbZoneId: 'Z35SXDOTRQ7X7K' is not the ALB hosted zone of us-west-2; allowed: Z1H1FL5HABSF5",
            "{\"secondaryAlbDnsName\":\"a-1.eu-west-1.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z32O12XQLNTSW2\"}|platform:failover.secondaryAlbDnsName: is in eu-west-1, but platform:operations.drRegion is us-west-2",
            "{\"secondaryAlbDnsName\":\"a-1.us-west-2.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\",\"failureThreshold\":11}|platform:failover.failureThreshold: 11 is out of range 1..10",
            "{\"secondaryAlbDnsName\":\"a-1.us-west-2.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\",\"requestIntervalSeconds\":20}|platform:failover.requestIntervalSeconds: 20",
            "{\"secondaryAlbDnsName\":\"a-1.us-west-2.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\",\"regions\":[\"us-east-1\",\"us-west-2\"]}|platform:failover.regions: [us-east-1, us-west-2] names fewer than 3 regions",
            "{\"secondaryAlbDnsName\":\"a-1.us-west-2.elb.amazonaws.com\",\"secondaryAlbZoneId\":\"Z1H1FL5HABSF5\",\"healthPath\":\"health\"}|platform:failover.healthPath: 'health' is not allowed",
    })
    void mistakesAreOneLine(String failover, String message) {
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:operations", WITH_DR,
                "platform:failover", failover)))).hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void failoverNeedsTheDrRegion() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:failover", FAILOVER))))
                .hasMessageStartingWith("platform:failover.secondaryAlbDnsName: is in us-west-2, but "
                        + "platform:operations.drRegion is not set");
    }
}
