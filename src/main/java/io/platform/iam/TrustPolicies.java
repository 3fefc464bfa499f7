package io.platform.iam;

import com.pulumi.core.Output;
import io.platform.iam.PolicyDocument.Statement;

/**
 * Trust policies for roles that an AWS service assumes. Every one pins the calling account
 * ({@code aws:SourceAccount}) so another account's use of the same service cannot assume
 * the role (the confused-deputy guard).
 */
public final class TrustPolicies {
    private TrustPolicies() {
    }

    /** Only {@code service}, and only on behalf of {@code accountId}. */
    public static Output<String> service(String sid, String service, Output<String> accountId) {
        return accountId.applyValue(id -> PolicyDocument.create().statement(statement(sid, service, id)).toJson());
    }

    /** As {@link #service}, and only for the resources matching {@code sourceArn} (ArnLike). */
    public static Output<String> service(String sid, String service, Output<String> accountId, Output<String> sourceArn) {
        return Output.tuple(accountId, sourceArn).applyValue(t ->
                PolicyDocument.create().statement(statement(sid, service, t.t1)
                        .condition("ArnLike", "aws:SourceArn", t.t2)).toJson());
    }

    /**
     * Only {@code service}, with no source condition: for services that do not send
     * {@code aws:SourceAccount} when they assume the role (Lambda for its execution role, EC2 for an
     * instance profile), where the condition would make the role unusable. The role can
     * still only be handed to the service by a principal of this account with {@code iam:PassRole}.
     */
    public static String serviceOnly(String sid, String service) {
        return PolicyDocument.create().statement(Statement.allow(sid).servicePrincipal(service)
                .actions("sts:AssumeRole")).toJson();
    }

    private static Statement statement(String sid, String service, String accountId) {
        return Statement.allow(sid)
                .servicePrincipal(service)
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceAccount", accountId);
    }
}
