package io.platform.examples;

import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.network;
import static io.platform.examples.ExampleAssertions.routes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline values every seed states the same way, one row per example: region, VPC CIDR, subnets per tier
 * (in AZ order), NAT gateways, and who each severity's alert topic reaches. What only one seed says stays in
 * that example's own test class.
 */
class ExampleHeadlinesTest {
    /** One example's headline values; {@code routes} as {@link ExampleAssertions#routes} reads them. */
    record Headline(String dir, String region, String vpcCidr, List<String> publicSubnets, List<String> privateSubnets,
                    List<String> dataSubnets, int natGateways, Map<String, List<String>> routes) {
        @Override
        public String toString() {
            return dir;
        }
    }

    static final List<Headline> HEADLINES = List.of(
            // 000 §6.1: cidrsubnet(vpc, 4, i) /20s, one NAT gateway; §16.2 alarms to SNS
            new Headline("tax-practice-ai", "us-east-1", "10.0.0.0/16",
                    List.of("10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/20"),
                    List.of("10.0.48.0/20", "10.0.64.0/20", "10.0.80.0/20"),
                    List.of("10.0.96.0/20", "10.0.112.0/20", "10.0.128.0/20"), 1,
                    Map.of("critical", List.of("email:ops@taxpractice.ai"), "warning", List.of("email:ops@taxpractice.ai"))),
            // 001 §3.2 production 10.2.0.0/16, §4.1.4 a NAT gateway per AZ; §4.6.2 critical → e-mail, PagerDuty,
            // Lambda; warning → e-mail, Slack; info → Slack
            new Headline("devsecops-platform", "us-east-1", "10.2.0.0/16",
                    List.of("10.2.1.0/24", "10.2.2.0/24", "10.2.3.0/24"),
                    List.of("10.2.11.0/24", "10.2.12.0/24", "10.2.13.0/24"),
                    List.of("10.2.21.0/24", "10.2.22.0/24", "10.2.23.0/24"), 3,
                    Map.of("critical", List.of("email:oncall@yourname.com", "https", "lambda:slack-notifier"),
                            "warning", List.of("email:oncall@yourname.com", "slack:C0ALERTS01"),
                            "info", List.of("slack:C0ALERTS01"))),
            // 002: two AZs, no NAT (endpoints only); §12.2 alerts to DevOps
            new Headline("credentialmate", "us-east-1", "10.0.0.0/16",
                    List.of("10.0.1.0/24", "10.0.2.0/24"), List.of("10.0.11.0/24", "10.0.12.0/24"),
                    List.of("10.0.21.0/24", "10.0.22.0/24"), 0,
                    Map.of("critical", List.of("email:devops@credentialmate.com"),
                            "warning", List.of("email:devops@credentialmate.com"))),
            // 003: ca-central-1, two AZs with a NAT gateway each; alarm_email
            new Headline("berthcare", "ca-central-1", "10.0.0.0/16",
                    List.of("10.0.1.0/24", "10.0.2.0/24"), List.of("10.0.11.0/24", "10.0.12.0/24"),
                    List.of("10.0.21.0/24", "10.0.22.0/24"), 2,
                    Map.of("critical", List.of("email:alerts@berthcare.ca"), "warning", List.of("email:alerts@berthcare.ca"))),
            // 004: three AZs, NAT gateways in each; alerts: critical → PagerDuty, high → Slack and e-mail,
            // medium → e-mail (low: the dashboards)
            new Headline("techcorp", "us-east-1", "10.0.0.0/16",
                    List.of("10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"),
                    List.of("10.0.11.0/24", "10.0.12.0/24", "10.0.13.0/24"),
                    List.of("10.0.21.0/24", "10.0.22.0/24", "10.0.23.0/24"), 3,
                    Map.of("critical", List.of("https"),
                            "warning", List.of("email:infrastructure@techcorp-ai.com", "slack:C0TECHCORP1"),
                            "info", List.of("email:infrastructure@techcorp-ai.com"))));

    @ParameterizedTest(name = "{0}")
    @FieldSource("HEADLINES")
    void regionVpcSubnetsAndNatGateways(Headline h) {
        Examples.Example example = Examples.byDir(h.dir());
        network(Examples.plan(example), Examples.template(example), h.region(), h.vpcCidr(),
                Map.of("public", h.publicSubnets(), "private", h.privateSubnets(), "data", h.dataSubnets()), h.natGateways());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("HEADLINES")
    void eachSeveritysTopicReachesTheSeedsSubscribers(Headline h) {
        Template t = Examples.template(Examples.byDir(h.dir()));
        assertThat(routes(t)).isEqualTo(h.routes());
    }

    @org.junit.jupiter.api.Test
    void everyExampleHasAHeadlineRow() {
        assertThat(HEADLINES).extracting(Headline::dir)
                .containsExactlyInAnyOrderElementsOf(Examples.ALL.stream().map(Examples.Example::dir).toList());
    }
}
