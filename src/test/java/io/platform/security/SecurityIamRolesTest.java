package io.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.plan.PlanResult;
import io.platform.plan.RecordedResource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.platform.security.PolicyJson.actions;
import static io.platform.security.PolicyJson.document;
import static io.platform.security.PolicyJson.parse;
import static io.platform.security.PolicyJson.resources;
import static io.platform.security.PolicyJson.statement;
import static io.platform.security.PolicyJson.statements;
import static io.platform.security.PolicyJson.strings;
import static io.platform.testing.StackFixture.named;
import static io.platform.testing.StackFixture.plan;
import static io.platform.testing.StackFixture.stackFile;
import static io.platform.testing.StackFixture.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** SPEC §3.2 IAM: trust policies, the exact permissions of each role, and no {@code *} on {@code *}. */
class SecurityIamRolesTest {
    private static final String ROLE = "aws:iam/role:Role";
    private static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    private static final String ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    private static final String OIDC = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    private static final String ACCOUNT = "123456789012";
    private static final String ARN = "arn:aws:%s:us-east-1:" + ACCOUNT + ":%s";
    private static final String GITHUB_PROVIDER_ARN =
            "arn:aws:iam::" + ACCOUNT + ":oidc-provider/token.actions.githubusercontent.com";

    /** The only actions AWS does not scope to a resource, so the only ones allowed with {@code Resource: *}. */
    private static final Set<String> UNSCOPABLE = Set.of("ecr:GetAuthorizationToken", "cloudwatch:PutMetricData",
            "ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition",
            "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
            "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel");

    // ---------------------------------------------------------------- trust policies

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void ecsRolesTrustOnlyEcsTasksOfThisAccount(String stack) {
        PlanResult plan = plan(stack);
        for (String role : List.of("ecs-execution-role", "ecs-task-role")) {
            RecordedResource resource = named(plan, "platform-" + stack + "-" + role);
            assertThat(resource.type()).isEqualTo(ROLE);
            assertThat(resource.inputValues()).containsEntry("maxSessionDuration", 3600L);
            JsonNode trust = document(resource, "assumeRolePolicy");
            assertThat(statements(trust)).as(role).singleElement().satisfies(s -> {
                assertThat(s.get("Effect").asText()).isEqualTo("Allow");
                assertThat(s.get("Principal")).isEqualTo(parse("{\"Service\":\"ecs-tasks.amazonaws.com\"}"));
                assertThat(actions(s)).containsExactly("sts:AssumeRole");
                assertThat(s.get("Condition")).isEqualTo(parse("{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT
                        + "\"},\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:ecs:us-east-1:" + ACCOUNT + ":*\"}}"));
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void rdsMonitoringRoleTrustsRdsMonitoringAndAttachesTheAwsManagedPolicy(String stack) {
        PlanResult plan = plan(stack);
        RecordedResource role = named(plan, "platform-" + stack + "-rds-monitoring-role");
        assertThat(statements(document(role, "assumeRolePolicy"))).singleElement().satisfies(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            assertThat(s.get("Principal")).isEqualTo(parse("{\"Service\":\"monitoring.rds.amazonaws.com\"}"));
            assertThat(actions(s)).containsExactly("sts:AssumeRole");
            assertThat(s.get("Condition")).isEqualTo(parse(
                    "{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}"));
        });
        // The only managed-policy attachment to this role (production's Config recorder has its own).
        assertThat(plan.ofType(ATTACHMENT)).filteredOn(a -> role.id().equals(a.inputValues().get("role")))
                .singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("platform-" + stack + "-rds-monitoring-policy");
            assertThat(a.inputValues())
                    .containsEntry("policyArn", "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole")
                    .containsEntry("role", role.id());
        });
    }

    @Test
    void stagingDeployRoleTrustsGithubOidcForTheMainBranchOnly() {
        PlanResult plan = plan("staging");
        assertGithubTrust(plan, GITHUB_PROVIDER_ARN, List.of("repo:acme/platform:ref:refs/heads/main"));
        RecordedResource provider = named(plan, "platform-staging-github-oidc");
        assertThat(provider.type()).isEqualTo(OIDC);
        assertThat(provider.inputValues())
                .containsEntry("url", "https://token.actions.githubusercontent.com")
                .containsEntry("clientIdLists", List.of("sts.amazonaws.com"));
        // The Federated principal is that provider's ARN (the role waits for it).
        assertThat(named(plan, "platform-staging-github-deploy-role").dependencies()).contains(provider.urn());
        assertThat(named(plan, "platform-staging-github-deploy-role").inputValues())
                .containsEntry("description", "GitHub Actions deploys of acme/platform");
    }

    @Test
    void productionDeployRoleTrustsOnlyTheProductionEnvironment() {
        PlanResult plan = plan("production");
        assertGithubTrust(plan, GITHUB_PROVIDER_ARN, List.of("repo:acme/platform:environment:production"));
        assertThat(plan.ofType(OIDC)).extracting(RecordedResource::name).containsExactly("platform-production-github-oidc");
    }

    @Test
    void anExistingOidcProviderIsReusedAndEveryBranchAndEnvironmentBecomesASubject() {
        String existing = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com";
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/web-app\",\"branches\":[\"main\",\"release/v2\"],"
                        + "\"environments\":[\"staging\"],\"existingOidcProviderArn\":\"" + existing + "\"}}")));
        assertThat(plan.ofType(OIDC)).isEmpty();
        assertGithubTrust(plan, existing, List.of("repo:acme/web-app:ref:refs/heads/main",
                "repo:acme/web-app:ref:refs/heads/release/v2", "repo:acme/web-app:environment:staging"));
    }

    private static void assertGithubTrust(PlanResult plan, String providerArn, List<String> subjects) {
        RecordedResource role = named(plan, "platform-" + plan.stack() + "-github-deploy-role");
        assertThat(role.inputValues()).containsEntry("maxSessionDuration", 3600L);
        assertThat(statements(document(role, "assumeRolePolicy"))).singleElement().satisfies(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            assertThat(s.get("Principal")).isEqualTo(parse("{\"Federated\":\"" + providerArn + "\"}"));
            assertThat(actions(s)).containsExactly("sts:AssumeRoleWithWebIdentity");
            // Exactly these two StringEquals conditions: no StringLike, so no wildcard subject.
            JsonNode condition = s.get("Condition");
            assertThat(condition.fieldNames()).toIterable().containsExactly("StringEquals");
            assertThat(condition.get("StringEquals").fieldNames()).toIterable().containsExactlyInAnyOrder(
                    "token.actions.githubusercontent.com:aud", "token.actions.githubusercontent.com:sub");
            assertThat(strings(condition.at("/StringEquals/token.actions.githubusercontent.com:aud")))
                    .containsExactly("sts.amazonaws.com");
            assertThat(strings(condition.at("/StringEquals/token.actions.githubusercontent.com:sub")))
                    .containsExactlyElementsOf(subjects);
        });
    }

    // ---------------------------------------------------------------- permissions

    @Test
    void executionRoleMayLogInToEcrPullTheStacksImagesAndWriteServiceLogs() {
        PlanResult plan = plan("staging");
        RecordedResource policy = named(plan, "platform-staging-ecs-execution-pull-and-log");
        assertThat(policy.inputValues()).containsEntry("role", named(plan, "platform-staging-ecs-execution-role").id());
        assertThat(permissions(document(policy, "policy"))).containsExactly(
                tuple("EcrLogin", List.of("ecr:GetAuthorizationToken"), List.of("*"), null),
                tuple("WriteServiceLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"), List.of(
                        arn("logs", "log-group:/platform/staging/ecs/*"),
                        arn("logs", "log-group:/platform/staging/ecs/*:log-stream:*")), null),
                tuple("PullStackImages",
                        List.of("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"),
                        List.of(arn("ecr", "repository/platform-staging-api"),
                                arn("ecr", "repository/platform-staging-worker")), null));
    }

    @Test
    void taskRoleMayUseItsS3PrefixItsNamedSecretsItsKeysAndItsMetricNamespace() {
        PlanResult plan = plan("staging");
        RecordedResource policy = named(plan, "platform-staging-ecs-task-app-access");
        assertThat(policy.inputValues()).containsEntry("role", named(plan, "platform-staging-ecs-task-role").id());
        String bucket = "arn:aws:s3:::platform-staging-documents-" + ACCOUNT;
        assertThat(permissions(document(policy, "policy"))).containsExactly(
                tuple("ReadWriteAppObjects", List.of("s3:GetObject", "s3:PutObject"), List.of(bucket + "/app/*"), null),
                tuple("ListAppPrefixes", List.of("s3:ListBucket"), List.of(bucket),
                        parse("{\"StringLike\":{\"s3:prefix\":[\"app/*\"]}}")),
                tuple("UseDocumentsKey", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                        List.of(keyArn(plan, "s3")), null),
                tuple("ReadAppSecrets", List.of("secretsmanager:GetSecretValue"), List.of(
                        arn("secretsmanager", "secret:/staging/app/jwt-secret-??????"),
                        arn("secretsmanager", "secret:/staging/app/external-api-keys-??????")), null),
                tuple("DecryptAppSecrets", List.of("kms:Decrypt"), List.of(keyArn(plan, "secrets")), null),
                tuple("PublishAppMetrics", List.of("cloudwatch:PutMetricData"), List.of("*"),
                        parse("{\"StringEquals\":{\"cloudwatch:namespace\":\"platform/staging\"}}")));
    }

    @Test
    void taskRoleFollowsAppAccessConfig() {
        PlanResult plan = plan(withOverrides(stackFile("production"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/platform\"},\"appAccess\":{\"documentPrefixes\":"
                        + "[\"uploads/\",\"exports/2024/\"],\"secrets\":[\"monitoring/slack-webhook\"],"
                        + "\"metricNamespace\":\"Acme/Documents\"}}")));
        JsonNode doc = document(named(plan, "platform-production-ecs-task-app-access"), "policy");
        String bucket = "arn:aws:s3:::platform-production-documents-" + ACCOUNT;
        assertThat(resources(statement(doc, "ReadWriteAppObjects")))
                .containsExactly(bucket + "/uploads/*", bucket + "/exports/2024/*");
        assertThat(statement(doc, "ListAppPrefixes").get("Condition"))
                .isEqualTo(parse("{\"StringLike\":{\"s3:prefix\":[\"uploads/*\",\"exports/2024/*\"]}}"));
        assertThat(resources(statement(doc, "ReadAppSecrets"))).containsExactly(
                "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:/production/monitoring/slack-webhook-??????");
        assertThat(statement(doc, "PublishAppMetrics").get("Condition"))
                .isEqualTo(parse("{\"StringEquals\":{\"cloudwatch:namespace\":\"Acme/Documents\"}}"));
    }

    @Test
    void taskRoleWithoutSecretsGetsNoSecretsStatements() {
        PlanResult plan = plan(withOverrides(stackFile("staging"), Map.of("platform:security",
                "{\"github\":{\"repository\":\"acme/platform\"},\"appAccess\":{\"secrets\":[]}}")));
        JsonNode doc = document(named(plan, "platform-staging-ecs-task-app-access"), "policy");
        assertThat(statements(doc)).extracting(s -> s.get("Sid").asText())
                .containsExactly("ReadWriteAppObjects", "ListAppPrefixes", "UseDocumentsKey", "PublishAppMetrics");
        assertThat(statements(doc)).flatExtracting(PolicyJson::actions)
                .doesNotContain("secretsmanager:GetSecretValue")
                .containsOnlyOnce("kms:Decrypt");
    }

    @Test
    void deployRoleMayPushTheStacksImagesRollItsServicesAndPassOnlyItsTaskRolesToEcs() {
        PlanResult plan = plan("staging");
        RecordedResource policy = named(plan, "platform-staging-github-deploy-permissions");
        assertThat(policy.inputValues()).containsEntry("role", named(plan, "platform-staging-github-deploy-role").id());
        String executionRole = "arn:aws:iam::" + ACCOUNT + ":role/" + named(plan, "platform-staging-ecs-execution-role").id();
        String taskRole = "arn:aws:iam::" + ACCOUNT + ":role/" + named(plan, "platform-staging-ecs-task-role").id();
        assertThat(permissions(document(policy, "policy"))).containsExactly(
                tuple("EcrLogin", List.of("ecr:GetAuthorizationToken"), List.of("*"), null),
                tuple("PushStackImages", List.of("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
                                "ecr:BatchGetImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                                "ecr:CompleteLayerUpload", "ecr:PutImage"),
                        List.of(arn("ecr", "repository/platform-staging-api"),
                                arn("ecr", "repository/platform-staging-worker")), null),
                tuple("RollStackServices", List.of("ecs:UpdateService", "ecs:DescribeServices"), List.of(
                        arn("ecs", "service/platform-staging-cluster/platform-staging-api"),
                        arn("ecs", "service/platform-staging-cluster/platform-staging-worker")), null),
                tuple("RegisterTaskDefinitions", List.of("ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition"),
                        List.of("*"), null),
                tuple("WaitForRollout", List.of("ecs:DescribeClusters"),
                        List.of(arn("ecs", "cluster/platform-staging-cluster")), null),
                tuple("PassTaskRoles", List.of("iam:PassRole"), List.of(executionRole, taskRole),
                        parse("{\"StringEquals\":{\"iam:PassedToService\":\"ecs-tasks.amazonaws.com\"}}")));
    }

    @Test
    void deployRoleScopesFollowTheConfiguredServicesAndRepositories() {
        String compute = """
                {"services":[
                  {"name":"api","repository":"api-image","tag":"1.0.0","public":{"paths":["/*"]}},
                  {"name":"proxy","image":"nginx:1.27","worker":true}
                ]}""";
        PlanResult plan = plan(withOverrides(stackFile("production"), Map.of("platform:compute", compute)));
        JsonNode doc = document(named(plan, "platform-production-github-deploy-permissions"), "policy");
        assertThat(resources(statement(doc, "PushStackImages")))
                .containsExactly(arn("ecr", "repository/platform-production-api-image"));
        assertThat(resources(statement(doc, "RollStackServices"))).containsExactly(
                arn("ecs", "service/platform-production-cluster/platform-production-api"),
                arn("ecs", "service/platform-production-cluster/platform-production-proxy"));
        JsonNode pull = document(named(plan, "platform-production-ecs-execution-pull-and-log"), "policy");
        assertThat(resources(statement(pull, "PullStackImages")))
                .containsExactly(arn("ecr", "repository/platform-production-api-image"));
    }

    // ---------------------------------------------------------------- stack-wide scan

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void noStarActionAnywhereAndStarResourceOnlyForActionsAwsCannotScope(String stack) {
        PlanResult plan = plan(stack);
        List<RecordedResource> policies = plan.ofType(ROLE_POLICY);
        List<RecordedResource> roles = plan.ofType(ROLE);
        // Not a vacuous scan: the three security-tier policies, the flow-logs one, the compute tier's
        // secret injection and (staging only, where ECS Exec is on) the exec channels; five roles.
        // Production drops the exec channels and adds the account baseline's CloudTrail role with its one policy
        // (AWS Config records through its service-linked role, which the program does not declare: Config.1).
        assertThat(policies).hasSize(6);
        // Both stacks add the AWS Backup role (managed policies only).
        assertThat(roles).hasSize(stack.equals("staging") ? 6 : 7);

        List<Tuple> starResources = new ArrayList<>();
        for (RecordedResource policy : policies) {
            for (JsonNode s : statements(document(policy, "policy"))) {
                String where = policy.name() + " " + s.path("Sid").asText();
                assertThat(s.get("Effect").asText()).as(where).isEqualTo("Allow");
                assertThat(s.has("NotAction")).as(where + " NotAction").isFalse();
                assertThat(s.has("NotResource")).as(where + " NotResource").isFalse();
                assertThat(s.has("Principal")).as(where + " Principal in an identity policy").isFalse();
                assertThat(actions(s)).as(where).isNotEmpty().noneMatch(a -> a.equals("*") || a.equals("*:*"));
                assertThat(resources(s)).as(where).isNotEmpty();
                if (resources(s).contains("*")) {
                    assertThat(resources(s)).as(where).containsExactly("*");
                    assertThat(actions(s)).as(where).allMatch(UNSCOPABLE::contains);
                    if (actions(s).contains("cloudwatch:PutMetricData")) {
                        assertThat(s.at("/Condition/StringEquals/cloudwatch:namespace").asText())
                                .as(where).isEqualTo("platform/" + stack);
                    }
                    starResources.add(tuple(policy.name(), s.get("Sid").asText(), actions(s)));
                }
            }
        }
        String p = "platform-" + stack + "-";
        List<Tuple> expected = new ArrayList<>(List.of(
                tuple(p + "ecs-execution-pull-and-log", "EcrLogin", List.of("ecr:GetAuthorizationToken")),
                tuple(p + "ecs-task-app-access", "PublishAppMetrics", List.of("cloudwatch:PutMetricData")),
                tuple(p + "github-deploy-permissions", "EcrLogin", List.of("ecr:GetAuthorizationToken")),
                tuple(p + "github-deploy-permissions", "RegisterTaskDefinitions",
                        List.of("ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition"))));
        if (stack.equals("staging")) {
            expected.add(tuple(p + "ecs-task-exec", "EcsExecChannels", List.of("ssmmessages:CreateControlChannel",
                    "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel")));
        }
        assertThat(starResources).containsExactlyInAnyOrderElementsOf(expected);

        for (RecordedResource role : roles) {
            assertThat(role.inputValues()).as(role.name()).doesNotContainKeys("inlinePolicies", "managedPolicyArns");
            for (JsonNode s : statements(document(role, "assumeRolePolicy"))) {
                String where = role.name() + " trust " + s.path("Sid").asText();
                assertThat(s.get("Effect").asText()).as(where).isEqualTo("Allow");
                assertThat(actions(s)).as(where).hasSize(1)
                        .isSubsetOf("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity");
                assertThat(s.has("Resource")).as(where).isFalse();
                // A named service or federated provider, never an open principal, and always a condition.
                JsonNode principal = s.get("Principal");
                assertThat(principal.isObject()).as(where + " principal " + principal).isTrue();
                assertThat(principal.fieldNames()).toIterable().as(where).singleElement()
                        .isIn("Service", "Federated");
                assertThat(strings(principal.elements().next())).as(where).singleElement()
                        .isNotEqualTo("*");
                assertThat(s.get("Condition")).as(where + " condition").isNotNull();
                assertThat(s.get("Condition").size()).as(where).isPositive();
            }
        }
        assertThat(plan.ofType(ATTACHMENT)).extracting(a -> a.inputValues().get("policyArn"))
                .noneMatch(arn -> ((String) arn).endsWith("/AdministratorAccess"));
    }

    // ---------------------------------------------------------------- helpers

    /** Each statement as (Sid, actions, resources, condition or null); all must be Allow. */
    private static List<Tuple> permissions(JsonNode doc) {
        return statements(doc).stream().map(s -> {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            return tuple(s.get("Sid").asText(), actions(s), resources(s), s.get("Condition"));
        }).toList();
    }

    private static String arn(String service, String resource) {
        return String.format(ARN, service, resource);
    }

    private static String keyArn(PlanResult plan, String purpose) {
        return "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + named(plan, "platform-" + plan.stack() + "-" + purpose).id();
    }
}
