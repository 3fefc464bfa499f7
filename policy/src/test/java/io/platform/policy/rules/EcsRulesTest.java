package io.platform.policy.rules;

import io.platform.policy.rules.ecs.AwsLogs;
import io.platform.policy.rules.ecs.CircuitBreaker;
import io.platform.policy.rules.ecs.ExecDisabledInProduction;
import io.platform.policy.rules.ecs.NoPlainSecrets;
import io.platform.policy.rules.ecs.NoPublicIp;
import io.platform.policy.rules.ecs.NonRootUser;
import io.platform.policy.rules.ecs.NotPrivileged;
import io.platform.policy.rules.ecs.ReadOnlyRootFilesystem;
import io.platform.policy.sdk.Secret;
import io.platform.policy.sdk.Unknown;
import io.platform.policy.sdk.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.ECS_SERVICE;
import static io.platform.policy.sdk.PolicyTestKit.forRule;
import static org.assertj.core.api.Assertions.assertThat;

class EcsRulesTest {
    /** A container as the program declares it (SPEC §3.4). */
    static final String COMPLIANT = """
            [{"name": "api", "image": "1.dkr.ecr.us-east-1.amazonaws.com/api:1.0", "essential": true,
              "user": "1000:1000", "readonlyRootFilesystem": true, "privileged": false,
              "portMappings": [{"containerPort": 8000}],
              "environment": [{"name": "PORT", "value": "8000"}, {"name": "AWS_REGION", "value": "us-east-1"}],
              "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:1:secret:/staging/db"}],
              "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/api"}}}]""";

    static final String SLOPPY = """
            [{"name": "worker", "image": "worker:latest", "user": "root", "privileged": true,
              "readonlyRootFilesystem": false,
              "environment": [{"name": "DB_PASSWORD", "value": "hunter2-hunter2"}, {"name": "STRIPE_API_KEY", "value": "sk_live_x"},
                              {"name": "KEYCLOAK_URL", "value": "https://id"}],
              "logConfiguration": {"logDriver": "json-file"}},
             {"image": "sidecar:1"}]""";

    @Nested
    class TaskDefinition {
        @Test
        void compliantContainerPassesEveryContainerRule() {
            for (var rule : List.of(ReadOnlyRootFilesystem.policy(), NonRootUser.policy(), NotPrivileged.policy(),
                    AwsLogs.policy(), NoPlainSecrets.policy())) {
                forRule(rule).withProperty("containerDefinitions", COMPLIANT).expectNoViolations();
            }
        }

        @Test
        void readOnlyRootFilesystem() {
            forRule(ReadOnlyRootFilesystem.policy()).withProperty("containerDefinitions", SLOPPY)
                    .expectViolations(
                            "containerDefinitions[worker].readonlyRootFilesystem is false; containers must run with a read-only root filesystem",
                            "containerDefinitions[1].readonlyRootFilesystem is not set; containers must run with a read-only root filesystem");
        }

        @Test
        void nonRootUser() {
            forRule(NonRootUser.policy()).withProperty("containerDefinitions", SLOPPY)
                    .expectViolations(
                            "containerDefinitions[worker].user is root; containers must run as a non-root user such as 1000:1000",
                            "containerDefinitions[1].user is not set (runs as root); containers must run as a non-root user such as 1000:1000");
        }

        @Test
        void notPrivileged() {
            forRule(NotPrivileged.policy()).withProperty("containerDefinitions", SLOPPY)
                    .expectViolations("containerDefinitions[worker].privileged is true; containers must not run privileged");
        }

        @Test
        void awslogs() {
            forRule(AwsLogs.policy()).withProperty("containerDefinitions", SLOPPY)
                    .expectViolations(
                            "containerDefinitions[worker].logConfiguration.logDriver is json-file; containers must log through awslogs",
                            "containerDefinitions[1].logConfiguration is not set; containers must log through awslogs");
        }

        @Test
        void plainSecretsAreNamedButNeverEchoed() {
            var report = forRule(NoPlainSecrets.policy()).withProperty("containerDefinitions", SLOPPY).run();
            assertThat(report.enforced()).extracting(Violation::message).containsExactly(
                    "containerDefinitions[worker].environment has DB_PASSWORD as a plain value; "
                            + "pass secrets through secrets (valueFrom a Secrets Manager ARN)",
                    "containerDefinitions[worker].environment has STRIPE_API_KEY as a plain value; "
                            + "pass secrets through secrets (valueFrom a Secrets Manager ARN)");
            assertThat(report.enforced()).extracting(Violation::message)
                    .noneMatch(m -> m.contains("hunter2") || m.contains("sk_live"));
        }

        @Test
        void secretContainerDefinitionsAreStillChecked() {
            forRule(NotPrivileged.policy()).withProperty("containerDefinitions", new Secret(SLOPPY))
                    .expectViolations("containerDefinitions[worker].privileged is true; containers must not run privileged");
        }

        @Test
        void unknownContainerDefinitionsAreNotJudged() {
            var report = forRule(NonRootUser.policy()).dryRun().withProperty("containerDefinitions", Unknown.VALUE).run();
            assertThat(report.violations()).isEmpty();
            assertThat(report.skippedChecks()).isEqualTo(1);
        }
    }

    @Nested
    class Service {
        @Test
        void noPublicIp() {
            forRule(NoPublicIp.policy()).withType(ECS_SERVICE).withProperty("networkConfiguration",
                    Map.of("assignPublicIp", false, "subnets", List.of("subnet-a"))).expectNoViolations();
            forRule(NoPublicIp.policy()).withType(ECS_SERVICE).withProperty("networkConfiguration", Map.of("assignPublicIp", true))
                    .expectViolations("networkConfiguration.assignPublicIp is true; "
                            + "ECS services must run in private subnets without public IPs");
        }

        @Test
        void circuitBreaker() {
            forRule(CircuitBreaker.policy()).withProperty("deploymentCircuitBreaker", Map.of("enable", true, "rollback", true))
                    .expectNoViolations();
            forRule(CircuitBreaker.policy()).withProperty("deploymentCircuitBreaker", Map.of("enable", true, "rollback", false))
                    .expectViolations("deploymentCircuitBreaker.rollback is false; ECS deployments must stop and roll back failing releases");
            forRule(CircuitBreaker.policy()).withProperty("desiredCount", 2)
                    .expectViolations(
                            "deploymentCircuitBreaker.enable is not set; ECS deployments must stop and roll back failing releases",
                            "deploymentCircuitBreaker.rollback is not set; ECS deployments must stop and roll back failing releases");
            forRule(CircuitBreaker.policy()).withProperty("deploymentController", Map.of("type", "CODE_DEPLOY"))
                    .expectNoViolations();
        }

        @Test
        void execOnlyOutsideProduction() {
            forRule(ExecDisabledInProduction.policy()).inStack("staging").withProperty("enableExecuteCommand", true)
                    .expectNoViolations();
            forRule(ExecDisabledInProduction.policy()).inStack("production").withProperty("enableExecuteCommand", false)
                    .expectNoViolations();
            forRule(ExecDisabledInProduction.policy()).inStack("production").withProperty("enableExecuteCommand", true)
                    .expectViolations("enableExecuteCommand is true; ECS Exec must be off in production");
        }

        @Test
        void serviceTypeIsCovered() {
            assertThat(NoPublicIp.policy().resourceTypes()).containsExactlyInAnyOrder(ECS_SERVICE, "aws:ecs/taskSet:TaskSet");
        }
    }
}
