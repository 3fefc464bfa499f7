package io.platform.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.iam.PolicyDocument;
import io.platform.iam.PolicyDocument.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The log-delivery statements the access-log secure bucket carries ({@link LogDelivery}). */
class SecureBucketLogDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:s3:::logs-bucket";

    private static JsonNode render(Statement statement) throws Exception {
        return JSON.readTree(PolicyDocument.create().statement(statement).toJson()).get("Statement").get(0);
    }

    @ParameterizedTest
    @CsvSource({"us-east-1, 127311923021", "us-west-2, 797873946194", "eu-central-1, 054676820928",
            "ap-southeast-2, 783225319266", "sa-east-1, 507241528517"})
    void albLogsComeFromTheRegionalElbAccount(String region, String elbAccount) throws Exception {
        JsonNode s = render(LogDelivery.albAccessLogs(ARN, "aws", region, "123456789012"));
        assertThat(s.get("Sid").asText()).isEqualTo("AlbAccessLogDelivery");
        assertThat(s.get("Effect").asText()).isEqualTo("Allow");
        assertThat(s.at("/Principal/AWS").asText()).isEqualTo("arn:aws:iam::" + elbAccount + ":root");
        assertThat(s.get("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(s.get("Resource").asText()).isEqualTo(ARN + "/alb/AWSLogs/123456789012/*");
    }

    @Test
    void newRegionsUseTheLogDeliveryServicePrincipal() throws Exception {
        JsonNode s = render(LogDelivery.albAccessLogs(ARN, "aws", "eu-central-2", "123456789012"));
        assertThat(s.at("/Principal/Service").asText()).isEqualTo("logdelivery.elasticloadbalancing.amazonaws.com");
        assertThat(s.get("Resource").asText()).isEqualTo(ARN + "/alb/AWSLogs/123456789012/*");
    }

    @Test
    void s3ServerAccessLogsAreLimitedToThePrefixAndTheAccount() throws Exception {
        JsonNode s = render(LogDelivery.s3ServerAccessLogs(ARN, "123456789012"));
        assertThat(s.get("Sid").asText()).isEqualTo("S3ServerAccessLogDelivery");
        assertThat(s.at("/Principal/Service").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(s.get("Resource").asText()).isEqualTo(ARN + "/s3/*");
        assertThat(s.at("/Condition/StringEquals/aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(LogDelivery.S3_PREFIX).isEqualTo("s3");
        assertThat(LogDelivery.ALB_PREFIX).isEqualTo("alb");
    }

    /**
     * Production bug (reported, not fixed here): regions that opened before August 2022 but are
     * missing from {@code LogDelivery.ELB_ACCOUNTS} fall back to the service principal, which AWS
     * documents only for regions opened since August 2022, so ALB logging fails there.
     */
    @ParameterizedTest
    @CsvSource({"af-south-1, 098369216593", "ap-east-1, 754344448648", "ap-northeast-3, 383597477331",
            "eu-south-1, 635631232127", "me-south-1, 076674570225"})
    void olderOptInRegionsAlsoUseTheirElbAccount(String region, String elbAccount) throws Exception {
        JsonNode s = render(LogDelivery.albAccessLogs(ARN, "aws", region, "123456789012"));
        assertThat(s.at("/Principal/AWS").asText()).isEqualTo("arn:aws:iam::" + elbAccount + ":root");
    }
}
