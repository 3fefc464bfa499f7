package io.platform.config;

import io.platform.testing.StackFixture;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code platform:instances}: seed 000's Airflow host read, defaults, and one exact message per bad value. */
class InstanceConfigValidationTest {
    static final String AIRFLOW = "{'name':'airflow','port':8080,'rootVolumeGb':50,"
            + "'loadBalancer':{'hosts':['airflow.staging.example.com'],'healthCheckPath':'/health'},"
            + "'adminCidrs':['10.8.0.0/16','203.0.113.7/32'],'calls':['database'],'secrets':['database/master'],"
            + "'userData':'#!/bin/bash\\necho airflow'}";

    private static List<InstanceConfig> instances(String json) {
        return StackFixture.load(WorkloadStacks.staging(Map.of("instances", json))).instances();
    }

    @Test
    void airflowIsRead() {
        InstanceConfig airflow = instances("[" + AIRFLOW + "]").get(0);
        assertThat(airflow.instanceType()).isEqualTo("t3.medium");
        assertThat(airflow.amiParameter()).isEqualTo("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
        assertThat(airflow.rootVolumeGb()).isEqualTo(50);
        assertThat(airflow.subnet()).isEqualTo(1);
        assertThat(airflow.port()).hasValue(8080);
        assertThat(airflow.loadBalancer()).contains(new InstanceConfig.LoadBalancerRoute(
                new ServiceConfig.Route(List.of("airflow.staging.example.com"), List.of()), "/health"));
        assertThat(airflow.adminCidrs()).containsExactly("10.8.0.0/16", "203.0.113.7/32");
        assertThat(airflow.calls()).containsExactly("database");
        assertThat(airflow.secrets()).containsExactly("database/master");
        assertThat(airflow.userData()).contains("#!/bin/bash\necho airflow");
        assertThat(airflow.terminationProtection()).isFalse();
    }

    @Test
    void aBareHostHasNoPortNoRouteAndNoAdminAccess() {
        InstanceConfig host = instances("[{'name':'batch','instanceType':'m7g.large'}]").get(0);
        assertThat(host.instanceType()).isEqualTo("m7g.large");
        assertThat(host.rootVolumeGb()).isEqualTo(30);
        assertThat(host.port()).isEmpty();
        assertThat(host.loadBalancer()).isEmpty();
        assertThat(host.adminCidrs()).isEmpty();
        assertThat(host.userData()).isEmpty();
    }

    @Test
    void theHostRouteIsOrderedBeforeTheCatchAllApi() {
        StackConfig config = StackFixture.load(WorkloadStacks.staging(Map.of("instances", "[" + AIRFLOW + "]")));
        assertThat(config.albRoutePriorities()).containsExactly(Map.entry("instance:airflow", 10), Map.entry("service:api", 20));
    }

    static Stream<Arguments> badInstances() {
        String i = "platform:instances[0]";
        return Stream.of(
                arguments("[{'name':'airflow','port':22}]", i + ".port: 22 is a remote-shell port; hosts are reached "
                        + "through Session Manager (no SSH or RDP), so serve the application on another port"),
                arguments("[{'name':'airflow','adminCidrs':['10.8.0.0/16']}]", i + ".port: is required with adminCidrs: "
                        + "the port admins reach"),
                arguments("[{'name':'airflow','port':8080,'adminCidrs':['0.0.0.0/0']}]", i + ".adminCidrs[0]: '0.0.0.0/0' "
                        + "has prefix /0; allowed: /8 to /32"),
                arguments("[{'name':'airflow','loadBalancer':{'paths':['/airflow/*']}}]", i + ".port: is required with "
                        + "loadBalancer: the port the target group forwards to"),
                arguments("[{'name':'airflow','port':8080,'loadBalancer':{}}]", i + ".loadBalancer.hosts: is required "
                        + "when paths is empty: the ALB needs a host or path to route on"),
                arguments("[{'name':'airflow','amiParameter':'ami-0123456789abcdef0'}]", i + ".amiParameter: "
                        + "'ami-0123456789abcdef0' is not an AWS public SSM parameter; allowed: /aws/service/..., e.g. "
                        + "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"),
                arguments("[{'name':'airflow','instanceType':'large'}]", i + ".instanceType: 'large' is not an EC2 "
                        + "instance type of a current family (t3, t3a, t4g, m5, m5a, m6i, m6g, m7i, m7g, c6i, c6g, c7i, "
                        + "c7g, r5, r6i, r6g, r7i, r7g)"),
                arguments("[{'name':'airflow','instanceType':'t3.mediun'}]", i + ".instanceType: 't3.mediun' is not an "
                        + "EC2 instance type of a current family (t3, t3a, t4g, m5, m5a, m6i, m6g, m7i, m7g, c6i, c6g, "
                        + "c7i, c7g, r5, r6i, r6g, r7i, r7g) (did you mean t3.medium?)"),
                arguments("[{'name':'airflow','subnet':4}]", i + ".subnet: 4 is out of range 1..3"),
                arguments("[{'name':'airflow','rootVolumeGb':4}]", i + ".rootVolumeGb: 4 is out of range 8..16384"),
                arguments("[{'name':'airflow','calls':['api']}]", i + ".calls[0]: 'api' is not allowed; allowed: "
                        + "database, redis"),
                arguments("[{'name':'airflow','secrets':['airflow/admin']}]", i + ".secrets[0]: 'airflow/admin' is not "
                        + "allowed; allowed: app/external-api-keys, app/jwt-secret, database/master, "
                        + "monitoring/slack-webhook, redis/auth-token"),
                arguments("[{'name':'airflow','userData':'" + "x".repeat(16 * 1024 + 1) + "'}]", i + ".userData: is "
                        + "16385 bytes; EC2 accepts at most 16384 (fetch the rest from S3 at boot)"),
                arguments("[{'name':'airflow','keyName':'ops'}]", i + ".keyName: is not a known setting; known settings "
                        + "here: adminCidrs, amiParameter, calls, instanceType, loadBalancer, name, port, rootVolumeGb, "
                        + "secrets, statements, subnet, terminationProtection, userData"),
                arguments("[{'name':'airflow'},{'name':'airflow'}]", "platform:instances[1].name: 'airflow' is used by "
                        + "another instance; instance names must be unique"),
                arguments("[{'name':'airflow','port':8080,'loadBalancer':{'paths':['/*']}}]", i + ".loadBalancer: route "
                        + "*/* is already served by service 'api'; two targets cannot share a host and path"));
    }

    @ParameterizedTest
    @MethodSource("badInstances")
    void badInstanceValuesAreNamedWithWhatIsAllowed(String json, String message) {
        assertThatThrownBy(() -> instances(json)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void withoutANatTheSessionManagerEndpointsMustExist() {
        assertThatThrownBy(() -> StackFixture.load(WorkloadStacks.staging(Map.of("instances", "[{'name':'airflow'}]",
                "network", "{'vpcCidr':'10.1.0.0/16','natStrategy':'none'}",
                "security", "{'appInternetEgress':false,'github':{'repository':'acme/platform'}}"))))
                .isInstanceOf(ConfigException.class)
                // Without NAT a non-production stack has ssmmessages by default (ECS Exec); ec2messages it lacks.
                .hasMessage("platform:network.interfaceEndpoints: lacks ec2messages, which Session Manager "
                        + "needs to reach the instances without a NAT gateway");
    }
}
