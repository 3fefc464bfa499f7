package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigLoaderTest {

    @Test
    void stagingGetsTheSpecNetwork() {
        StackConfig config = load(stackFile("staging"));
        NetworkConfig network = config.network();
        assertThat(config.environment()).isEqualTo(Environment.STAGING);
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(network.vpcCidr()).isEqualTo("10.1.0.0/16");
        assertThat(network.azCount()).isEqualTo(3);
        assertThat(network.natStrategy()).isEqualTo(NatStrategy.SINGLE);
        assertThat(network.publicSubnetCidrs()).containsExactly("10.1.1.0/24", "10.1.2.0/24", "10.1.3.0/24");
        assertThat(network.privateSubnetCidrs()).containsExactly("10.1.11.0/24", "10.1.12.0/24", "10.1.13.0/24");
        assertThat(network.dataSubnetCidrs()).containsExactly("10.1.21.0/24", "10.1.22.0/24", "10.1.23.0/24");
        assertThat(network.interfaceEndpoints())
                .containsExactly("ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "kms", "sts");
        assertThat(network.flowLogRetentionDays()).isEqualTo(90);
    }

    @Test
    void productionGetsOneNatPerAzAndItsOwnCidr() {
        StackConfig config = load(stackFile("production"));
        assertThat(config.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(config.network().vpcCidr()).isEqualTo("10.2.0.0/16");
        assertThat(config.network().natStrategy()).isEqualTo(NatStrategy.PER_AZ);
        assertThat(config.network().natGatewayCount()).isEqualTo(3);
        assertThat(config.network().dataSubnetCidrs()).containsExactly("10.2.21.0/24", "10.2.22.0/24", "10.2.23.0/24");
    }

    @Test
    void environmentDefaultsFillWhatTheStackFileLeavesOut() {
        var raw = withOverrides(stackFile("production"), Map.of("platform:network", "{}"));
        NetworkConfig network = load(raw).network();
        assertThat(network.vpcCidr()).isEqualTo("10.2.0.0/16");
        assertThat(network.natStrategy()).isEqualTo(NatStrategy.PER_AZ);
    }

    @Test
    void theSecretStaysOpaque() {
        StackConfig config = load(stackFile("staging"));
        assertThat(config.redisAuthToken().orElseThrow().toString()).isEqualTo("[secret]");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "platform:network | {\"vpcCidr\":\"10.1.0.0/33\"} | platform:network.vpcCidr: '10.1.0.0/33' is not a valid CIDR block; expected e.g. 10.1.0.0/16",
            "platform:network | {\"vpcCidr\":\"10.1.0/16x\"} | platform:network.vpcCidr: '10.1.0/16x' is not a valid CIDR block; expected e.g. 10.1.0.0/16",
            "platform:network | {\"vpcCidr\":\"10.1.0.0/8\"} | platform:network.vpcCidr: '10.1.0.0/8' has prefix /8; allowed: /16 to /28",
            "platform:network | {\"vpcCidr\":\"10.1.5.0/16\"} | platform:network.vpcCidr: '10.1.5.0/16' has host bits set; did you mean 10.1.0.0/16?",
            "platform:network | {\"azCount\":5} | platform:network.azCount: 5 is out of range 2..3",
            "platform:network | {\"azCount\":1} | platform:network.azCount: 1 is out of range 2..3",
            "platform:network | {\"azCount\":\"three\"} | platform:network.azCount: 'three' is not a whole number; allowed: 2..3",
            "platform:network | {\"natStrategy\":\"double\"} | platform:network.natStrategy: 'double' is not allowed; allowed: none, single, perAz",
            "platform:network | {\"azCont\":3} | platform:network.azCont: is not a known setting (did you mean azCount?); known settings here: azCount, dataSubnets, dynamoDbGatewayEndpoint, flowLogRetentionDays, interfaceEndpoints, natStrategy, privateSubnets, publicSubnets, vpcCidr",
            "platform:network | {\"flowLogRetentionDays\":45} | platform:network.flowLogRetentionDays: 45 is not allowed; allowed: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653",
            "platform:network | {\"interfaceEndpoints\":[\"ecr.api\",\"s4\"]} | platform:network.interfaceEndpoints[1]: 's4' is not allowed; allowed: ec2messages, ecr.api, ecr.dkr, ecs, ecs-agent, ecs-telemetry, elasticloadbalancing, email-smtp, execute-api, kms, logs, monitoring, secretsmanager, sns, sqs, ssm, ssmmessages, sts, xray",
            "platform:network | [1,2] | platform:network: [1,2] is not an object; expected a map of settings",
            "platform:environment | qa | platform:environment: 'qa' is not a known environment; allowed: dev, staging, production",
            "platform:netwrok | {} | platform:netwrok: is not a known setting (did you mean network?); known settings here: access, alertHttpsEndpoint, compute, costCenter, data, dnssec, edge, environment, failover, functions, instances, logRetentionDays, naming, network, observability, operations, owner, redisAuthToken, secrets, security",
            "platform:owner | 'bad<owner>' | platform:owner: 'bad<owner>' is not a valid AWS tag value; allowed: up to 256 letters, digits, spaces and _.:/=+-@",
            "aws:region | mars-north-1x | aws:region: 'mars-north-1x' is not an AWS region (such as us-east-1)",
    })
    void badValuesAreNamedWithWhatIsAllowed(String key, String value, String message) {
        var raw = withOverrides(stackFile("staging"), Map.of(key, value.replace("'", "")));
        assertThatThrownBy(() -> load(raw)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void subnetOutsideTheVpcIsRejected() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:network",
                "{\"privateSubnets\":[\"10.1.11.0/24\",\"10.9.12.0/24\",\"10.1.13.0/24\"]}"));
        assertThatThrownBy(() -> load(raw)).hasMessage("platform:network.privateSubnets[1]: 10.9.12.0/24 is outside "
                + "the VPC CIDR 10.1.0.0/16; every subnet must lie inside it");
    }

    @Test
    void overlappingSubnetsAreRejected() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:network",
                "{\"dataSubnets\":[\"10.1.21.0/24\",\"10.1.0.0/20\",\"10.1.23.0/24\"]}"));
        assertThatThrownBy(() -> load(raw)).hasMessage("platform:network.dataSubnets[1]: 10.1.0.0/20 overlaps "
                + "platform:network.publicSubnets[0] (10.1.1.0/24); subnets must not overlap");
    }

    @Test
    void subnetCountMustMatchAzCount() {
        var raw = withOverrides(stackFile("staging"), Map.of("platform:network",
                "{\"azCount\":2,\"publicSubnets\":[\"10.1.1.0/24\",\"10.1.2.0/24\",\"10.1.3.0/24\"]}"));
        assertThatThrownBy(() -> load(raw)).hasMessage("platform:network.publicSubnets: [10.1.1.0/24, 10.1.2.0/24, "
                + "10.1.3.0/24] has 3 subnets; azCount is 2, so exactly 2 are needed (one per AZ)");
    }

    @Test
    void missingSecretSaysHowToSetIt() {
        var values = new HashMap<String, String>();
        values.put("platform:redisAuthToken", null);
        var raw = withOverrides(stackFile("staging"), values);
        assertThatThrownBy(() -> load(raw)).hasMessage("platform:redisAuthToken: is required and must be a secret; "
                + "set it with: pulumi config set --secret platform:redisAuthToken <value>");
    }

    @Test
    void plainTextSecretIsRejectedWithoutEchoingIt() {
        var base = stackFile("staging");
        var values = new HashMap<>(base.values());
        values.put("platform:redisAuthToken", "hunter2-plain-text-token");
        var raw = new RawConfig(base.project(), base.stack(), values, java.util.Set.of());
        assertThatThrownBy(() -> load(raw))
                .hasMessage("platform:redisAuthToken: is set in plain text; it must be encrypted: "
                        + "pulumi config set --secret platform:redisAuthToken <value>")
                .message().doesNotContain("hunter2");
    }

    @Test
    void environmentFallsBackToTheStackNameOnlyWhenItIsOne() {
        var values = new HashMap<String, String>();
        values.put("platform:environment", null);
        var fromName = withOverrides(stackFile("production"), values);
        assertThat(load(fromName).environment()).isEqualTo(Environment.PRODUCTION);

        var base = withOverrides(stackFile("staging"), values);
        var renamed = new RawConfig("platform", "feature-x", base.values(), base.secretKeys());
        assertThatThrownBy(() -> load(renamed)).hasMessage("platform:environment: is required because the stack "
                + "name 'feature-x' is not an environment; allowed: dev, staging, production");
    }

    @Test
    void missingOwnerIsRequired() {
        var values = new HashMap<String, String>();
        values.put("platform:owner", null);
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), values)))
                .hasMessage("platform:owner: is required: the team that owns this stack (the Owner tag)");
    }

    @Test
    void readsPulumiEnvironmentVariablesAsTheLanguageHostSetsThem() throws Exception {
        var values = new HashMap<>(stackFile("staging").values());
        values.put("platform:network", "{\"azCount\":2}");
        values.put("platform:redisAuthToken", "s3cr3t-value-0123456789");
        RawConfig raw = RawConfig.fromPulumiEnvironment(Map.of(
                "PULUMI_PROJECT", "platform",
                "PULUMI_STACK", "staging",
                "PULUMI_CONFIG", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values),
                "PULUMI_CONFIG_SECRET_KEYS", "[\"platform:redisAuthToken\"]"));
        StackConfig config = load(raw);
        assertThat(config.environment()).isEqualTo(Environment.STAGING);
        assertThat(config.network().azCount()).isEqualTo(2);
        assertThat(config.network().privateSubnetCidrs()).containsExactly("10.1.11.0/24", "10.1.12.0/24");
        assertThat(config.compute().services()).extracting(ServiceConfig::name).containsExactly("api", "worker");
        assertThat(config.redisAuthToken().orElseThrow().reveal()).isEqualTo("s3cr3t-value-0123456789");
    }
}
