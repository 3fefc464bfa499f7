package io.platform.examples;

import io.platform.plan.PlanResult;
import io.platform.testing.Examples;
import io.platform.testing.Template;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.examples.ExampleAssertions.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002: NAT-less, endpoint-first, four services, no Redis, on its example's plan. */
class CredentialMateExampleTest {
    private final PlanResult plan = Examples.plan(Examples.byDir("credentialmate"));
    private final Template t = Examples.template(Examples.byDir("credentialmate"));

    @Test
    void withoutNatTheSeedsEndpointsCarryTheTraffic() {
        // region, CIDRs, subnets and (no) NAT gateways: ExampleHeadlinesTest
        assertThat(t.ofType("aws:ec2/eip:Eip")).isEmpty();
        assertThat(t.ofType("aws:ec2/route:Route")).noneMatch(r -> r.inputValues().containsKey("natGatewayId"));
        assertThat(t.ofType("aws:ec2/vpcEndpoint:VpcEndpoint")).extracting(r -> r.inputValues().get("serviceName"))
                .containsExactlyInAnyOrder("com.amazonaws.us-east-1.s3", "com.amazonaws.us-east-1.dynamodb",
                        "com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr", "com.amazonaws.us-east-1.logs",
                        "com.amazonaws.us-east-1.monitoring", "com.amazonaws.us-east-1.secretsmanager",
                        "com.amazonaws.us-east-1.kms", "com.amazonaws.us-east-1.email-smtp");
    }

    @Test
    void fourServicesFrontendBackendParserAndNotificationWorker() {
        services(t, Map.of("frontend", List.of(256, 512, 2, 2, 6), "backend", List.of(512, 1024, 2, 2, 6),
                "parser-service", List.of(512, 1024, 1, 1, 4), "notification-worker", List.of(256, 512, 1, 1, 2)));
        assertThat(t.json(TASK, "frontend-task", "containerDefinitions").get(0).get("readonlyRootFilesystem").asBoolean())
                .isTrue();
    }

    @Test
    void postgres15OnAMultiAzT4gSmallKeeping30DaysAndNoRedis() {
        assertThat(t.inputs(RDS, "db")).containsEntry("engine", "postgres").containsEntry("engineVersion", "15")
                .containsEntry("instanceClass", "db.t4g.small").containsEntry("multiAz", true)
                .containsEntry("publiclyAccessible", false).containsEntry("performanceInsightsEnabled", true);
        assertThat(((Number) t.inputs(RDS, "db").get("backupRetentionPeriod")).intValue()).isEqualTo(30);
        assertThat(plan.declared()).noneMatch(r -> r.type().startsWith("aws:elasticache/"));
    }

    @Test
    void theSeedsFiveAlertsWithRdsCpuAt70AndTheSesBounceRateEscalating() {
        alarms(t, Map.of(
                "ecs-running-backend", below(2, 60, 3, "critical"),                     // ECS task crash
                "alb-5xx", above(10, 60, 1, "critical"),                                // ALB 5xx surge
                "rds-cpu", above(70, 300, 2, "warning"),                                // RDS CPU > 70%
                "rds-free-storage", below(10.0 * 1024 * 1024 * 1024, 300, 1, "critical"), // low free storage
                "ses-bounce-rate", above(0.05, 900, 1, "critical"),                     // SES bounce rate escalation
                "ses-complaint-rate", above(0.001, 900, 1, "warning")));
        assertThat(t.inputs(ALARM, "ses-bounce-rate")).containsEntry("namespace", "AWS/SES")
                .containsEntry("metricName", "Reputation.BounceRate")
                .containsEntry("okActions", List.of("arn:aws:sns:us-east-1:123456789012:credentialmate-production-alerts"));
        webAcl(t, "waf", 2000, List.of("rate-limit-per-ip", "AWSManagedRulesAmazonIpReputationList",
                "AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesLinuxRuleSet"));
    }
}
