package io.platform.policy.rules;

import io.platform.policy.rules.iam.NoAdministratorAccess;
import io.platform.policy.rules.iam.NoWildcardActions;
import io.platform.policy.rules.iam.OidcProviderAudience;
import io.platform.policy.rules.iam.OidcTrustLimitedBySub;
import io.platform.policy.rules.iam.TrustPolicyScoped;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.platform.policy.Tokens.IAM_POLICY;
import static io.platform.policy.Tokens.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.Tokens.IAM_ROLE;
import static io.platform.policy.Tokens.IAM_ROLE_POLICY;
import static io.platform.policy.Tokens.IAM_ROLE_POLICY_ATTACHMENT;
import static io.platform.policy.sdk.PolicyTestKit.forRule;
import static org.assertj.core.api.Assertions.assertThat;

class IamRulesTest {
    static final String ADMIN = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}""";
    static final String TASK_POLICY = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::docs/app/*"},
              {"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*",
               "Condition": {"StringEquals": {"cloudwatch:namespace": "Platform/App"}}}]}""";
    static final String ECS_TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
              "Action": "sts:AssumeRole"}]}""";

    static String githubTrust(String subOperator, String sub) {
        return """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}%s}}]}"""
                .formatted(sub == null ? "" : ", \"" + subOperator + "\": {\"token.actions.githubusercontent.com:sub\": \"" + sub + "\"}");
    }

    @Nested
    class NoStarOnStar {
        @Test
        void scopedPolicyPasses() {
            forRule(io.platform.policy.rules.iam.NoStarOnStar.policy()).withType(IAM_ROLE_POLICY).withProperty("policy", TASK_POLICY).expectNoViolations();
        }

        @Test
        void adminPolicyFails() {
            forRule(io.platform.policy.rules.iam.NoStarOnStar.policy()).withType(IAM_POLICY).withProperty("policy", ADMIN)
                    .expectViolations("policy.Statement[0] allows Action \"*\" on Resource \"*\"; "
                            + "grant only the actions and resources the principal needs");
        }

        @Test
        void roleInlinePoliciesAreChecked() {
            forRule(io.platform.policy.rules.iam.NoStarOnStar.policy()).withType(IAM_ROLE)
                    .withProperties(Map.of("assumeRolePolicy", ECS_TRUST,
                            "inlinePolicies", List.of(Map.of("name", "everything", "policy", ADMIN))))
                    .expectViolations("inlinePolicies[everything].policy.Statement[0] allows Action \"*\" on Resource \"*\"; "
                            + "grant only the actions and resources the principal needs");
        }
    }

    @Test
    void wildcardActionsAreAdvisory() {
        forRule(NoWildcardActions.policy()).withType(IAM_ROLE_POLICY).withProperty("policy", TASK_POLICY).expectNoViolations();
        forRule(NoWildcardActions.policy()).withType(IAM_ROLE_POLICY)
                .withProperty("policy", """
                        {"Statement": [{"Effect": "Allow", "Action": ["s3:*", "kms:Decrypt"], "Resource": "arn:aws:s3:::docs/*"}]}""")
                .expectViolations("policy.Statement[0] allows wildcard action s3:*; list the actions the principal needs");
        // "*" on "*" is reported by iam-no-star-on-star only
        forRule(NoWildcardActions.policy()).withType(IAM_POLICY).withProperty("policy", ADMIN).expectNoViolations();
    }

    @Test
    void noAdministratorAccess() {
        forRule(NoAdministratorAccess.policy()).withType(IAM_ROLE_POLICY_ATTACHMENT)
                .withProperties(Map.of("role", "deploy", "policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))
                .expectNoViolations();
        forRule(NoAdministratorAccess.policy()).withType(IAM_ROLE_POLICY_ATTACHMENT)
                .withProperties(Map.of("role", "deploy", "policyArn", "arn:aws:iam::aws:policy/AdministratorAccess"))
                .expectViolations("policyArn is arn:aws:iam::aws:policy/AdministratorAccess; "
                        + "never attach AdministratorAccess, grant least privilege");
        forRule(NoAdministratorAccess.policy()).withType(IAM_POLICY_ATTACHMENT)
                .withProperties(Map.of("policyArn", "arn:aws:iam::aws:policy/AdministratorAccess", "roles", List.of("ops")))
                .expectViolations("policyArn is arn:aws:iam::aws:policy/AdministratorAccess; "
                        + "never attach AdministratorAccess, grant least privilege");
        forRule(NoAdministratorAccess.policy()).withType(IAM_ROLE)
                .withProperties(Map.of("assumeRolePolicy", ECS_TRUST,
                        "managedPolicyArns", List.of("arn:aws-us-gov:iam::aws:policy/AdministratorAccess")))
                .expectViolations("managedPolicyArns includes arn:aws-us-gov:iam::aws:policy/AdministratorAccess; "
                        + "never attach AdministratorAccess, grant least privilege");
    }

    @Nested
    class OidcTrust {
        @Test
        void oneRepositoryAndEnvironmentPasses() {
            forRule(OidcTrustLimitedBySub.policy())
                    .withProperty("assumeRolePolicy", githubTrust("StringEquals", "repo:acme/platform:environment:production"))
                    .expectNoViolations();
            forRule(OidcTrustLimitedBySub.policy())
                    .withProperty("assumeRolePolicy", githubTrust("StringLike", "repo:acme/platform:ref:refs/heads/main"))
                    .expectNoViolations();
        }

        @Test
        void missingSubFails() {
            forRule(OidcTrustLimitedBySub.policy()).withProperty("assumeRolePolicy", githubTrust(null, null))
                    .expectViolations("assumeRolePolicy.Statement[0] lets token.actions.githubusercontent.com assume the role "
                            + "without a condition on token.actions.githubusercontent.com:sub; "
                            + "limit the trust to one repository and branch or environment");
        }

        @Test
        void wildcardSubsFail() {
            forRule(OidcTrustLimitedBySub.policy())
                    .withProperty("assumeRolePolicy", githubTrust("StringLike", "repo:acme/*"))
                    .expectViolations("assumeRolePolicy.Statement[0] condition token.actions.githubusercontent.com:sub "
                            + "allows repo:acme/*; limit the trust to one repository and branch or environment");
            forRule(OidcTrustLimitedBySub.policy())
                    .withProperty("assumeRolePolicy", githubTrust("StringLike", "repo:acme/platform:*"))
                    .expectViolations("assumeRolePolicy.Statement[0] condition token.actions.githubusercontent.com:sub "
                            + "allows repo:acme/platform:*; limit the trust to one repository and branch or environment");
        }
    }

    @Test
    void trustPoliciesNameAServiceOrACondition() {
        forRule(TrustPolicyScoped.policy()).withProperty("assumeRolePolicy", ECS_TRUST).expectNoViolations();
        forRule(TrustPolicyScoped.policy())
                .withProperty("assumeRolePolicy", githubTrust("StringEquals", "repo:acme/platform:environment:production"))
                .expectNoViolations();
        forRule(TrustPolicyScoped.policy())
                .withProperty("assumeRolePolicy", """
                        {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                          "Action": "sts:AssumeRole"}]}""")
                .expectViolations("assumeRolePolicy.Statement[0] trusts AWS arn:aws:iam::123456789012:root without a Condition; "
                        + "trust policies must name a service principal or carry a Condition");
        forRule(TrustPolicyScoped.policy())
                .withProperty("assumeRolePolicy", """
                        {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}""")
                .expectViolations("assumeRolePolicy.Statement[0] trusts everyone (*) without a Condition; "
                        + "trust policies must name a service principal or carry a Condition");
    }

    @Test
    void oidcProviderAudience() {
        forRule(OidcProviderAudience.policy())
                .withProperties(Map.of("url", "https://token.actions.githubusercontent.com", "clientIdLists", List.of("sts.amazonaws.com")))
                .expectNoViolations();
        forRule(OidcProviderAudience.policy())
                .withProperties(Map.of("url", "https://token.actions.githubusercontent.com",
                        "clientIdLists", List.of("sts.amazonaws.com", "my-app")))
                .expectViolations("clientIdLists includes my-app; the OIDC provider must only issue tokens for sts.amazonaws.com");
    }
}
