package io.platform.policy.rules.iam;

import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.ResourceCheckContext;

import java.util.List;
import java.util.function.Consumer;

/** Trust-policy statements of a role. */
final class Trust {
    static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    private Trust() {
    }

    static void eachStatement(PolicyResource role, ResourceCheckContext ctx, Consumer<PolicyDocument.Statement> check) {
        role.properties().json("assumeRolePolicy").ifPresent(doc -> {
            for (PolicyDocument.Statement s : PolicyDocument.statements(doc, "assumeRolePolicy")) {
                check.accept(s);
            }
        });
    }

    /** An Allow that lets an OIDC identity (web identity) assume the role. */
    static boolean federated(PolicyDocument.Statement s) {
        return s.allow() && (s.hasAction(WEB_IDENTITY) || s.principals().containsKey("Federated"));
    }

    /** {@code arn:aws:iam::123:oidc-provider/token.actions.githubusercontent.com} → the host. */
    static String provider(PolicyDocument.Statement s) {
        return s.principals().getOrDefault("Federated", List.of()).stream().map(f -> {
            int i = f.indexOf("oidc-provider/");
            return i < 0 ? f : f.substring(i + "oidc-provider/".length());
        }).findFirst().orElse("the OIDC provider");
    }
}
