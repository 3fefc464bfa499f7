package io.platform.policy.sdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackConfigTest {
    static final ResourcePolicy RETENTION = ResourcePolicy.builder("backup-retention").noPublicControl("a test policy")
            .description("d").severity(Severity.MEDIUM).fix("f").types("aws:rds/instance:Instance")
            .setting(Setting.integer("minimumDays", "m", 7, 1))
            .setting(Setting.strings("engines", "e", List.of("postgres")))
            .check((r, ctx) -> { })
            .build();
    static final PolicyPack PACK = new PolicyPack("platform-security", "1.0.0", List.of(RETENTION));

    static void assertRejected(String json, String message) {
        assertThatThrownBy(() -> PACK.configure(PackConfig.parse(json)))
                .isInstanceOf(PolicyConfigException.class).hasMessage(message);
    }

    @Test
    void parsesLevelsSettingsAndExemptions() {
        PackConfig c = PackConfig.parse("""
                {"all": "advisory",
                 "backup-retention": {"enforcementLevel": "mandatory", "minimumDays": 14,
                   "exemptions": [{"namePattern": "*-legacy-*", "reason": "migrated in Q3, ticket OPS-12"}]}}""");
        assertThat(c.allLevel()).contains(EnforcementLevel.ADVISORY);
        PackConfig.PolicyConfig entry = c.policy("backup-retention").orElseThrow();
        assertThat(entry.level()).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(entry.settings()).containsEntry("minimumDays", 14);
        assertThat(entry.exemptions()).containsExactly(Exemption.forNamePattern("*-legacy-*", "migrated in Q3, ticket OPS-12"));
        ConfiguredPolicy configured = PACK.configure(c).get(0);
        assertThat(configured.level()).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(configured.settings().integer("minimumDays")).isEqualTo(14);
        assertThat(configured.settings().strings("engines")).containsExactly("postgres");
    }

    @Test
    void allAppliesWherePoliciesSayNothing() {
        assertThat(PACK.configure(PackConfig.parse("{\"all\": {\"enforcementLevel\": \"disabled\"}}")).get(0).level())
                .isEqualTo(EnforcementLevel.DISABLED);
        assertThat(PACK.configure(PackConfig.empty()).get(0).level()).isEqualTo(EnforcementLevel.MANDATORY);
    }

    @Test
    void invalidJson() {
        assertThatThrownBy(() -> PackConfig.parse("{\"backup-retention\": "))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessageStartingWith("invalid policy pack config: not valid JSON (Unexpected end-of-input")
                .hasMessageEndingWith("at line 1, column 22)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void topLevelMustBeAnObject() {
        assertRejected("[1]", "invalid policy pack config: the top level is [1]; expected an object whose keys are policy ids or \"all\"");
    }

    @Test
    void unknownLevel() {
        assertRejected("{\"backup-retention\": \"strict\"}",
                "invalid policy pack config: backup-retention: \"strict\" is not an enforcement level; "
                        + "allowed: advisory, mandatory, remediate, disabled");
        assertRejected("{\"backup-retention\": {\"enforcementLevel\": \"warn\"}}",
                "invalid policy pack config: backup-retention.enforcementLevel: \"warn\" is not an enforcement level; "
                        + "allowed: advisory, mandatory, remediate, disabled");
    }

    @Test
    void allTakesOnlyALevel() {
        assertRejected("{\"all\": {\"minimumDays\": 3}}",
                "invalid policy pack config: all.minimumDays: 3 is not allowed; "
                        + "\"all\" takes only enforcementLevel (settings and exemptions go under a policy id)");
    }

    @Test
    void unknownPolicyIdSuggestsTheClosest() {
        assertRejected("{\"backup-retension\": \"mandatory\"}",
                "invalid policy pack config: \"backup-retension\" is not a policy of pack platform-security; "
                        + "allowed keys: \"all\" or a policy id (did you mean \"backup-retention\"?)");
    }

    @Test
    void unknownSetting() {
        assertRejected("{\"backup-retention\": {\"minDays\": 3}}",
                "invalid policy pack config: backup-retention.minDays: 3 is not a setting of this policy; "
                        + "allowed: enforcementLevel, exemptions, minimumDays, engines");
    }

    @Test
    void settingOfTheWrongTypeOrOutOfRange() {
        assertRejected("{\"backup-retention\": {\"minimumDays\": \"seven\"}}",
                "invalid policy pack config: backup-retention.minimumDays: \"seven\" is not an integer >= 1");
        assertRejected("{\"backup-retention\": {\"minimumDays\": 0}}",
                "invalid policy pack config: backup-retention.minimumDays: 0 is not an integer >= 1");
        assertRejected("{\"backup-retention\": {\"engines\": \"postgres\"}}",
                "invalid policy pack config: backup-retention.engines: \"postgres\" is not a list of strings");
    }

    @Test
    void exemptionsNeedAReasonOfTenCharacters() {
        assertRejected("{\"backup-retention\": {\"exemptions\": [{\"urn\": \"urn:x\", \"reason\": \"legacy\"}]}}",
                "invalid policy pack config: backup-retention.exemptions[0].reason: \"legacy\" is too short (6 characters); "
                        + "a reason needs at least 10 characters");
        assertRejected("{\"backup-retention\": {\"exemptions\": [{\"urn\": \"urn:x\"}]}}",
                "invalid policy pack config: backup-retention.exemptions[0].reason: not set; "
                        + "every exemption needs a reason of at least 10 characters");
    }

    @Test
    void exemptionsNeedExactlyOneSelector() {
        assertRejected("{\"backup-retention\": {\"exemptions\": [{\"urn\": \"urn:x\", \"namePattern\": \"x*\", \"reason\": \"long enough reason\"}]}}",
                "invalid policy pack config: backup-retention.exemptions[0]: {\"urn\":\"urn:x\",\"namePattern\":\"x*\","
                        + "\"reason\":\"long enough reason\"} must set exactly one of \"urn\" or \"namePattern\"");
        assertRejected("{\"backup-retention\": {\"exemptions\": {\"urn\": \"urn:x\"}}}",
                "invalid policy pack config: backup-retention.exemptions: {\"urn\":\"urn:x\"} is not a list; "
                        + "expected a list of {\"urn\": ... or \"namePattern\": ..., \"reason\": ...}");
        assertRejected("{\"backup-retention\": {\"exemptions\": [{\"name\": \"x\", \"reason\": \"long enough reason\"}]}}",
                "invalid policy pack config: backup-retention.exemptions[0].name: \"x\" is not allowed; "
                        + "an exemption has urn or namePattern, and reason");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> PackConfig.parse("{\"all\": \"advisory\", \"all\": \"mandatory\"}"))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessageStartingWith("invalid policy pack config: not valid JSON (Duplicate field 'all'");
    }

    @Test
    void loadNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("staging.json");
        Files.writeString(file, "{\"backup-retention\": \"sometimes\"}");
        assertThatThrownBy(() -> PackConfig.load(file)).isInstanceOf(PolicyConfigException.class)
                .hasMessage("invalid policy pack config " + file + ": backup-retention: \"sometimes\" is not an enforcement level; "
                        + "allowed: advisory, mandatory, remediate, disabled");
        assertThatThrownBy(() -> PackConfig.load(dir.resolve("missing.json"))).isInstanceOf(PolicyConfigException.class)
                .hasMessageStartingWith("cannot read policy pack config " + dir.resolve("missing.json"));
    }

    @Test
    void schemaIncludesTheSdkProperties() {
        assertThat(RETENTION.metadata().configSchema().toJsonSchema())
                .extractingByKey("properties").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("enforcementLevel", "exemptions", "minimumDays", "engines");
    }
}
