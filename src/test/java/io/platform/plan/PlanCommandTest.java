package io.platform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.policy.PlatformPolicyPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan command end to end: arguments in, printed plan, JSON document and exit code out. */
class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PlanCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stagingPlanWritesEveryResourceWithItsInputs(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("staging.json");
        Run run = run("--stack", "staging", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Offline plan of platform/staging: environment staging, region us-east-1")
                .contains("platform-staging-network  (platform:network:Network")
                .containsPattern("aws:ec2/subnet:Subnet\\s+9")
                .containsPattern("aws:ec2/natGateway:NatGateway\\s+1");

        JsonNode doc = JSON.readTree(json.toFile());
        assertThat(doc.get("project").asText()).isEqualTo("platform");
        assertThat(doc.get("stack").asText()).isEqualTo("staging");
        JsonNode resources = doc.get("resources");
        assertThat(doc.at("/summary/resourceCount").asInt()).isEqualTo(resources.size());
        assertThat(doc.at("/summary/byType/aws:ec2~1subnet:Subnet").asInt()).isEqualTo(9);
        List<JsonNode> vpcs = new ArrayList<>();
        resources.forEach(r -> {
            assertThat(r.get("urn").asText()).startsWith("urn:pulumi:staging::platform::");
            assertThat(r.has("inputs")).isTrue();
            if (r.get("type").asText().equals("aws:ec2/vpc:Vpc")) {
                vpcs.add(r);
            }
        });
        assertThat(vpcs).singleElement().satisfies(vpc -> {
            assertThat(vpc.at("/inputs/cidrBlock").asText()).isEqualTo("10.1.0.0/16");
            assertThat(vpc.get("parent").asText()).endsWith("platform:network:Network::platform-staging-network");
            assertThat(vpc.get("urn").asText()).isEqualTo(
                    "urn:pulumi:staging::platform::platform:network:Network$aws:ec2/vpc:Vpc::platform-staging-vpc");
        });
        assertThat(doc.at("/policy/violations").isArray()).isTrue();
    }

    @Test
    void productionPlanHasThreeNatGateways(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("production.json");
        Run run = run("--stack", "production", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(json.toFile());
        assertThat(doc.at("/summary/byType/aws:ec2~1natGateway:NatGateway").asInt()).isEqualTo(3);
        assertThat(doc.at("/summary/byType/aws:ec2~1eip:Eip").asInt()).isEqualTo(3);
    }

    @Test
    void secretsNeverReachTheJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("plan.json");
        assertThat(run("--stack", "staging", "--json", json.toString()).exitCode()).isZero();
        String text = Files.readString(json);
        String ciphertext = Files.readAllLines(Path.of("Pulumi.staging.yaml")).stream()
                .filter(l -> l.contains("secure:")).findFirst().orElseThrow().split("secure:")[1].trim();
        assertThat(text).doesNotContain(ciphertext);
    }

    @Test
    void misspeltKeyFailsWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Pulumi.typo.yaml");
        Files.writeString(file, Files.readString(Path.of("Pulumi.staging.yaml"))
                .replace("platform:environment: staging", "platform:enviroment: staging"));
        Run run = run("--config-file", file.toString(), "--stack", "staging");
        assertThat(run.exitCode()).isEqualTo(PlanCommand.INVALID);
        assertThat(run.err()).isEqualTo("error: invalid stack config: platform:enviroment: is not a known setting (did you mean environment?); "
                + "known settings here: access, alertHttpsEndpoint, compute, costCenter, data, dnssec, edge, environment, failover, functions, instances, logRetentionDays, naming, network, observability, operations, owner, redisAuthToken, secrets, security" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outOfRangeValueFailsWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Pulumi.staging.yaml");
        Files.writeString(file, Files.readString(Path.of("Pulumi.staging.yaml")).replace("azCount: 3", "azCount: 5"));
        Run run = run("--config-file", file.toString());
        assertThat(run.exitCode()).isEqualTo(PlanCommand.INVALID);
        assertThat(run.err().strip()).isEqualTo("error: invalid stack config: platform:network.azCount: 5 is out of range 2..3");
    }

    @Test
    void unknownStackListsTheOnesThatExist() {
        Run run = run("--stack", "qa");
        assertThat(run.exitCode()).isEqualTo(PlanCommand.INVALID);
        assertThat(run.err()).contains("error: no stack file Pulumi.qa.yaml").contains("stacks here: production, staging");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("--stak", "staging");
        assertThat(run.exitCode()).isEqualTo(PlanCommand.INVALID);
        assertThat(run.err()).startsWith("error: Unknown options: '--stak', 'staging'").contains("did you mean --stack?");
    }

    @Test
    void aViolatingConfigStopsThePlanAndNamesTheRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Pulumi.production.yaml");
        Files.writeString(file, Files.readString(Path.of("Pulumi.production.yaml"))
                .replace("      multiAz: true", "      multiAz: true\n      deletionProtection: false"));
        Path json = dir.resolve("plan.json");
        Run run = run("--config-file", file.toString(), "--json", json.toString());
        assertThat(run.exitCode()).isEqualTo(PlanCommand.POLICY_VIOLATIONS);
        assertThat(run.err().strip()).isEqualTo("error: 1 mandatory policy violation(s): rds-deletion-protection");
        assertThat(run.out()).contains("MANDATORY (1)")
                .contains("rds-deletion-protection  platform-production-data / platform-production-db");
        JsonNode doc = JSON.readTree(json.toFile());
        assertThat(doc.at("/summary/mandatoryViolations").asInt()).isEqualTo(1);
        assertThat(doc.at("/policy/pack").asText()).isEqualTo("platform-security");
        JsonNode violation = null;
        for (JsonNode v : doc.at("/policy/violations")) {
            if (!v.get("exempted").asBoolean() && v.get("enforcementLevel").asText().equals("mandatory")) {
                violation = v;
            }
        }
        assertThat(violation).isNotNull();
        assertThat(violation.get("policy").asText()).isEqualTo("rds-deletion-protection");
        assertThat(violation.get("enforcementLevel").asText()).isEqualTo("mandatory");
        assertThat(violation.get("urn").asText()).isEqualTo(
                "urn:pulumi:production::platform::platform:data:Data$aws:rds/instance:Instance::platform-production-db");
    }

    @Test
    void stagingPlanReportsTheExemptionAndNoMandatoryFindings(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("staging.json");
        Run run = run("--stack", "staging", "--json", json.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Policy pack platform-security " + PlatformPolicyPack.VERSION + ": 0 mandatory")
                .contains("EXEMPTED (1)").contains("exempted: ALB access logging only delivers");
        JsonNode doc = JSON.readTree(json.toFile());
        assertThat(doc.at("/summary/mandatoryViolations").asInt()).isZero();
        List<String> exempted = new ArrayList<>();
        for (JsonNode v : doc.at("/policy/violations")) {
            if (v.get("exempted").asBoolean()) {
                exempted.add(v.get("policy").asText() + " " + v.get("name").asText());
            }
        }
        assertThat(exempted).containsExactly("s3-sse-kms platform-staging-access-logs-encryption");
    }

    @Test
    void badPolicyConfigIsAUsageError(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pack.json");
        Files.writeString(config, "{\"rds-no-public-acess\": \"advisory\"}");
        Run run = run("--stack", "staging", "--policy-config", config.toString());
        assertThat(run.exitCode()).isEqualTo(PlanCommand.INVALID);
        assertThat(run.err()).startsWith("error: invalid policy config: ").contains("rds-no-public-acess");
    }

    @Test
    void aStackWithoutItsOwnPolicyConfigUsesItsEnvironments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Pulumi.qa.yaml");
        Files.writeString(file, Files.readString(Path.of("Pulumi.staging.yaml")));
        Run run = run("--config-file", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Offline plan of platform/qa: environment staging")
                .contains("Policy config: policy/config/staging.json (for environment staging; there is no "
                        + "policy/config/qa.json)")
                .contains("EXEMPTED (1)");
    }

    @Test
    void theStacksOwnPolicyConfigIsNamed() {
        var command = new PlanCommand(System.out, System.err);
        command.projectDir = Path.of(".");
        assertThat(command.policySource("production", "production").description())
                .isEqualTo("policy/config/production.json (the stack's own)");
        assertThat(command.policySource("sandbox", "dev").description())
                .isEqualTo("none: the pack's defaults (no policy/config/sandbox.json or policy/config/dev.json)");
    }

    @Test
    void checkOnlyValidatesTheConfig() {
        Run run = run("--stack", "production", "--check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Stack config of platform/production is valid: environment production, region "
                + "us-east-1" + System.lineSeparator());
    }
}
