package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code platform:observability} and {@code platform:operations}: the defaults per environment
 * (SPEC §2 table and §3.6), and a message naming key, value and what is allowed for every bad value.
 */
class OperationsConfigTest {
    private static StackConfig stack(String stack, Map<String, String> overrides) {
        return load(withOverrides(stackFile(stack), overrides));
    }

    private static OperationsConfig operations(String stack, String json) {
        return stack(stack, Map.of("platform:operations", json)).operations();
    }

    private static ObservabilityConfig observability(String stack, String json) {
        return stack(stack, Map.of("platform:observability", json)).observability();
    }

    private static StackConfig dev(Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(more);
        overrides.put("platform:environment", "dev");
        return stack("staging", overrides);
    }

    private static void rejected(String stack, Map<String, String> overrides, String key, String message) {
        assertThatThrownBy(() -> stack(stack, overrides))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessage(key + ": " + message);
    }

    @Test
    void stackFilesGetTheEnvironmentDefaults() {
        assertThat(load(stackFile("staging")).operations())
                .isEqualTo(new OperationsConfig(14, Optional.empty(), false, 800, 100));
        assertThat(load(stackFile("production")).operations())
                .isEqualTo(new OperationsConfig(30, Optional.empty(), false, 3000, 100));
        assertThat(dev(Map.of()).operations())
                .isEqualTo(new OperationsConfig(7, Optional.empty(), true, 200, 100));
    }

    @Test
    void shutdownHoursAreTheSpecsNewYorkWorkingDay() {
        assertThat(OperationsConfig.SHUTDOWN_TIMEZONE).isEqualTo("America/New_York");
        assertThat(OperationsConfig.SHUTDOWN_HOUR).isEqualTo(20);
        assertThat(OperationsConfig.STARTUP_HOUR).isEqualTo(8);
    }

    @Test
    void everyOperationsValueCanBeGiven() {
        assertThat(operations("staging", "{\"backupRetentionDays\":35,\"drRegion\":\"eu-west-1\",\"autoShutdown\":true,"
                + "\"monthlyBudgetUsd\":1200,\"anomalyThresholdUsd\":50}"))
                .isEqualTo(new OperationsConfig(35, Optional.of("eu-west-1"), true, 1200, 50));
        assertThat(operations("production", "{\"drRegion\":\"us-west-2\"}").drRegion()).contains("us-west-2");
        assertThat(operations("production", "{\"autoShutdown\":false}").autoShutdown()).isFalse();
        assertThat(dev(Map.of("platform:operations", "{\"autoShutdown\":false}")).operations().autoShutdown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-west-2", "ap-southeast-2", "eu-central-1", "ca-central-1", "il-central-1"})
    void drRegionAcceptsRegionNames(String region) {
        assertThat(operations("staging", "{\"drRegion\":\"" + region + "\"}").drRegion()).contains(region);
    }

    @Test
    void drRegionMustNotBeTheStacksOwnRegion() {
        rejected("staging", Map.of("platform:operations", "{\"drRegion\":\"us-east-1\"}"), "platform:operations.drRegion",
                "'us-east-1' is the stack's own region; a DR copy must live in another region");
        rejected("production", Map.of("aws:region", "eu-west-1", "platform:operations", "{\"drRegion\":\"eu-west-1\"}"),
                "platform:operations.drRegion",
                "'eu-west-1' is the stack's own region; a DR copy must live in another region");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"uswest2|us-west-2", "us-west|us-west-1", "US-WEST-2|us-west-2",
            "us-west-2a|us-west-2", "us_west_2|us-west-2", "us-east-9|us-east-1", "west-2|"})
    void drRegionMustBeARegion(String region, String suggestion) {
        rejected("staging", Map.of("platform:operations", "{\"drRegion\":\"" + region + "\"}"),
                "platform:operations.drRegion", "'" + region + "' is not an AWS region (such as us-east-1)"
                        + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"));
    }

    @Test
    void autoShutdownIsRejectedInProduction() {
        rejected("production", Map.of("platform:operations", "{\"autoShutdown\":true}"), "platform:operations.autoShutdown",
                "true is not allowed in production (it stops the database every night); allowed: false");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"backupRetentionDays\":0}|platform:operations.backupRetentionDays|0 is out of range 1..36500",
            "{\"monthlyBudgetUsd\":0}|platform:operations.monthlyBudgetUsd|0 is out of range 1..10000000",
            "{\"anomalyThresholdUsd\":0}|platform:operations.anomalyThresholdUsd|0 is out of range 1..1000000"})
    void numbersAreRangeChecked(String json, String key, String message) {
        rejected("staging", Map.of("platform:operations", json), key, message);
    }

    @Test
    void unknownOperationsKeysAreRejected() {
        rejected("staging", Map.of("platform:operations", "{\"drRegon\":\"us-west-2\"}"), "platform:operations.drRegon",
                "is not a known setting (did you mean drRegion?); known settings here: anomalyThresholdUsd, autoShutdown, backupRetentionDays, "
                        + "drRegion, monthlyBudgetUsd");
    }

    @Test
    void observabilityDefaultsDeriveMaxConnectionsFromTheInstanceClass() {
        // db.t3.small 2 GiB, db.t3.medium 4 GiB, db.t3.micro 1 GiB; / 9531392 bytes per connection.
        assertThat(load(stackFile("staging")).observability())
                .extracting(ObservabilityConfig::alertEmails, ObservabilityConfig::databaseMaxConnections)
                .containsExactly(List.of(), 225);
        assertThat(load(stackFile("production")).observability())
                .extracting(ObservabilityConfig::alertEmails, ObservabilityConfig::databaseMaxConnections)
                .containsExactly(List.of(), 450);
        assertThat(dev(Map.of()).observability())
                .extracting(ObservabilityConfig::alertEmails, ObservabilityConfig::databaseMaxConnections)
                .containsExactly(List.of(), 112);
    }

    @Test
    void auroraMaxConnectionsComeFromItsCapacityCeiling() {
        StackConfig aurora = stack("staging", Map.of("platform:data", "{\"database\":{\"engine\":\"aurora-serverless-v2\","
                + "\"minCapacityAcu\":1,\"maxCapacityAcu\":8,\"auroraInstances\":2}}"));
        // 8 ACU × 2 GiB = 16 GiB → 1802.
        assertThat(aurora.observability().databaseMaxConnections()).isEqualTo(1802);
    }

    @Test
    void alertEmailsAndMaxConnectionsCanBeGiven() {
        assertThat(observability("staging", "{\"alertEmails\":[\"ops@example.com\",\"a.b+alerts@sub.example.io\"],"
                + "\"databaseMaxConnections\":300}"))
                .extracting(ObservabilityConfig::alertEmails, ObservabilityConfig::databaseMaxConnections)
                .containsExactly(List.of("ops@example.com", "a.b+alerts@sub.example.io"), 300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-address", "two@@example.com", "space in@example.com", "ops@example"})
    void alertEmailsMustBeAddresses(String email) {
        rejected("staging", Map.of("platform:observability", "{\"alertEmails\":[\"ok@example.com\",\"" + email + "\"]}"),
                "platform:observability.alertEmails[1]", "'" + email + "' is not an e-mail address");
    }

    @Test
    void anUnknownInstanceClassNeedsMaxConnections() {
        rejected("staging", Map.of("platform:data", "{\"database\":{\"instanceClass\":\"db.m6i.32xlarge\"}}"),
                "platform:observability.databaseMaxConnections", "is required for instance class db.m6i.32xlarge, whose "
                        + "memory (and so max_connections) this program does not know");
        assertThat(stack("staging", Map.of("platform:data", "{\"database\":{\"instanceClass\":\"db.m6i.32xlarge\"}}",
                "platform:observability", "{\"databaseMaxConnections\":2000}")).observability().databaseMaxConnections())
                .isEqualTo(2000);
    }

    @ParameterizedTest
    @CsvSource({"9, '9 is out of range 10..262143'", "262144, '262144 is out of range 10..262143'"})
    void maxConnectionsIsRangeChecked(String value, String message) {
        rejected("staging", Map.of("platform:observability", "{\"databaseMaxConnections\":" + value + "}"),
                "platform:observability.databaseMaxConnections", message);
    }

    @Test
    void unknownObservabilityKeysAreRejected() {
        rejected("staging", Map.of("platform:observability", "{\"alertEmail\":\"ops@example.com\"}"),
                "platform:observability.alertEmail",
                "is not a known setting (did you mean alertEmails?); known settings here: alarms, alertEmails, "
                        + "compositeAlarms, customAlarms, dashboards, databaseMaxConnections, logArchive, routes, "
                        + "slackWorkspaceId, xray");
    }
}
