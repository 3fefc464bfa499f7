package io.platform.policy.rules.iam;

import com.fasterxml.jackson.databind.JsonNode;
import io.platform.policy.rules.PolicyDocument;
import io.platform.policy.rules.TokenFamily;
import io.platform.policy.sdk.PolicyResource;
import io.platform.policy.sdk.PropertyMap;
import io.platform.policy.sdk.ResourceCheckContext;
import io.platform.policy.sdk.ResourcePolicy;

import java.util.List;
import java.util.function.BiConsumer;

import static io.platform.policy.rules.AwsTypes.IAM_INLINE_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_POLICY;
import static io.platform.policy.rules.AwsTypes.IAM_ROLE;

/** Identity-policy documents of IAM resources: managed and inline policies, and a role's {@code inlinePolicies}. */
final class IdentityPolicies {
    static final java.util.Set<String> TYPES = TokenFamily.union(IAM_POLICY, IAM_INLINE_POLICY, IAM_ROLE);

    private IdentityPolicies() {
    }

    /** Each statement of each identity document of {@code r}, each document isolated (an unknown one is skipped alone). */
    static void eachStatement(PolicyResource r, ResourceCheckContext ctx, BiConsumer<PolicyDocument.Statement, String> check) {
        if (IAM_ROLE.has(r.type())) {
            ctx.isolated(() -> {
                List<PropertyMap> inline = r.properties().maps("inlinePolicies");
                for (int i = 0; i < inline.size(); i++) {
                    PropertyMap p = inline.get(i);
                    int index = i;
                    ctx.isolated(() -> {
                        String label = "inlinePolicies[" + p.string("name").orElse(String.valueOf(index)) + "].policy";
                        p.json("policy").ifPresent(doc -> statements(doc, label, check));
                    });
                }
            });
        } else {
            ctx.isolated(() -> r.properties().json("policy").ifPresent(doc -> statements(doc, "policy", check)));
        }
    }

    private static void statements(JsonNode doc, String label, BiConsumer<PolicyDocument.Statement, String> check) {
        for (PolicyDocument.Statement s : PolicyDocument.statements(doc, label)) {
            check.accept(s, label);
        }
    }

    static ResourcePolicy.Builder rule(String id) {
        return ResourcePolicy.builder(id).types(TYPES);
    }

    static boolean allowsStarOnStar(PolicyDocument.Statement s) {
        return s.allow() && (s.hasAction("*") || s.hasAction("*:*")) && s.resources().contains("*");
    }
}
