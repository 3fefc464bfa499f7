package io.platform.encryption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.2 KMS: one key per purpose, rotation, deletion windows, aliases and key policies. */
class EncryptionKeysTest {
    private static final String KEY = "aws:kms/key:Key";
    private static final String ALIAS = "aws:kms/alias:Alias";
    private static final String ACCOUNT = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PURPOSES = List.of("data", "s3", "secrets", "logs");
    private static final List<String> USE = List.of(
            "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey");

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void fourKeysWithRotationOnAndAThirtyDayWindow(String stack) {
        PlanResult plan = plan(stack);
        String component = named(plan, "platform-" + stack + "-encryption").urn();
        assertThat(plan.ofType(KEY)).extracting(RecordedResource::name, r -> r.inputValues().get("enableKeyRotation"),
                        r -> r.inputValues().get("deletionWindowInDays"), RecordedResource::parent)
                .containsExactlyInAnyOrder(
                        tuple("platform-" + stack + "-data", true, 30L, component),
                        tuple("platform-" + stack + "-s3", true, 30L, component),
                        tuple("platform-" + stack + "-secrets", true, 30L, component),
                        tuple("platform-" + stack + "-logs", true, 30L, component));
        assertThat(named(plan, "platform-" + stack + "-secrets").inputValues())
                .containsEntry("description", "Encrypts Secrets Manager secrets of platform-" + stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachKeyHasItsAliasPointingAtIt(String stack) {
        PlanResult plan = plan(stack);
        List<org.assertj.core.groups.Tuple> expected = new ArrayList<>();
        for (String purpose : PURPOSES) {
            expected.add(tuple("platform-" + stack + "-" + purpose + "-alias", "alias/platform-" + stack + "-" + purpose,
                    named(plan, "platform-" + stack + "-" + purpose).id()));
        }
        assertThat(plan.ofType(ALIAS)).extracting(RecordedResource::name, r -> r.inputValues().get("name"),
                r -> r.inputValues().get("targetKeyId")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theDeletionWindowFollowsConfig() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"kmsDeletionWindowDays\":7,\"github\":{\"repository\":\"acme/platform\"}}")));
        assertThat(plan.ofType(KEY)).hasSize(4).allSatisfy(k -> assertThat(k.inputValues())
                .as(k.name())
                .containsEntry("deletionWindowInDays", 7L)
                .containsEntry("enableKeyRotation", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyKeyLetsTheAccountAdministerItAndOnlyItsServicesUseIt(String stack) throws Exception {
        PlanResult plan = plan(stack);
        Map<String, List<String>> viaServices = Map.of(
                "data", List.of("rds.us-east-1.amazonaws.com", "elasticache.us-east-1.amazonaws.com",
                        "backup.us-east-1.amazonaws.com"),
                "s3", List.of("s3.us-east-1.amazonaws.com", "ecr.us-east-1.amazonaws.com"),
                "secrets", List.of("secretsmanager.us-east-1.amazonaws.com"),
                "logs", List.of("sns.us-east-1.amazonaws.com"));
        for (String purpose : PURPOSES) {
            JsonNode policy = policy(named(plan, "platform-" + stack + "-" + purpose));
            List<JsonNode> statements = statements(policy);
            assertThat(statements).as(purpose).extracting(s -> s.get("Sid").asText()).containsExactlyElementsOf(
                    purpose.equals("s3")
                            // Origin Access Control reads SSE-KMS site objects as CloudFront (edge tier).
                            ? List.of("AccountAdministration", "UseThroughIntendedServices",
                                    "CloudFrontOriginAccessControlDecrypt")
                            : !purpose.equals("logs")
                            ? List.of("AccountAdministration", "UseThroughIntendedServices")
                            // Production runs the account baseline, whose CloudTrail and Config encrypt with the logs key.
                            : stack.equals("production")
                            ? List.of("AccountAdministration", "UseThroughIntendedServices", "CloudWatchLogsEncryption",
                                    "AlertingServicesPublish", "CloudTrailEncryption", "CloudTrailDescribeKey",
                                    "ConfigDeliveryEncryption")
                            : List.of("AccountAdministration", "UseThroughIntendedServices", "CloudWatchLogsEncryption",
                                    "AlertingServicesPublish"));
            assertThat(statements).allSatisfy(s -> assertThat(s.get("Effect").asText()).isEqualTo("Allow"));

            JsonNode admin = statements.get(0);
            assertThat(admin.get("Principal")).isEqualTo(json("{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}"));
            assertThat(strings(admin.get("Action"))).containsExactly("kms:*");
            assertThat(strings(admin.get("Resource"))).containsExactly("*");
            assertThat(admin.has("Condition")).isFalse();

            JsonNode use = statements.get(1);
            assertThat(use.get("Principal").asText()).isEqualTo("*");
            List<String> useActions = new ArrayList<>(USE);
            useActions.addAll(List.of("kms:CreateGrant", "kms:ListGrants"));
            assertThat(strings(use.get("Action"))).as(purpose).containsExactlyElementsOf(useActions);
            assertThat(strings(use.get("Resource"))).containsExactly("*");
            // The open principal is bounded by both conditions: this account, through these services only.
            assertThat(use.get("Condition").fieldNames()).toIterable().containsExactly("StringEquals");
            assertThat(use.at("/Condition/StringEquals").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("kms:CallerAccount", "kms:ViaService");
            assertThat(use.at("/Condition/StringEquals/kms:CallerAccount").asText()).isEqualTo(ACCOUNT);
            assertThat(strings(use.at("/Condition/StringEquals/kms:ViaService"))).as(purpose)
                    .containsExactlyElementsOf(viaServices.get(purpose));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theLogsKeyGrantsCloudWatchLogsForThisAccountsLogGroups(String stack) {
        JsonNode logs = statements(policy(named(plan(stack), "platform-" + stack + "-logs"))).get(2);
        assertThat(logs.get("Sid").asText()).isEqualTo("CloudWatchLogsEncryption");
        assertThat(logs.get("Principal")).isEqualTo(json("{\"Service\":\"logs.us-east-1.amazonaws.com\"}"));
        assertThat(strings(logs.get("Action"))).containsExactlyElementsOf(USE);
        assertThat(strings(logs.get("Resource"))).containsExactly("*");
        assertThat(logs.get("Condition")).isEqualTo(json("{\"ArnLike\":{\"kms:EncryptionContext:aws:logs:arn\":"
                + "\"arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:*\"}}"));
        // No other key grants CloudWatch Logs.
        for (String purpose : List.of("data", "s3", "secrets")) {
            assertThat(policy(named(plan(stack), "platform-" + stack + "-" + purpose)).toString())
                    .as(purpose).doesNotContain("logs.us-east-1.amazonaws.com");
        }
    }

    @Test
    void keyPoliciesFollowTheStacksRegion() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("aws:region", "eu-west-1")));
        JsonNode data = policy(named(plan, "platform-staging-data"));
        assertThat(strings(data.at("/Statement/1/Condition/StringEquals/kms:ViaService"))).containsExactly(
                "rds.eu-west-1.amazonaws.com", "elasticache.eu-west-1.amazonaws.com", "backup.eu-west-1.amazonaws.com");
        JsonNode logs = policy(named(plan, "platform-staging-logs"));
        assertThat(logs.at("/Statement/2/Principal/Service").asText()).isEqualTo("logs.eu-west-1.amazonaws.com");
        assertThat(logs.at("/Statement/2/Condition/ArnLike/kms:EncryptionContext:aws:logs:arn").asText())
                .isEqualTo("arn:aws:logs:eu-west-1:" + ACCOUNT + ":log-group:*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyLogGroupIsEncryptedWithTheLogsKey(String stack) {
        PlanResult plan = plan(stack);
        String logsKey = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, "platform-" + stack + "-logs").id();
        assertThat(plan.ofType("aws:cloudwatch/logGroup:LogGroup")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(g -> assertThat(g.inputValues()).as(g.name()).containsEntry("kmsKeyId", logsKey));
    }

    private static JsonNode policy(RecordedResource key) {
        JsonNode doc = json((String) key.inputValues().get("policy"));
        assertThat(doc.get("Version").asText()).as(key.name()).isEqualTo("2012-10-17");
        return doc;
    }

    private static List<JsonNode> statements(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        doc.get("Statement").forEach(out::add);
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
