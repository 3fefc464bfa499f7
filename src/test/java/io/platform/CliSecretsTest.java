package io.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.platform.config.RawConfig;
import io.platform.testing.StackFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the Pulumi CLI config arrives decrypted ({@code PULUMI_CONFIG} + {@code PULUMI_CONFIG_SECRET_KEYS}).
 * For each kind of validation failure a canary secret sits in the failing section (or is the failing
 * value); the CLI path must report the failure in one line and never print the canary.
 */
class CliSecretsTest {
    private static final String CANARY = "CANARY-s3cr3t-9f8e7d6c5b4a";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // key | value with the canary | the start of the expected one-line message
            "platform:redisAuthToken|CANARY-s3cr3t/9f8e7d6c5b4a|platform:redisAuthToken: the secret contains a character",
            "platform:redisAuthToken|CANARY|platform:redisAuthToken: the secret is 6 characters long",
            "platform:owner|CANARY-s3cr3t-9f8e7d6c5b4a<>|platform:owner: '[secret]' is not a valid AWS tag value",
            "platform:environment|CANARY-s3cr3t-9f8e7d6c5b4a|platform:environment: '[secret]' is not a known environment",
            "aws:region|CANARY-s3cr3t-9f8e7d6c5b4a|aws:region: '[secret]' is not an AWS region",
            "platform:network|{'vpcCidr':'CANARY-s3cr3t-9f8e7d6c5b4a'}|platform:network.vpcCidr: '[secret]' is not a valid CIDR block",
            "platform:network|{'azCount':'CANARY-s3cr3t-9f8e7d6c5b4a'}|platform:network.azCount: [secret] is not a whole number",
            "platform:network|{'natStrategy':['CANARY-s3cr3t-9f8e7d6c5b4a']}|platform:network.natStrategy: a list of 1 items (not shown: it holds a secret) is not a string",
            "platform:network|{'azCout':'CANARY-s3cr3t-9f8e7d6c5b4a'}|platform:network.azCout: is not a known setting",
            "platform:network|['CANARY-s3cr3t-9f8e7d6c5b4a']|platform:network: a list of 1 items (not shown: it holds a secret) is not an object",
            "platform:data|{'database':{'instanceClass':'db.CANARY-s3cr3t-9f8e7d6c5b4a'}}|platform:data.database.instanceClass: '[secret]' is not an RDS",
            "platform:data|{'redis':{'nodeType':'CANARY-s3cr3t-9f8e7d6c5b4a'}}|platform:data.redis.nodeType: '[secret]' is not an ElastiCache",
            "platform:edge|{'hostedZone':'example.com','apiDomain':'api.staging.example.com','frontEnds':[{'name':'web','domainNames':['app.staging.example.com'],'contentSecurityPolicy':'CANARY-s3cr3t-9f8e7d6c5b4a','geoAllowList':['XX']}]}|platform:edge.frontEnds[0].geoAllowList[0]: 'XX' is not an ISO 3166-1",
            "platform:compute|{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['/*']},'environment':{'TOKEN':'CANARY-s3cr3t-9f8e7d6c5b4a','REDIS_HOST':'CANARY-s3cr3t-9f8e7d6c5b4a'}}]}|platform:compute.services[0].environment.REDIS_HOST: service '[secret]' sets REDIS_HOST",
            "platform:compute|{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['/*']},'environment':{'TOKEN':'CANARY-s3cr3t-9f8e7d6c5b4a'},'min':5,'max':4}]}|platform:compute.services[0].min: min 5 is greater than max 4",
            "platform:compute|{'services':[{'name':'api','image':'nginx:1.27','public':{'paths':['/*']},'secrets':{'TOKEN':'CANARY-s3cr3t-9f8e7d6c5b4a'}}]}|platform:compute.services[0].secrets.TOKEN: '[secret]' is not a secret this stack defines",
            "platform:operations|{'drRegion':'CANARY-s3cr3t-9f8e7d6c5b4a'}|platform:operations.drRegion: '[secret]' is not an AWS region",
            "platform:observability|{'alertEmails':['CANARY-s3cr3t-9f8e7d6c5b4a']}|platform:observability.alertEmails[0]: '[secret]' is not an e-mail address",
    })
    void aFailureUnderTheCliNeverPrintsTheSecret(String key, String value, String message) throws Exception {
        Map<String, String> values = new HashMap<>(StackFixture.stackFile("staging").values());
        values.put(key, value.replace('\'', '"'));
        values.put("platform:redisAuthToken", key.equals("platform:redisAuthToken") ? value : CANARY + "-valid-token");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(App.configFromCli(Map.of("PULUMI_PROJECT", "platform", "PULUMI_STACK", "staging",
                    "PULUMI_CONFIG", JSON.writeValueAsString(values),
                    "PULUMI_CONFIG_SECRET_KEYS", JSON.writeValueAsString(List.of(key, "platform:redisAuthToken"))),
                    new PrintStream(err, true, StandardCharsets.UTF_8))).isEmpty();
        } finally {
            System.setOut(stdout);
        }
        String printed = err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines().toList()).singleElement().asString()
                .startsWith("error: invalid stack config: " + message);
        assertThat(printed).doesNotContain("CANARY").doesNotContain("s3cr3t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PULUMI_CONFIG|{\"platform:redisAuthToken\": CANARY-s3cr3t}|error: invalid stack config: PULUMI_CONFIG: is not valid JSON (line 1, column 35)",
            "PULUMI_CONFIG_SECRET_KEYS|[CANARY-s3cr3t|error: invalid stack config: PULUMI_CONFIG_SECRET_KEYS: is not valid JSON (line 1, column 8)",
    })
    void unreadableCliConfigIsReportedByPositionOnly(String variable, String text, String message) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("PULUMI_PROJECT", "platform", "PULUMI_STACK", "staging",
                "PULUMI_CONFIG", JSON.writeValueAsString(StackFixture.stackFile("staging").values()),
                "PULUMI_CONFIG_SECRET_KEYS", "[]"));
        env.put(variable, text);
        var err = new ByteArrayOutputStream();
        assertThat(App.configFromCli(env, new PrintStream(err, true, StandardCharsets.UTF_8))).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith(message).doesNotContain("CANARY");
        assertThat(RawConfig.SECRET_PLACEHOLDER).isEqualTo("[secret]");
    }
}
