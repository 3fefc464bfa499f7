package io.platform.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.config.ConfigException;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.map;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code platform:observability.logArchive}: log groups → Firehose (KMS) → secure bucket → Glacier → expiry. */
class LogArchiveTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "platform-production-log-archive-123456789012";
    private static final String STREAM = "arn:aws:firehose:us-east-1:123456789012:deliverystream/platform-production-log-archive";
    private static PlanResult plan;

    @BeforeAll
    static void planOnce() {
        plan = plan(withOverrides(stackFile("production"), Map.of("platform:observability",
                "{\"logArchive\":{\"logGroups\":[\"cloudtrail\",\"api\"],\"glacierAfterDays\":1,\"expireAfterDays\":2555}}")));
    }

    @Test
    void bucketMovesToGlacierAndExpires() {
        RecordedResource lifecycle = named(plan, "platform-production-log-archive-lifecycle");
        List<Object> rules = (List<Object>) lifecycle.inputValues().get("rules");
        assertThat(rules).anySatisfy(r -> assertThat(map(r)).containsEntry("id", "archive")
                .containsEntry("transitions", List.of(Map.of("days", 1L, "storageClass", "GLACIER"))));
        assertThat(rules).anySatisfy(r -> assertThat(map(r)).containsEntry("id", "expire-current-objects")
                .containsEntry("expiration", Map.of("days", 2555L)));
        assertThat(named(plan, "platform-production-log-archive-versioning").inputValues().toString()).contains("Enabled");
        assertThat(named(plan, "platform-production-log-archive-public-access-block").inputValues())
                .containsEntry("blockPublicAcls", true).containsEntry("restrictPublicBuckets", true);
    }

    @Test
    void streamIsEncryptedWithTheLogsKeyAndWritesWithTheS3Key() {
        Map<String, Object> stream = named(plan, "platform-production-log-archive-stream").inputValues();
        String logsKey = "arn:aws:kms:us-east-1:123456789012:key/" + named(plan, "platform-production-logs").id();
        String s3Key = "arn:aws:kms:us-east-1:123456789012:key/" + named(plan, "platform-production-s3").id();
        assertThat(stream).containsEntry("destination", "extended_s3");
        assertThat(map(stream.get("serverSideEncryption"))).containsEntry("enabled", true)
                .containsEntry("keyType", "CUSTOMER_MANAGED_CMK").containsEntry("keyArn", logsKey);
        assertThat(map(stream.get("extendedS3Configuration")))
                .containsEntry("bucketArn", "arn:aws:s3:::" + BUCKET)
                .containsEntry("kmsKeyArn", s3Key)
                .containsEntry("compressionFormat", "UNCOMPRESSED")
                .containsEntry("bufferingInterval", 300L).containsEntry("bufferingSize", 5L)
                .containsEntry("prefix", "logs/");
    }

    @Test
    void rolesReachOnlyTheirStreamBucketAndKey() throws Exception {
        JsonNode firehose = JSON.readTree((String) named(plan, "platform-production-log-archive-firehose-to-s3")
                .inputValues().get("policy"));
        assertThat(firehose.at("/Statement/0/Resource").toString())
                .isEqualTo("[\"arn:aws:s3:::" + BUCKET + "\",\"arn:aws:s3:::" + BUCKET + "/*\"]");
        assertThat(firehose.at("/Statement/1/Condition/StringEquals/kms:ViaService").asText())
                .isEqualTo("s3.us-east-1.amazonaws.com");
        JsonNode trust = JSON.readTree((String) named(plan, "platform-production-log-archive-firehose-role")
                .inputValues().get("assumeRolePolicy"));
        assertThat(trust.at("/Statement/0/Principal/Service").asText()).isEqualTo("firehose.amazonaws.com");
        assertThat(trust.at("/Statement/0/Condition/ArnLike/aws:SourceArn").asText()).isEqualTo(STREAM);
        JsonNode logs = JSON.readTree((String) named(plan, "platform-production-log-archive-logs-to-firehose")
                .inputValues().get("policy"));
        assertThat(logs.at("/Statement/0/Action").toString()).isEqualTo("[\"firehose:PutRecord\",\"firehose:PutRecordBatch\"]");
        assertThat(logs.at("/Statement/0/Resource").asText()).isEqualTo(STREAM);
        JsonNode logsTrust = JSON.readTree((String) named(plan, "platform-production-log-archive-logs-role")
                .inputValues().get("assumeRolePolicy"));
        assertThat(logsTrust.at("/Statement/0/Principal/Service").asText()).isEqualTo("logs.us-east-1.amazonaws.com");
        assertThat(logsTrust.at("/Statement/0/Condition/ArnLike/aws:SourceArn").asText())
                .isEqualTo("arn:aws:logs:us-east-1:123456789012:*");
        assertThat(logsTrust.at("/Statement/0/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
    }

    @Test
    void everyNamedGroupIsSubscribedAndTheLogsKeyLetsFirehoseIn() throws Exception {
        assertThat(plan.ofType("aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter"))
                .extracting(r -> r.name() + "=" + r.inputValues().get("logGroup") + "|" + r.inputValues().get("destinationArn")
                        + "|" + r.inputValues().get("filterPattern"))
                .containsExactlyInAnyOrder(
                        "platform-production-log-archive-api=" + named(plan, "platform-production-api-logs")
                                .inputValues().get("name") + "|" + STREAM + "|",
                        "platform-production-log-archive-cloudtrail=/platform/production/cloudtrail|" + STREAM + "|");
        JsonNode keyPolicy = JSON.readTree((String) named(plan, "platform-production-logs").inputValues().get("policy"));
        assertThat(keyPolicy.toString()).contains("firehose.us-east-1.amazonaws.com");
        JsonNode stagingKey = JSON.readTree((String) named(plan("staging"), "platform-staging-logs").inputValues().get("policy"));
        assertThat(stagingKey.toString()).doesNotContain("firehose");
        assertThat(plan("staging").ofType("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream")).isEmpty();
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:observability",
                "{\"logArchive\":{\"logGroups\":[\"cloudtrail\"]}}"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:observability.logArchive.logGroups[0]: 'cloudtrail' needs "
                        + "platform:security.accountBaseline (the trail's log group); allowed: api, worker");
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:observability",
                "{\"logArchive\":{\"logGroups\":[\"apy\"]}}"))))
                .hasMessage("platform:observability.logArchive.logGroups[0]: 'apy' is not a log group the platform can "
                        + "archive (did you mean api?); allowed: cloudtrail, api, worker");
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:observability",
                "{\"logArchive\":{\"logGroups\":[\"api\"],\"glacierAfterDays\":400,\"expireAfterDays\":365}}"))))
                .hasMessage("platform:observability.logArchive.expireAfterDays: 365 is not after glacierAfterDays (400); "
                        + "allowed: more than 400");
        assertThatThrownBy(() -> load(withOverrides(stackFile("production"), Map.of("platform:observability",
                "{\"logArchive\":{\"glacierAfterDays\":1}}"))))
                .hasMessage("platform:observability.logArchive.logGroups: is required and not empty: the log groups to "
                        + "archive, cloudtrail (the account baseline's trail) and/or service names");
    }
}
