package io.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.platform.testing.Template.parse;
import static io.platform.testing.Template.statements;
import static io.platform.testing.Template.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-service IAM (seed 002's back end sends SES mail and deletes expired uploads): a service that
 * declares statements runs as a role of its own — the shared application access plus exactly its
 * statements — while the others keep the shared role; the deploy role may pass the new role to ECS.
 */
class ServiceTaskRolesTest {
    private static final String ROLE = "aws:iam/role:Role";
    private static final String POLICY = "aws:iam/rolePolicy:RolePolicy";
    private static final String TASK = "aws:ecs/taskDefinition:TaskDefinition";
    private static final String A = StackFixture.ACCOUNT;

    private static final PlanResult PLAN = WorkloadStacks.plan(SeedWorkloads.credentialMate());
    private static final Template T = WorkloadStacks.template(PLAN);

    private static String roleArn(RecordedResource role) {
        return "arn:aws:iam::" + A + ":role/" + role.id();
    }

    @Test
    void theBackEndRunsAsItsOwnRoleWithExactlyItsStatements() {
        RecordedResource own = T.single(ROLE, "backend-task-role");
        RecordedResource shared = T.single(ROLE, "ecs-task-role");
        assertThat(T.single(TASK, "backend-task").propertyDependencies().get("taskRoleArn")).containsExactly(own.urn());
        assertThat(T.single(TASK, "frontend-task").propertyDependencies().get("taskRoleArn")).containsExactly(shared.urn());
        assertThat(T.single(TASK, "parser-service-task").propertyDependencies().get("taskRoleArn"))
                .containsExactly(shared.urn());

        assertThat(T.json(POLICY, "backend-task-statements", "policy")).isEqualTo(parse("{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Sid\":\"SendNotices\",\"Effect\":\"Allow\",\"Action\":\"ses:SendEmail\",\"Resource\":"
                + "\"arn:aws:ses:us-east-1:" + A + ":identity/credentialmate.com\"},{\"Sid\":\"DeleteExpiredUploads\","
                + "\"Effect\":\"Allow\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"arn:aws:s3:::platform-staging-documents-"
                + A + "/app/expired/*\"}]}"));
        // The shared application access, the same document as the shared role's.
        assertThat(T.json(POLICY, "backend-task-app-access", "policy")).isEqualTo(T.json(POLICY, "ecs-task-app-access", "policy"));
        assertThat(T.inputs(POLICY, "backend-task-statements").get("role")).isEqualTo(own.id());
        assertThat(T.json(ROLE, "backend-task-role", "assumeRolePolicy"))
                .isEqualTo(T.json(ROLE, "ecs-task-role", "assumeRolePolicy"));
        assertThat(PLAN.ofType(ROLE)).filteredOn(r -> r.name().endsWith("-task-role")).hasSize(2);
    }

    @Test
    void ecsExecAndTheDeployRoleCoverTheNewRole() {
        RecordedResource own = T.single(ROLE, "backend-task-role");
        assertThat(T.inputs(POLICY, "backend-task-exec").get("role")).isEqualTo(own.id());
        assertThat(T.json(POLICY, "backend-task-exec", "policy")).isEqualTo(T.json(POLICY, "ecs-task-exec", "policy"));
        Map<String, JsonNode> deploy = statements(T.json(POLICY, "github-deploy-permissions", "policy"));
        assertThat(strings(deploy.get("PassTaskRoles").get("Resource"))).containsExactly(
                roleArn(T.single(ROLE, "ecs-execution-role")), roleArn(T.single(ROLE, "ecs-task-role")), roleArn(own));
        String app = "arn:aws:codedeploy:us-east-1:" + A + ":";
        assertThat(strings(deploy.get("RunCodeDeployRollouts").get("Resource"))).containsExactly(
                app + "application:platform-staging-ecs-deploy",
                app + "deploymentgroup:platform-staging-ecs-deploy/platform-staging-admin",
                app + "deploymentconfig:CodeDeployDefault.ECSAllAtOnce");
    }

    @Test
    void theStackFilesKeepOneSharedTaskRole() {
        PlanResult staging = StackFixture.plan("staging");
        assertThat(staging.ofType(ROLE)).filteredOn(r -> r.name().endsWith("-task-role"))
                .extracting(RecordedResource::name).containsExactly("platform-staging-ecs-task-role");
        Map<String, JsonNode> deploy = statements(WorkloadStacks.template(staging)
                .json(POLICY, "github-deploy-permissions", "policy"));
        assertThat(deploy).doesNotContainKey("RunCodeDeployRollouts");
        assertThat(strings(deploy.get("PassTaskRoles").get("Resource"))).hasSize(2);
    }
}
