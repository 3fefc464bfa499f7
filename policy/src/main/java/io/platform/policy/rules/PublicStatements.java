package io.platform.policy.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;

/**
 * Resource-policy statements that grant access to anyone: an Allow to {@code "*"} (or {@code {"AWS":"*"}})
 * with no condition that limits callers to an account, organization, source resource or network.
 */
public final class PublicStatements {
    /** Condition keys that tie a statement to known callers (lower-case, as PolicyDocument returns them). */
    static final Set<String> LIMITING_KEYS = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceowner",
            "aws:principalaccount", "aws:principalorgid", "aws:principalorgpaths", "aws:principalarn", "aws:sourcevpc",
            "aws:sourcevpce", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceip", "aws:userid",
            "kms:calleraccount", "kms:viaservice", "lambda:functionurlauthtype");

    private PublicStatements() {
    }

    /** The statements of {@code document} (labelled under {@code prefix}) that anyone may use. */
    public static List<PolicyDocument.Statement> of(JsonNode document, String prefix) {
        return PolicyDocument.statements(document, prefix).stream().filter(PublicStatements::isPublic).toList();
    }

    public static boolean isPublic(PolicyDocument.Statement s) {
        return s.allow() && s.principalIsEveryone() && s.conditionKeys().stream().noneMatch(LIMITING_KEYS::contains);
    }
}
