package io.platform.policy.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.sdk.EnforcementLevel;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.Setting;
import io.platform.policy.sdk.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.platform.policy.rules.AwsTypes.IAM_GROUP_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_GROUP_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_OIDC_PROVIDER;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE_POLICY_ATTACHMENT;
import static io.platform.policy.rules.AwsTypes.IAM_USER_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_USER_POLICY_ATTACHMENT;

/** IAM rules over identity policies (JSON strings), attachments, trust policies and OIDC providers. */
public final class IamRules {
    private static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
    private static final String TRUST_WHY = "; trust policies must name a service principal or carry a Condition";

    private IamRules() {
    }

    public static List<Policy> all() {
        return List.of(noStarOnStar(), noAdministratorAccess(), oidcTrustLimitedBySub(), trustPolicyScoped(),
                oidcProviderAudience(), noWildcardActions());
    }

    /** An identity policy document and the input it came from. */
    record Document(String label, JsonNode json) {
    }

    static List<Document> identityPolicies(PolicyResource r) {
        List<Document> out = new ArrayList<>();
        if (r.type().equals(IAM_ROLE)) {
            List<PropertyMap> inline = r.properties().maps("inlinePolicies");
            for (int i = 0; i < inline.size(); i++) {
                String name = inline.get(i).string("name").orElse(String.valueOf(i));
                String label = "inlinePolicies[" + name + "].policy";
                inline.get(i).json("policy").ifPresent(doc -> out.add(new Document(label, doc)));
            }
        } else {
            r.properties().json("policy").ifPresent(doc -> out.add(new Document("policy", doc)));
        }
        return out;
    }

    private static ResourcePolicy.Builder identityPolicyRule(String id) {
        return ResourcePolicy.builder(id).types(IAM_POLICY, IAM_ROLE_POLICY, IAM_USER_POLICY, IAM_GROUP_POLICY, IAM_ROLE);
    }

    private static boolean allowsStarOnStar(PolicyDocument.Statement s) {
        return s.allow() && (s.hasAction("*") || s.hasAction("*:*")) && s.resources().contains("*");
    }

    public static ResourcePolicy noStarOnStar() {
        return identityPolicyRule("iam-no-star-on-star")
                .description("No policy allows Action \"*\" on Resource \"*\"")
                .severity(Severity.CRITICAL).controls("IAM.1", "CIS 1.16")
                .fix("List the actions the principal needs and scope Resource to the ARNs it uses")
                .check((r, ctx) -> {
                    for (Document d : identityPolicies(r)) {
                        for (PolicyDocument.Statement s : PolicyDocument.statements(d.json(), d.label())) {
                            if (allowsStarOnStar(s)) {
                                ctx.report(s.label() + " allows Action \"*\" on Resource \"*\"; "
                                        + "grant only the actions and resources the principal needs");
                            }
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy noWildcardActions() {
        return identityPolicyRule("iam-no-wildcard-actions")
                .description("Policies list actions instead of service wildcards like s3:*")
                .level(EnforcementLevel.ADVISORY).severity(Severity.MEDIUM).controls("IAM.21")
                .fix("Replace the wildcard with the specific actions the principal calls")
                .check((r, ctx) -> {
                    for (Document d : identityPolicies(r)) {
                        for (PolicyDocument.Statement s : PolicyDocument.statements(d.json(), d.label())) {
                            if (!s.allow() || allowsStarOnStar(s)) {
                                continue; // "*" on "*" is iam-no-star-on-star's finding
                            }
                            for (String action : s.actions()) {
                                if (action.equals("*") || action.endsWith(":*")) {
                                    ctx.report(s.label() + " allows wildcard action " + action
                                            + "; list the actions the principal needs");
                                }
                            }
                        }
                    }
                })
                .build();
    }

    public static ResourcePolicy noAdministratorAccess() {
        return ResourcePolicy.builder("iam-no-administrator-access")
                .description("AdministratorAccess is never attached")
                .severity(Severity.CRITICAL).controls("IAM.1", "CIS 1.16")
                .types(IAM_ROLE_POLICY_ATTACHMENT, IAM_USER_POLICY_ATTACHMENT, IAM_GROUP_POLICY_ATTACHMENT,
                        IAM_POLICY_ATTACHMENT, IAM_ROLE)
                .setting(Setting.strings("forbiddenPolicies", "Names of AWS managed policies that must never be attached",
                        List.of("AdministratorAccess")))
                .fix("Attach a least-privilege policy written for the role instead")
                .check((r, ctx) -> {
                    List<String> forbidden = ctx.settings().strings("forbiddenPolicies");
                    if (r.type().equals(IAM_ROLE)) {
                        for (String arn : r.properties().strings("managedPolicyArns")) {
                            forbiddenName(arn, forbidden).ifPresent(name -> ctx.report("managedPolicyArns includes " + arn
                                    + "; never attach " + name + ", grant least privilege"));
                        }
                    } else {
                        r.properties().string("policyArn").ifPresent(arn -> forbiddenName(arn, forbidden).ifPresent(name ->
                                ctx.report("policyArn is " + arn + "; never attach " + name + ", grant least privilege")));
                    }
                })
                .build();
    }

    private static Optional<String> forbiddenName(String arn, List<String> forbidden) {
        return forbidden.stream().filter(name -> arn.endsWith(":policy/" + name)).findFirst();
    }

    public static ResourcePolicy oidcTrustLimitedBySub() {
        return ResourcePolicy.builder("iam-oidc-trust-limited-by-sub")
                .description("Roles trusted through OIDC are limited by the token's sub to one repository and branch/environment")
                .severity(Severity.CRITICAL)
                .types(IAM_ROLE)
                .fix("Add a StringEquals/StringLike condition on <provider>:sub such as repo:org/app:environment:production")
                .check((r, ctx) -> r.properties().json("assumeRolePolicy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "assumeRolePolicy")) {
                        if (!s.allow() || !(s.hasAction(WEB_IDENTITY) || s.principals().containsKey("Federated"))) {
                            continue;
                        }
                        String provider = s.principals().getOrDefault("Federated", List.of()).stream()
                                .map(IamRules::oidcHost).findFirst().orElse("the OIDC provider");
                        String why = "; limit the trust to one repository and branch or environment";
                        Map<String, List<String>> subs = s.conditionKeysEndingWith(":sub");
                        if (subs.isEmpty()) {
                            ctx.report(s.label() + " lets " + provider + " assume the role without a condition on "
                                    + provider + ":sub" + why);
                        }
                        subs.forEach((key, values) -> values.stream().filter(IamRules::tooBroad).forEach(v ->
                                ctx.report(s.label() + " condition " + key + " allows " + v + why)));
                    }
                }))
                .build();
    }

    /** {@code arn:aws:iam::123:oidc-provider/token.actions.githubusercontent.com} → the host. */
    private static String oidcHost(String federated) {
        int i = federated.indexOf("oidc-provider/");
        return i < 0 ? federated : federated.substring(i + "oidc-provider/".length());
    }

    /** {@code *}, a wildcard repository ({@code repo:org/*}), or any ref of a repository ({@code repo:org/app:*}). */
    static boolean tooBroad(String sub) {
        if (sub.equals("*")) {
            return true;
        }
        if (!sub.startsWith("repo:")) {
            return false;
        }
        String rest = sub.substring("repo:".length());
        int colon = rest.indexOf(':');
        String repository = colon < 0 ? rest : rest.substring(0, colon);
        String scope = colon < 0 ? "" : rest.substring(colon + 1);
        return repository.contains("*") || scope.isEmpty() || scope.equals("*");
    }

    public static ResourcePolicy trustPolicyScoped() {
        return ResourcePolicy.builder("iam-trust-policy-scoped")
                .description("Role trust policies name a service principal or carry a Condition")
                .severity(Severity.HIGH)
                .types(IAM_ROLE)
                .fix("Trust a service principal, or add a Condition (sts:ExternalId, aws:PrincipalArn, token claims)")
                .check((r, ctx) -> r.properties().json("assumeRolePolicy").ifPresent(doc -> {
                    for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "assumeRolePolicy")) {
                        if (!s.allow() || s.hasCondition()) {
                            continue;
                        }
                        if (s.principalIsEveryone()) {
                            ctx.report(s.label() + " trusts everyone (*) without a Condition" + TRUST_WHY);
                            continue;
                        }
                        s.principals().forEach((kind, values) -> {
                            if (!kind.equals("Service")) {
                                values.forEach(v -> ctx.report(s.label() + " trusts " + kind + " " + v
                                        + " without a Condition" + TRUST_WHY));
                            }
                        });
                    }
                }))
                .build();
    }

    public static ResourcePolicy oidcProviderAudience() {
        return ResourcePolicy.builder("iam-oidc-provider-audience")
                .description("OIDC providers only issue tokens for STS")
                .severity(Severity.MEDIUM)
                .types(IAM_OIDC_PROVIDER)
                .setting(Setting.strings("allowedAudiences", "Client ids (audiences) the provider may list",
                        List.of("sts.amazonaws.com")))
                .fix("Set clientIdLists to [\"sts.amazonaws.com\"]")
                .check((r, ctx) -> {
                    List<String> allowed = ctx.settings().strings("allowedAudiences");
                    String why = "; the OIDC provider must only issue tokens for " + String.join(", ", allowed);
                    List<String> audiences = r.properties().strings("clientIdLists");
                    if (audiences.isEmpty()) {
                        ctx.report("clientIdLists is not set" + why);
                    }
                    audiences.stream().filter(a -> !allowed.contains(a))
                            .forEach(a -> ctx.report("clientIdLists includes " + a + why));
                })
                .build();
    }
}
