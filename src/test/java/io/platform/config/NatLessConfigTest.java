package io.platform.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.platform.testing.StackFixture.load;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14 item 5: a NAT-less stack must have the endpoints it needs, and every endpoint a service declares. */
class NatLessConfigTest {

    private static StackConfig stack(String stack, String network) {
        return load(withOverrides(stackFile(stack), Map.of("platform:network", network)));
    }

    @Test
    void withoutNatNonProductionStacksGetTheExecChannelByDefault() {
        assertThat(stack("staging", "{\"natStrategy\":\"none\"}").network().interfaceEndpoints()).containsExactly(
                "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "kms", "sts", "ssmmessages");
        assertThat(stack("production", "{\"natStrategy\":\"none\"}").network().interfaceEndpoints()).containsExactly(
                "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "kms", "sts");
    }

    @Test
    void aNatLessStackWithoutTheImageEndpointsIsRefused() {
        assertThatThrownBy(() -> stack("production", "{\"natStrategy\":\"none\",\"interfaceEndpoints\":"
                + "[\"logs\",\"secretsmanager\"]}"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("platform:network.interfaceEndpoints: [logs, secretsmanager] lacks ecr.api, ecr.dkr, which "
                        + "natStrategy none needs (images, logs, secrets reach AWS only through endpoints); add them or "
                        + "choose a NAT strategy");
    }

    @Test
    void withEcsExecTheMessageChannelsAndTheSessionKeyAreNeededToo() {
        assertThatThrownBy(() -> stack("staging", "{\"natStrategy\":\"none\",\"interfaceEndpoints\":"
                + "[\"ecr.api\",\"ecr.dkr\",\"logs\",\"secretsmanager\"]}"))
                .hasMessage("platform:network.interfaceEndpoints: [ecr.api, ecr.dkr, logs, secretsmanager] lacks "
                        + "ssmmessages, kms, which natStrategy none needs (images, logs, secrets, ECS Exec reach AWS only "
                        + "through endpoints); add them or choose a NAT strategy");
    }

    @Test
    void aServiceThatSendsMailNeedsTheSmtpEndpoint() {
        String compute = stackFile("staging").values().get("platform:compute")
                .replace("\"worker\":true", "\"worker\":true,\"endpoints\":[\"email-smtp\"]");
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:compute", compute))))
                .hasMessage("platform:compute.services[1].endpoints[0]: 'email-smtp' is not in "
                        + "platform:network.interfaceEndpoints; add it there, so the service reaches it through its endpoint");
        StackConfig ok = load(withOverrides(stackFile("staging"), Map.of("platform:compute", compute, "platform:network",
                "{\"natStrategy\":\"none\",\"interfaceEndpoints\":[\"ecr.api\",\"ecr.dkr\",\"logs\",\"secretsmanager\","
                        + "\"ssmmessages\",\"kms\",\"email-smtp\"]}")));
        assertThat(ok.compute().services().get(1).endpoints()).containsExactly("email-smtp");
    }

    @Test
    void aDeclaredEndpointMustBeOneTheProgramKnows() {
        String compute = stackFile("staging").values().get("platform:compute")
                .replace("\"worker\":true", "\"worker\":true,\"endpoints\":[\"ses\"]");
        assertThatThrownBy(() -> load(withOverrides(stackFile("staging"), Map.of("platform:compute", compute))))
                .hasMessageStartingWith("platform:compute.services[1].endpoints[0]: 'ses' is not allowed (did you mean sns?); allowed: "
                        + "ec2messages, ecr.api, ecr.dkr,");
    }
}
