package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:observability.alarms}, {@code customAlarms}, {@code compositeAlarms}, {@code routes} and
 * {@code slackWorkspaceId}: every mistake is one line naming the key, the value and what is allowed.
 */
class AlarmConfigValidationTest {
    private static StackConfig observability(String json) {
        return load(withOverrides(stackFile("staging"), Map.of("platform:observability", json)));
    }

    @Test
    void defaultsGiveEveryBuiltInOfTheStackItsSeverity() {
        ObservabilityConfig staging = load(stackFile("staging")).observability();
        // Staging: 2 services (1 public), RDS instance, one Redis node, one front end, no DR, no SES.
        assertThat(staging.alarmCounts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Severity.CRITICAL, 6L, Severity.WARNING, 16L, Severity.INFO, 3L));
        assertThat(staging.routes().get(Severity.CRITICAL).summary()).isEqualTo("critical: topic only");
        assertThat(staging.alarms()).filteredOn(a -> a.name().equals("ecs-running-api")).singleElement()
                .satisfies(a -> assertThat(a.threshold()).isEqualTo(2.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"alarms\":{\"rds-cpux\":{\"threshold\":70}}}|platform:observability.alarms.rds-cpux|"
                    + "'rds-cpux' is not a built-in alarm of this stack (did you mean rds-cpu?); allowed: a built-in id",
            "{\"alarms\":{\"ecs-cpu-billing\":{\"threshold\":70}}}|platform:observability.alarms.ecs-cpu-billing|"
                    + "'ecs-cpu-billing' is not a built-in alarm of this stack",
            "{\"alarms\":{\"rds-cpu\":{\"threshold\":-1}}}|platform:observability.alarms.rds-cpu.threshold|"
                    + "-1 is out of range 0..1000000000000000",
            "{\"alarms\":{\"rds-cpu\":{\"periodSeconds\":45}}}|platform:observability.alarms.rds-cpu.periodSeconds|"
                    + "45 is not a CloudWatch period; allowed: 10, 30 or a multiple of 60 up to 86400",
            "{\"alarms\":{\"rds-cpu\":{\"severity\":\"urgent\"}}}|platform:observability.alarms.rds-cpu.severity|"
                    + "'urgent' is not allowed; allowed: critical, warning, info",
            "{\"alarms\":{\"rds-cpu\":{\"datapointsToAlarm\":3}}}|platform:observability.alarms.rds-cpu.datapointsToAlarm|"
                    + "3 is more than evaluationPeriods 2; datapointsToAlarm must be at most evaluationPeriods",
            "{\"alarms\":{\"rds-cpu\":{\"treshold\":70}}}|platform:observability.alarms.rds-cpu.treshold|"
                    + "is not a known setting (did you mean threshold?)",
            "{\"customAlarms\":[{\"name\":\"q\",\"namespace\":\"AWS/SQS\",\"metric\":\"M\"}]}|"
                    + "platform:observability.customAlarms[0].threshold|is required: the value the metric is compared with",
            "{\"customAlarms\":[{\"name\":\"q\",\"namespace\":\"AWS/SQS\",\"metric\":\"M\",\"threshold\":1,"
                    + "\"statistic\":\"Median\"}]}|platform:observability.customAlarms[0].statistic|'Median' is not a "
                    + "statistic; allowed: SampleCount, Average, Sum, Minimum, Maximum or a percentile p0..p100 (p99, p99.9)",
            "{\"customAlarms\":[{\"name\":\"rds-cpu\",\"namespace\":\"AWS/SQS\",\"metric\":\"M\",\"threshold\":1}]}|"
                    + "platform:observability.customAlarms[0].name|'rds-cpu' is already the name of an alarm of this "
                    + "stack; give each alarm its own name",
            "{\"compositeAlarms\":[{\"name\":\"down\",\"alarms\":[\"alb-5xx\",\"ecs-running-billing\"]}]}|"
                    + "platform:observability.compositeAlarms[0].alarms[1]|'ecs-running-billing' is not an alarm of "
                    + "this stack",
            "{\"compositeAlarms\":[{\"name\":\"down\",\"alarms\":[\"alb-5xx\"]}]}|"
                    + "platform:observability.compositeAlarms[0].alarms|1 alarms; allowed: 2..100 names of this "
                    + "stack's alarms",
            "{\"routes\":{\"critical\":{\"slackChannelId\":\"C0123ABCD\"}}}|platform:observability.slackWorkspaceId|"
                    + "is required: a route names a slackChannelId, and AWS Chatbot needs the workspace (team) id, T "
                    + "followed by 8-11 characters",
            "{\"slackWorkspaceId\":\"T0123ABCDE\",\"routes\":{\"critical\":{\"slackChannelId\":\"#alerts\"}}}|"
                    + "platform:observability.routes.critical.slackChannelId|'#alerts' is not a Slack channel id; "
                    + "allowed: C or G and 8-11 upper-case letters or digits (channel details in Slack)",
            "{\"routes\":{\"urgent\":{}}}|platform:observability.routes.urgent|is not a known setting",
            "{\"routes\":{\"critical\":{\"https\":true}}}|platform:alertHttpsEndpoint|is required and must be a "
                    + "secret; set it with: pulumi config set --secret platform:alertHttpsEndpoint <value>",
            "{\"routes\":{\"info\":{\"emails\":[\"ops@\"]}}}|platform:observability.routes.info.emails[0]|"
                    + "'ops@' is not an e-mail address",
    })
    void mistakesAreNamedWithTheKeyTheValueAndWhatIsAllowed(String json, String key, String message) {
        assertThatThrownBy(() -> observability(json))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith(key + ": " + message);
    }

    @Test
    void theHttpsEndpointIsRefusedWhenNoRouteUsesIt() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"),
                Map.of("platform:alertHttpsEndpoint", "https://example.com/x"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:alertHttpsEndpoint: is set but no route of platform:observability.routes has "
                        + "https: true; remove it");
    }
}
