package io.platform.policy.rules.cases;

import io.platform.policy.sdk.PolicyResource;

import java.util.List;

import static io.platform.policy.rules.AwsTypes.CHATBOT_CHANNEL;
import static io.platform.policy.rules.AwsTypes.IAM_OIDC_PROVIDER;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;
import static io.platform.policy.rules.cases.Cases.add;
import static io.platform.policy.rules.cases.Cases.del;
import static io.platform.policy.rules.cases.Cases.l;
import static io.platform.policy.rules.cases.Cases.m;
import static io.platform.policy.rules.cases.Cases.r;
import static io.platform.policy.rules.cases.Cases.set;
import static io.platform.policy.rules.cases.Cases.unknown;

/** IAM rules. Tokens: roles, managed and inline policies, every attachment form, the exclusive attachments, Chatbot. */
final class IamCases {
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String ROLE_ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    static final String USER_ATTACHMENT = "aws:iam/userPolicyAttachment:UserPolicyAttachment";
    static final String USER_POLICY = "aws:iam/userPolicy:UserPolicy";
    static final String POLICY_ATTACHMENT = "aws:iam/policyAttachment:PolicyAttachment";
    static final String ROLE_EXCLUSIVE = "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive";
    static final String GROUP_EXCLUSIVE = "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive";

    static final String SCOPED = """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "ReadDocs", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::docs/app/*"},
              {"Sid": "Decrypt", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:123456789012:key/k"}]}""";
    static final String STAR = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "God", "Effect": "Allow", "Action": "*", "Resource": "*"}]}""";
    static final String DECRYPT_ALL = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "Decrypt", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}""";
    static final String WILDCARD = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "S3", "Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::docs/*"}]}""";
    static final String ECS_TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "Ecs", "Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
              "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]}""";
    static final String GITHUB_TRUST = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "GitHub", "Effect": "Allow",
              "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                "token.actions.githubusercontent.com:sub": "repo:acme/platform:environment:production"}}}]}""";

    private IamCases() {
    }

    static void define(Cases c) {
        String role = IAM_ROLE.current();
        c.resource("iam-no-star-on-star", ROLE_POLICY, m("role", "app", "policy", SCOPED))
                .pass()
                .fail(set("policy", STAR), "policy.Statement[0] (God) allows Action \"*\" on Resource \"*\";")
                .unknown("policy")
                .as(role, m("assumeRolePolicy", ECS_TRUST, "inlinePolicies", l(m("name", "app", "policy", SCOPED))))
                .pass()
                .fail(set("inlinePolicies[0].policy", STAR), "inlinePolicies[app].policy.Statement[0] (God) allows Action \"*\"")
                .unknown("inlinePolicies[0]", set("inlinePolicies[1]", m("name", "admin", "policy", STAR)),
                        "inlinePolicies[admin].policy.Statement[0] (God)")
                .as(IAM_POLICY.current(), m("policy", SCOPED))
                .fail(set("policy", STAR), "policy.Statement[0] (God) allows");

        c.resource("iam-no-wildcard-actions", IAM_POLICY.current(), m("policy", SCOPED))
                .pass()
                .pass(set("policy", STAR))
                .fail(set("policy", WILDCARD), "policy.Statement[0] (S3) allows wildcard action s3:*;")
                .unknown("policy");

        c.resource("iam-no-sensitive-actions-on-all-resources", IAM_POLICY.current(), m("policy", SCOPED))
                .pass()
                .fail(set("policy", DECRYPT_ALL), "policy.Statement[0] (Decrypt) allows kms:Decrypt on *;")
                .fail(set("policy", DECRYPT_ALL.replace("kms:Decrypt", "iam:PassRole").replace("\"*\"}", "\"arn:aws:iam::123456789012:role/*\"}")),
                        "policy.Statement[0] (Decrypt) allows iam:PassRole on arn:aws:iam::123456789012:role/*;")
                .fail(set("policy", DECRYPT_ALL.replace("\"kms:Decrypt\"", "\"secretsmanager:Get*\"")),
                        "policy.Statement[0] (Decrypt) allows secretsmanager:GetSecretValue on *;")
                .unknown("policy");

        c.resource("iam-no-administrator-access", ROLE_ATTACHMENT, m("role", "app", "policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))
                .pass()
                .fail(set("policyArn", "arn:aws:iam::aws:policy/AdministratorAccess"),
                        "policyArn is arn:aws:iam::aws:policy/AdministratorAccess;")
                .unknown("policyArn")
                .as(ROLE_EXCLUSIVE, m("roleName", "app", "policyArns", l("arn:aws:iam::aws:policy/ReadOnlyAccess")))
                .pass()
                .fail(set("policyArns[1]", "arn:aws:iam::aws:policy/AdministratorAccess"), "policyArns includes arn:aws:iam::aws:policy/AdministratorAccess;")
                .as(role, m("assumeRolePolicy", ECS_TRUST, "managedPolicyArns", l("arn:aws:iam::aws:policy/ReadOnlyAccess")))
                .fail(set("managedPolicyArns[0]", "arn:aws:iam::aws:policy/AdministratorAccess"), "managedPolicyArns includes")
                .as(CHATBOT_CHANNEL.current(), m("configurationName", "alerts", "iamRoleArn", "arn:role",
                        "guardrailPolicyArns", l("arn:aws:iam::aws:policy/ReadOnlyAccess")))
                .fail(set("guardrailPolicyArns[0]", "arn:aws:iam::aws:policy/AdministratorAccess"), "guardrailPolicyArns includes");

        c.resource("iam-no-cloudshell-full-access", USER_ATTACHMENT, m("user", "ops", "policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"))
                .pass()
                .fail(set("policyArn", "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"), "policyArn is arn:aws:iam::aws:policy/AWSCloudShellFullAccess;")
                .unknown("policyArn")
                .as(GROUP_EXCLUSIVE, m("groupName", "ops", "policyArns", l("arn:aws:iam::aws:policy/AWSCloudShellFullAccess")))
                .fail(set("groupName", "ops"), "policyArns includes arn:aws:iam::aws:policy/AWSCloudShellFullAccess;")
                .unknown("policyArns");

        c.resource("iam-oidc-trust-limited-by-sub", role, m("assumeRolePolicy", GITHUB_TRUST))
                .pass()
                .pass(set("assumeRolePolicy", ECS_TRUST))
                .fail(set("assumeRolePolicy", GITHUB_TRUST.replace("environment:production", "*")),
                        "assumeRolePolicy.Statement[0] (GitHub) condition token.actions.githubusercontent.com:sub allows repo:acme/platform:*;")
                .fail(set("assumeRolePolicy", GITHUB_TRUST.replace(",\n    \"token.actions.githubusercontent.com:sub\": \"repo:acme/platform:environment:production\"", "")),
                        "assumeRolePolicy.Statement[0] (GitHub) lets token.actions.githubusercontent.com assume the role without a condition")
                .unknown("assumeRolePolicy");

        c.resource("iam-oidc-trust-audience", role, m("assumeRolePolicy", GITHUB_TRUST))
                .pass()
                .fail(set("assumeRolePolicy", GITHUB_TRUST.replace("\"sts.amazonaws.com\"", "\"my-app\"")),
                        "assumeRolePolicy.Statement[0] (GitHub) condition token.actions.githubusercontent.com:aud allows my-app;")
                .fail(set("assumeRolePolicy", GITHUB_TRUST.replace("\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\",", "")),
                        "assumeRolePolicy.Statement[0] (GitHub) has no condition on token.actions.githubusercontent.com:aud;")
                .unknown("assumeRolePolicy");

        c.resource("iam-oidc-provider-audience", IAM_OIDC_PROVIDER.current(), m("url", "https://token.actions.githubusercontent.com",
                        "clientIdLists", l("sts.amazonaws.com")))
                .pass()
                .fail(set("clientIdLists[1]", "my-app"), "clientIdLists includes my-app;")
                .fail(del("clientIdLists"), "clientIdLists is not set;")
                .unknown("clientIdLists");

        c.resource("iam-trust-policy-scoped", role, m("assumeRolePolicy", ECS_TRUST))
                .pass()
                .pass(set("assumeRolePolicy", GITHUB_TRUST))
                .fail(set("assumeRolePolicy", "{\"Statement\":[{\"Sid\":\"Partner\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::999999999999:root\"},\"Action\":\"sts:AssumeRole\"}]}"),
                        "assumeRolePolicy.Statement[0] (Partner) trusts AWS arn:aws:iam::999999999999:root without a Condition;")
                .fail(set("assumeRolePolicy", "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}"),
                        "assumeRolePolicy.Statement[0] trusts everyone (*) without a Condition;")
                .unknown("assumeRolePolicy");

        c.resource("iam-service-trust-confused-deputy", role, m("assumeRolePolicy", ECS_TRUST))
                .pass()
                .pass(set("assumeRolePolicy", ECS_TRUST.replace("ecs-tasks.amazonaws.com", "ec2.amazonaws.com")
                        .replace(", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}", "")))
                .fail(set("assumeRolePolicy", ECS_TRUST.replace(",\n  \"Action\"", ", \"Action\"")
                                .replace(", \"Condition\": {\"StringEquals\": {\"aws:SourceAccount\": \"123456789012\"}}", "")),
                        "assumeRolePolicy.Statement[0] (Ecs) trusts ecs-tasks.amazonaws.com without aws:SourceAccount or aws:SourceArn;")
                .unknown("assumeRolePolicy");

        c.resource("iam-no-user-policies", POLICY_ATTACHMENT, m("policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                        "roles", l("app"), "groups", l("ops")))
                .pass()
                .fail(set("users", l("alice", "bob")), "users lists 2 users;")
                .unknown("users")
                .as(USER_POLICY, m("user", "alice", "policy", SCOPED))
                .fail(set("user", "bob"), "aws:iam/userPolicy:UserPolicy attaches a policy to a user;");

        String mfa = "{\"Statement\":[{\"Sid\":\"People\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "[\"arn:aws:iam::123456789012:user/alice\"]},\"Action\":\"sts:AssumeRole\",\"Condition\":"
                + "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"},\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}}]}";
        c.resource("iam-human-trust-requires-mfa", role, m("assumeRolePolicy", mfa))
                .pass()
                .pass(set("assumeRolePolicy", ECS_TRUST))
                .fail(set("assumeRolePolicy", mfa.replace("\"Bool\"", "\"BoolIfExists\"")
                                .replace(",\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}", "")),
                        "assumeRolePolicy.Statement[0] (People) trusts AWS arn:aws:iam::123456789012:user/alice without "
                                + "Bool aws:MultiFactorAuthPresent true or an aws:MultiFactorAuthAge limit;")
                .unknown("assumeRolePolicy");

        PolicyResource appRole = r(role, "app").p("name", "app").p("assumeRolePolicy", ECS_TRUST)
                .p("inlinePolicies", l(m("name", "app", "policy", SCOPED))).build();
        c.stack("iam-role-policy-management-conflicts", appRole)
                .pass()
                .pass(set("app", "inlinePolicies", Cases.ABSENT), add(r(ROLE_POLICY, "app-policy").p("role", "app").p("policy", SCOPED).build()))
                .fail(add(r(ROLE_POLICY, "app-policy").p("role", "app").p("policy", SCOPED).build()),
                        "role declares its policies inline and also has aws:iam/rolePolicy:RolePolicy app-policy;")
                .fail(List.of(set("app", "managedPolicyArns", l("arn:aws:iam::aws:policy/ReadOnlyAccess")),
                        add(r(ROLE_ATTACHMENT, "app-ro").p("role", "app").p("policyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess").build())),
                        "role declares its policies inline and also has aws:iam/rolePolicyAttachment:RolePolicyAttachment app-ro;")
                .unknown(unknown("app", "inlinePolicies"));
    }
}
