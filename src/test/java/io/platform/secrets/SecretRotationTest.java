package io.platform.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import io.platform.testing.SeedWorkloads;
import io.platform.testing.StackFixture;
import io.platform.testing.Template;
import io.platform.testing.WorkloadStacks;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.platform.testing.Template.parse;
import static io.platform.testing.Template.statements;
import static io.platform.testing.Template.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets as the seeds use them: {@code DB_USER}/{@code DB_PASSWORD} from the keys of the RDS-managed
 * master secret (seed 000), RDS's own rotation on a 30-day schedule, and an application secret rotated
 * by the stack's function (seed 001) once Secrets Manager may invoke it.
 */
class SecretRotationTest {
    private static final String A = StackFixture.ACCOUNT;
    private static final String ROTATION = "aws:secretsmanager/secretRotation:SecretRotation";

    private static String masterSecret(Template t) {
        JsonNode role = statements(t.json("aws:iam/rolePolicy:RolePolicy", "ecs-execution-secrets", "policy"))
                .get("InjectServiceSecrets");
        return strings(role.get("Resource")).stream().filter(a -> a.contains(":secret:rds!db-")).findFirst().orElseThrow();
    }

    @Test
    void jsonKeysOfTheMasterSecretReachTheContainerByReference() {
        Template t = WorkloadStacks.template(WorkloadStacks.plan(SeedWorkloads.taxPracticeAi()));
        String master = masterSecret(t);
        JsonNode container = parse(String.valueOf(t.inputs("aws:ecs/taskDefinition:TaskDefinition", "api-task")
                .get("containerDefinitions"))).get(0);
        Map<String, String> secrets = new HashMap<>();
        container.get("secrets").forEach(s -> secrets.put(s.get("name").asText(), s.get("valueFrom").asText()));
        assertThat(secrets).containsEntry("DB_USER", master + ":username::").containsEntry("DB_PASSWORD", master + ":password::");
        assertThat(secrets.get("JWT_SECRET")).matches("arn:aws:secretsmanager:us-east-1:" + A
                + ":secret:/staging/app/jwt-secret-[0-9a-f]{6}");
        // The execution role reads the secret itself (ECS resolves the key), never a key-suffixed ARN.
        assertThat(strings(statements(t.json("aws:iam/rolePolicy:RolePolicy", "ecs-execution-secrets", "policy"))
                .get("InjectServiceSecrets").get("Resource"))).noneMatch(a -> a.endsWith("::"));
    }

    @Test
    void rdsRotatesTheMasterSecretOnTheConfiguredSchedule() {
        PlanResult plan = WorkloadStacks.plan(SeedWorkloads.taxPracticeAi());
        Template t = WorkloadStacks.template(plan);
        RecordedResource rotation = t.single(ROTATION, "rotation-database-master");
        assertThat(rotation.inputValues()).containsEntry("secretId", masterSecret(t))
                .containsEntry("rotateImmediately", false)
                .containsEntry("rotationRules", Map.of("automaticallyAfterDays", 30L))
                .doesNotContainKey("rotationLambdaArn");
        assertThat(rotation.parent()).isEqualTo(StackFixture.named(plan, "platform-staging-secret-rotation").urn());
    }

    @Test
    void anAppSecretRotatesThroughItsFunctionOnceSecretsManagerMayInvokeIt() {
        Template t = WorkloadStacks.template(WorkloadStacks.plan(SeedWorkloads.devSecOps()));
        RecordedResource rotation = t.single(ROTATION, "rotation-app-jwt-secret");
        RecordedResource permission = t.single("aws:lambda/permission:Permission", "rotate-app-secrets-fn-rotates-app-jwt-secret");
        String secret = String.valueOf(rotation.inputValues().get("secretId"));
        assertThat(secret).matches("arn:aws:secretsmanager:us-east-1:" + A + ":secret:/staging/app/jwt-secret-[0-9a-f]{6}");
        assertThat(rotation.inputValues()).containsEntry("rotationLambdaArn",
                "arn:aws:lambda:us-east-1:" + A + ":function:platform-staging-rotate-app-secrets")
                .containsEntry("rotationRules", Map.of("automaticallyAfterDays", 365L));
        assertThat(rotation.dependencies()).contains(permission.urn());
        assertThat(permission.inputValues()).containsEntry("principal", "secretsmanager.amazonaws.com")
                .containsEntry("sourceArn", secret);
        assertThat(strings(statements(t.json("aws:iam/rolePolicy:RolePolicy", "rotate-app-secrets-fn-policy", "policy"))
                .get("RotateSecrets").get("Resource"))).containsExactly(secret);
    }

    @Test
    void theStackFilesRotateNothingExplicitly() {
        assertThat(StackFixture.plan("production").ofType(ROTATION)).isEmpty();
    }
}
